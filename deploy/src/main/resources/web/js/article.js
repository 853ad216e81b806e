// The article panel: everything the analysis found about one article, each finding with its evidence.
import { api } from './api.js';
import { el, clear, externalLink, timeEl, formatDateTime, formatPercent, formatDecimal, emptyState } from './dom.js';
import { placeLevelName, topicName, fold } from './labels.js';
import { tierBadge, sentimentBadge, suspicionBadge, signalTable, meter } from './widgets.js';
import { relevanceBasis, relevanceEvidence } from './relevance.js';

const DATE_SOURCE = {
  feed: 'theo nguồn cấp tin',
  page: 'theo trang bài viết',
  meta: 'theo thẻ meta của trang',
  url: 'suy ra từ địa chỉ bài',
  fetched: 'theo thời điểm thu thập',
};

let dialog;
let body;
let lastFocus;
let current = 0;

export function initArticlePanel() {
  dialog = document.getElementById('article-dialog');
  body = document.getElementById('article-body');
  dialog.querySelector('.dialog-close').addEventListener('click', () => dialog.close());
  // a click on the backdrop (outside the panel box) closes it, as staff expect from a side panel
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => lastFocus?.focus?.());
  document.addEventListener('tinradar:open-article', (e) => openArticle(e.detail.id));
}

export const requestArticle = (id) =>
  document.dispatchEvent(new CustomEvent('tinradar:open-article', { detail: { id } }));

export async function openArticle(id) {
  lastFocus = document.activeElement;
  const ticket = ++current;
  clear(body, emptyState('Đang tải bài viết…', 'loading'));
  document.getElementById('article-dialog-title').textContent = 'Chi tiết bài viết';
  if (!dialog.open) dialog.showModal();
  try {
    const detail = await api.article(id);
    if (ticket !== current) return;
    render(detail);
  } catch (err) {
    if (ticket !== current) return;
    clear(body, emptyState(err.message, 'error'));
  }
}

function render(d) {
  const a = d.article ?? {};
  document.getElementById('article-dialog-title').textContent = a.title || '(không có tiêu đề)';
  const dateNote = a.dateSource ? ` (${DATE_SOURCE[a.dateSource] ?? a.dateSource})` : '';
  clear(body,
    el('div', { class: 'meta article-meta' },
      el('span', { class: 'source' }, a.sourceName || a.sourceId || '—'), ' ', a.tier ? tierBadge(a.tier) : null, ' ',
      el('span', {}, 'Đăng lúc ', timeEl(a.published), dateNote),
      a.author ? el('span', {}, ' · Tác giả: ', a.author) : null,
      a.section ? el('span', {}, ' · Chuyên mục: ', a.section) : null),
    el('p', {}, externalLink(a.url, 'Mở bài gốc trên trang nguồn ↗', 'ext-link')),
    d.duplicateOf ? el('p', { class: 'note' }, 'Bản sao gần nguyên văn của bài ',
      el('button', { type: 'button', class: 'link', on: { click: () => openArticle(d.duplicateOf) } }, d.duplicateOf), '.') : null,
    a.summary ? el('p', { class: 'lead' }, a.summary) : null,
    d.relevance ? section('Liên quan đến tỉnh', relevance(d.relevance))
      : d.relevant === false ? el('p', { class: 'note' }, 'Bài này được đánh giá là không liên quan đến tỉnh.') : null,
    section('Địa bàn được nhắc đến', places(d.places)),
    section('Chủ đề', topics(d.topics)),
    section('Sắc thái', sentiment(d.sentiment)),
    section('Mức nghi vấn sai sự thật', suspicion(d.suspicion)),
    section('Sự kiện', d.storyId
      ? el('button', { type: 'button', class: 'btn btn-secondary', on: { click: () => showStory(d.storyId) } }, 'Xem sự kiện chứa bài này')
      : el('p', { class: 'muted' }, 'Chưa gắn với sự kiện nào.')),
    a.text ? el('details', { class: 'fulltext' }, el('summary', {}, 'Toàn văn bài viết'),
      a.text.split(/\n{1,}/).filter((p) => p.trim()).map((p) => el('p', {}, p))) : null,
    d.scoredAt ? el('p', { class: 'muted small' }, 'Phân tích lúc ', formatDateTime(d.scoredAt)) : null);
}

