// The "Sự kiện" view: one card per story, how widely and by whom it is reported, and how suspicious.
import { api } from './api.js';
import { el, clear, timeEl, emptyState, formatNumber, formatTime, notify } from './dom.js';
import { topicName } from './labels.js';
import { tierBadge, suspicionBadge, signalTable, articleList, cssId } from './widgets.js';
import { requestArticle } from './article.js';

const LIMIT = 100;
const SORTS = {
  recent: (a, b) => time(b.lastSeen) - time(a.lastSeen),
  sources: (a, b) => (b.sources?.length ?? 0) - (a.sources?.length ?? 0) || time(b.lastSeen) - time(a.lastSeen),
  suspicion: (a, b) => storySuspicion(b) - storySuspicion(a) || time(b.lastSeen) - time(a.lastSeen),
  negative: (a, b) => (b.negativeCount ?? 0) - (a.negativeCount ?? 0) || time(b.lastSeen) - time(a.lastSeen),
};
const time = (v) => (v ? new Date(v).getTime() || 0 : 0);
// the story's own verdict (who carries it, what official sources say of it); older records only have their most
// suspect article's score
const storySuspicion = (s) => Number((s.suspicionReason != null ? s.suspicion : s.maxSuspicion) ?? 0);

let list;
let stamp;
let stories = [];
let wanted = null; // a story asked for from an alert or an article, shown once the list is in
let loaded = false;

export function initStories() {
  list = document.getElementById('story-list');
  stamp = document.getElementById('story-stamp');
  document.getElementById('story-sort').addEventListener('change', render);
  document.getElementById('story-lowtier').addEventListener('change', render);
  document.getElementById('story-refresh').addEventListener('click', () => loadStories());
}

export async function loadStories() {
  stamp.textContent = 'Đang tải…';
  try {
    const body = await api.stories(LIMIT);
    stories = body.stories ?? [];
    loaded = true;
    stamp.textContent = `Cập nhật lúc ${formatTime(Date.now())}`;
    render();
  } catch (err) {
    stamp.textContent = '';
    if (!loaded) clear(list, emptyState(err.message, 'error'));
    else notify(err.message, 'error');
  }
}

/** Shows one story: the router has switched to this tab; the list may still be loading. */
export function focusStory(id) {
  wanted = id;
  if (loaded) revealWanted();
}

function revealWanted() {
  if (!wanted) return;
  const node = document.getElementById(`story-${cssId(wanted)}`);
  if (!node) {
    if (!askedServer.has(wanted)) findElsewhere(wanted);
    else notify('Sự kiện này không hiện trong danh sách với bộ lọc hiện tại.', 'info');
    wanted = null;
    return;
  }
  const details = node.querySelector('details');
  if (details) details.open = true;
  node.classList.add('fresh');
  setTimeout(() => node.classList.remove('fresh'), 4000);
  node.scrollIntoView({ block: 'start', behavior: 'smooth' });
  node.querySelector('h3')?.focus({ preventScroll: true });
  wanted = null;
}

function render() {
  const sort = SORTS[document.getElementById('story-sort').value] ?? SORTS.recent;
  const lowOnly = document.getElementById('story-lowtier').checked;
  const shown = stories.filter((s) => !lowOnly || (s.lowTierSources?.length ?? 0) > 0).sort(sort);
  clear(list);
  if (shown.length === 0) {
    list.append(emptyState(lowOnly ? 'Không có sự kiện nào từ nguồn kém tin cậy.' : 'Chưa có sự kiện nào.'));
  } else {
    list.append(...shown.map(storyCard));
  }
  revealWanted();
}

function storyCard(s) {
  const articles = Number(s.articleCount ?? s.articles?.length ?? 0);
  const copies = Number(s.copyCount ?? 0);
  const low = s.lowTierSources ?? [];
  return el('article', { class: `card story${low.length ? ' story-low' : ''}`, id: `story-${cssId(s.id)}` },
    el('header', { class: 'story-head' },
      el('h3', { tabindex: '-1' }, s.title || '(không có tiêu đề)'),
      suspicionBadge(storySuspicion(s))),
    s.suspicionReason ? el('p', { class: 'muted small story-reason' },
      el('span', { class: 'meta-key' }, storySuspicion(s) >= 0.3 ? 'Vì sao nghi vấn: ' : 'Đánh giá nghi vấn: '),
      s.suspicionReason) : null,
    el('div', { class: 'meta' },
      el('span', {}, el('span', { class: 'meta-key' }, 'Từ '), timeEl(s.firstSeen), ' đến ', timeEl(s.lastSeen)),
      s.firstSource ? el('span', {}, el('span', { class: 'meta-key' }, 'Nguồn đưa tin đầu tiên: '), s.firstSource) : null),
    el('dl', { class: 'stats' },
      stat('Nguồn', formatNumber(s.sources?.length ?? 0)),
      stat('Bài độc lập', formatNumber(articles - copies)),
      stat('Bản sao', formatNumber(copies)),
      stat('Bài tiêu cực', formatNumber(s.negativeCount ?? 0))),
    el('div', { class: 'tags' },
      (s.tiers ?? []).map((t) => tierBadge(t)),
      (s.topics ?? []).map((t) => el('span', { class: 'chip chip-static' }, topicName(t))),
      (s.places ?? []).map((p) => el('span', { class: 'chip chip-static chip-place' }, p.name || p.matched || p.id))),
    low.length ? el('p', { class: 'warn-line' }, el('strong', {}, 'Nguồn kém tin cậy: '), low.join(', ')) : null,
    el('p', {}, el('button', {
      type: 'button', class: 'btn btn-ghost', dataset: { key: 'open-incident' }, on: {
        click: () => document.dispatchEvent(new CustomEvent('tinradar:open-incident', { detail: { storyId: s.id } })),
      },
    }, 'Mở sự cố')),
    el('details', {},
      el('summary', {}, `Bài viết (${formatNumber(s.articles?.length ?? articles)}) và tín hiệu nghi vấn`),
      el('p', { class: 'muted small' }, 'Các nguồn: ', (s.sources ?? []).join(', ') || '—'),
      articleList(s.articles, requestArticle),
      (s.suspicionSignals?.length ?? 0) > 0 ? [el('h4', {}, 'Tín hiệu nghi vấn'), signalTable(s.suspicionSignals, 'Tín hiệu nghi vấn của sự kiện')] : null));
}

/** A story not in the list: merged into another one (a bridging article), or older; the server knows which. */
const askedServer = new Set();

async function findElsewhere(id) {
  askedServer.add(id);
  try {
    const story = await api.story(id);
    if (!stories.some((s) => s.id === story.id)) stories.push(story);
    if (story.id !== id) notify('Sự kiện này đã được gộp vào một sự kiện khác cùng nội dung.', 'info');
    askedServer.add(story.id);
    wanted = story.id;
    render();
  } catch (err) {
    notify(err.status === 404 ? 'Sự kiện này không còn trong dữ liệu theo dõi.' : err.message, 'info');
  }
}

const stat = (label, value) => el('div', { class: 'stat' }, el('dt', {}, label), el('dd', {}, value));