function showStory(id) {
  dialog.close();
  document.dispatchEvent(new CustomEvent('tinradar:open-story', { detail: { id } }));
}

const section = (title, content) => el('section', { class: 'detail-section' }, el('h3', {}, title), content);

function places(list) {
  if (!list || list.length === 0) return el('p', { class: 'muted' }, 'Không nhận ra địa danh nào của tỉnh.');
  return el('ul', { class: 'plain-list' }, list.map((p) => {
    const oldName = p.matched && fold(p.matched) !== fold(p.name) && !fold(p.name).includes(fold(p.matched));
    return el('li', {},
      el('strong', {}, p.name || p.id), ' ', el('span', { class: 'muted' }, `(${placeLevelName(p.level)})`),
      p.matched ? el('span', { class: oldName ? 'matched old-name' : 'matched' },
        oldName ? ' — bài viết dùng tên cũ: ' : ' — bài viết ghi: ', el('q', {}, p.matched)) : null);
  }));
}

function relevance(r) {
  const lines = (r.evidence ?? []).map(relevanceEvidence);
  return el('div', {},
    el('p', { class: r.basis === 'passing' || r.basis === 'none' ? 'note' : null }, relevanceBasis(r.basis)),
    lines.length === 0 ? null : el('ul', { class: 'plain-list' }, lines.map((e) =>
      el('li', {}, e.why ? `${e.why}: ` : '', el('q', {}, e.name)))));
}

function topics(list) {
  if (!list || list.length === 0) return el('p', { class: 'muted' }, 'Không thuộc chủ đề theo dõi nào.');
  return el('ul', { class: 'plain-list' }, list.map((t) => el('li', {},
    el('div', {}, el('strong', {}, topicName(t.label)), ' ', el('span', { class: 'num' }, formatPercent(t.score)), ' ', meter(t.score, 1)),
    evidence(t.evidence))));
}

function sentiment(s) {
  if (!s || !s.label) return el('p', { class: 'muted' }, 'Chưa đánh giá.');
  return el('div', {},
    el('p', {}, sentimentBadge(s), ' ', el('span', { class: 'muted' }, `điểm ${formatDecimal(s.score)} (từ −1 đến 1)`)),
    evidence(s.evidence));
}

function suspicion(s) {
  if (!s || s.score == null) return el('p', { class: 'muted' }, 'Chưa đánh giá.');
  const signals = s.signals ?? [];
  return el('div', {},
    el('p', {}, suspicionBadge(s.score, { always: true }), ' ', meter(s.score, 1, 'meter-wide'),
      el('span', { class: 'muted' }, ` điểm ${formatDecimal(s.score)} (từ 0 đến 1)`)),
    signals.length === 0
      ? el('p', { class: 'muted' }, 'Không có dấu hiệu nghi vấn nào: nguồn, cách viết và nội dung đều bình thường.')
      : [el('p', { class: 'small muted' }, 'Mỗi tín hiệu cộng (hoặc trừ) trọng số của nó vào mức nghi vấn; căn cứ là điều cụ thể trong bài đã làm tín hiệu bật lên.'),
        signalTable(signals, 'Tín hiệu nghi vấn')]);
}

function evidence(list) {
  const items = Array.isArray(list) ? list : list ? [list] : [];
  if (items.length === 0) return null;
  return el('p', { class: 'evidence' }, 'Căn cứ: ', items.map((e, i) => [i ? ', ' : '', el('q', {}, e)]));
}

