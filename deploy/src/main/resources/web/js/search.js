// The "Tìm kiếm" view: full-text search with filters, facet chips, sort and pages. The query lives in
// the address (#tim-kiem?q=…) so a search can be bookmarked, reloaded or sent to a colleague.
import { api, exportUrl } from './api.js';
import { el, clear, externalLink, timeEl, snippetNodes, emptyState, formatNumber, formatDateTime, notify } from './dom.js';
import { tierName, sentimentName, topicName, TIER, SENTIMENT, TOPIC } from './labels.js';
import { tierBadge, sentimentBadge, suspicionBadge, topicChip } from './widgets.js';
import { requestArticle } from './article.js';

const PAGE_SIZE = 20;
const FILTERS = ['source', 'tier', 'topic', 'place', 'sentiment'];
const FACET_TITLES = { topic: 'Chủ đề', place: 'Địa bàn', source: 'Nguồn tin', tier: 'Loại nguồn', sentiment: 'Sắc thái' };
const FACET_ORDER = ['topic', 'place', 'source', 'tier', 'sentiment'];
const PARAMS = ['q', 'from', 'to', ...FILTERS, 'sort', 'offset'];
const SAVED_PARAMS = ['q', 'from', 'to', ...FILTERS, 'sort'];

let form;
let results;
let facetsBox;
let activeBox;
let countLine;
let pager;
let query = { sort: 'relevance', offset: 0 };
let ticket = 0;

export const valueName = (facet, value) => {
  if (facet === 'tier') return tierName(value);
  if (facet === 'sentiment') return sentimentName(value);
  if (facet === 'topic') return topicName(value);
  return value;
};

export function initSearch() {
  form = document.getElementById('search-form');
  results = document.getElementById('search-results');
  facetsBox = document.getElementById('search-facets');
  activeBox = document.getElementById('search-active');
  countLine = document.getElementById('search-count');
  pager = document.getElementById('search-pager');
  fillSelect(form.elements.tier, TIER);
  fillSelect(form.elements.sentiment, SENTIMENT);
  fillSelect(form.elements.topic, TOPIC);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    query = { ...readForm(), offset: 0 };
    run();
  });
  // selects apply at once, like the chips; the text box waits for Enter or the button
  for (const name of ['tier', 'sentiment', 'topic', 'sort']) {
    form.elements[name].addEventListener('change', () => {
      query = { ...query, ...readForm(), offset: 0 };
      run();
    });
  }
  // on a phone the facet box would push the results below the fold: start it closed there
  if (window.matchMedia('(max-width: 900px)').matches) facetsBox.closest('details').open = false;
  document.getElementById('search-reset').addEventListener('click', () => {
    query = { sort: 'relevance', offset: 0 };
    writeForm();
    run();
  });
  initSaved();
}

// ---- saved searches: per user, kept by the server, listed on every visit ----

function initSaved() {
  const saveForm = document.getElementById('save-search-form');
  const saveButton = document.getElementById('search-save');
  saveButton.addEventListener('click', () => {
    saveForm.hidden = false;
    saveButton.hidden = true;
    saveForm.elements.name.value = query.q || '';
    saveForm.elements.name.focus();
  });
  document.getElementById('save-cancel').addEventListener('click', closeSaveForm);
  saveForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const params = Object.fromEntries(SAVED_PARAMS.filter((k) => query[k]).map((k) => [k, String(query[k])]));
    try {
      const saved = await api.saveSearch(saveForm.elements.name.value.trim(), params);
      notify(`Đã lưu tìm kiếm “${saved.name}”.`);
      closeSaveForm();
      loadSaved();
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  loadSaved();
}

function closeSaveForm() {
  document.getElementById('save-search-form').hidden = true;
  document.getElementById('search-save').hidden = false;
}

async function loadSaved() {
  const list = document.getElementById('saved-list');
  try {
    const body = await api.savedSearches();
    const searches = body.searches ?? [];
    clear(list);
    if (searches.length === 0) {
      list.append(el('li', { class: 'muted small' }, 'Chưa có tìm kiếm nào được lưu.'));
      return;
    }
    for (const s of searches) list.append(savedItem(s));
  } catch (err) {
    clear(list, el('li', { class: 'state state-error' }, err.message));
  }
}

function savedItem(s) {
  const p = s.params ?? {};
  const parts = [];
  if (p.q) parts.push(`“${p.q}”`);
  for (const k of FILTERS) if (p[k]) parts.push(`${FACET_TITLES[k]}: ${valueName(k, p[k])}`);
  if (p.from || p.to) parts.push(`${p.from ?? '…'} – ${p.to ?? '…'}`);
  if (p.sort === 'time') parts.push('mới nhất trước');
  return el('li', { class: 'saved-item' },
    el('button', {
      type: 'button', class: 'link saved-run', title: 'Chạy lại tìm kiếm này',
      on: { click: () => { location.hash = `#tim-kiem?${new URLSearchParams(p)}`; } },
    }, s.name),
    el('span', { class: 'muted small saved-desc' }, parts.join(' · ') || 'mọi bài viết'),
    el('span', { class: 'muted small' }, `Lưu lúc ${formatDateTime(s.savedAt)}`),
    el('button', {
      type: 'button', class: 'btn btn-ghost btn-small saved-delete', 'aria-label': `Xoá tìm kiếm ${s.name}`,
      on: {
        click: async () => {
          if (!window.confirm(`Xoá tìm kiếm đã lưu “${s.name}”?`)) return;
          try {
            await api.deleteSearch(s.id);
            loadSaved();
          } catch (err) {
            notify(err.message, 'error');
          }
        },
      },
    }, 'Xoá'));
}

function fillSelect(select, map) {
  for (const [value, text] of Object.entries(map)) select.append(el('option', { value }, text));
}

/** Called by the router with the query part of #tim-kiem?…; runs the search it describes. */
export function showSearch(params) {
  const next = { sort: 'relevance', offset: 0 };
  for (const key of PARAMS) {
    const v = params.get(key);
    if (v) next[key] = key === 'offset' ? Math.max(0, parseInt(v, 10) || 0) : v;
  }
  const same = PARAMS.every((k) => String(next[k] ?? '') === String(query[k] ?? ''));
  if (same && results.dataset.loaded) return;
  query = next;
  writeForm();
  run({ updateAddress: false });
}

function readForm() {
  const f = form.elements;
  return {
    q: f.q.value.trim(),
    from: f.from.value,
    to: f.to.value,
    ...Object.fromEntries(FILTERS.map((k) => [k, f[k].value.trim()])),
    sort: f.sort.value,
  };
}

function writeForm() {
  const f = form.elements;
  f.q.value = query.q ?? '';
  f.from.value = query.from ?? '';
  f.to.value = query.to ?? '';
  for (const k of FILTERS) {
    const select = f[k];
    const v = query[k] ?? '';
    // a facet value the select does not list yet (a new topic) becomes an option, so the filter shows
    if (select.tagName === 'SELECT' && v && ![...select.options].some((o) => o.value === v)) {
      select.append(el('option', { value: v }, valueName(k, v)));
    }
    select.value = v;
  }
  f.sort.value = query.sort ?? 'relevance';
}

function address() {
  const p = new URLSearchParams();
  for (const key of PARAMS) {
    const v = query[key];
    if (v != null && v !== '' && !(key === 'offset' && Number(v) === 0) && !(key === 'sort' && v === 'relevance')) p.set(key, v);
  }
  const s = p.toString();
  return `#tim-kiem${s ? `?${s}` : ''}`;
}

async function run({ updateAddress = true } = {}) {
  if (updateAddress && location.hash !== address()) history.replaceState(null, '', address());
  renderActive();
  const mine = ++ticket;
  results.setAttribute('aria-busy', 'true');
  countLine.textContent = 'Đang tìm…';
  const params = { limit: PAGE_SIZE };
  for (const key of PARAMS) if (query[key] !== '' && query[key] != null) params[key] = query[key];
  document.getElementById('export-csv').href = exportUrl(params, 'csv');
  document.getElementById('export-json').href = exportUrl(params, 'json');
  try {
    const body = await api.search(params);
    if (mine !== ticket) return;
    results.dataset.loaded = '1';
    render(body);
  } catch (err) {
    if (mine !== ticket) return;
    countLine.textContent = '';
    clear(pager);
    clear(facetsBox);
    const noQuery = !query.q && err.status === 400;
    clear(results, noQuery
      ? emptyState('Nhập từ khoá rồi bấm “Tìm” (gõ có dấu hoặc không dấu đều được).')
      : emptyState(err.message, 'error'));
  } finally {
    if (mine === ticket) results.removeAttribute('aria-busy');
  }
}

function render(body) {
  const hits = body.hits ?? [];
  const partial = document.getElementById('search-partial');
  const missing = body.unreachable ?? [];
  const catchingUp = body.catchingUp ?? [];
  const notes = [];
  if (missing.length > 0) {
    notes.push(`Không nhận được kết quả từ máy chủ phân tích ${missing.join(', ')}: kết quả có thể thiếu.`);
  }
  if (catchingUp.length > 0) {
    const examined = catchingUp.reduce((sum, c) => sum + Number(c.examined ?? 0), 0);
    const articles = catchingUp.reduce((sum, c) => sum + Number(c.articles ?? 0), 0);
    notes.push(`Chỉ mục đang được dựng lại (${formatNumber(examined)}/~${formatNumber(articles)} bài): kết quả có thể thiếu.`);
  }
  partial.hidden = notes.length === 0;
  partial.textContent = notes.join(' ');
  const total = Number(body.total ?? hits.length);
  const offset = Number(query.offset ?? 0);
  countLine.textContent = total === 0
    ? 'Không tìm thấy bài viết nào.'
    : `Tìm thấy ${formatNumber(total)} bài viết · hiển thị ${formatNumber(offset + 1)}–${formatNumber(offset + hits.length)}`;
  clear(results);
  if (hits.length === 0) {
    results.append(emptyState(query.q
      ? 'Không có kết quả. Thử bỏ bớt bộ lọc, hoặc dùng từ khoá ngắn hơn.'
      : 'Không có bài viết nào khớp bộ lọc.'));
  } else {
    results.append(el('ol', { class: 'hits', start: String(offset + 1) }, hits.map(hitItem)));
  }
  renderFacets(body.facets ?? {});
  renderPager(total, offset);
}

function hitItem(hit) {
  return el('li', { class: 'hit' },
    el('h3', { class: 'hit-title' },
      el('button', { type: 'button', class: 'link', on: { click: () => requestArticle(hit.id) } }, hit.title || '(không có tiêu đề)')),
    el('div', { class: 'meta' },
      el('span', { class: 'source' }, hit.source || '—'), ' ', hit.tier ? tierBadge(hit.tier) : null, ' ', timeEl(hit.published),
      ' ', externalLink(hit.url, 'Bài gốc ↗', 'ext-link')),
    hit.snippet ? el('p', { class: 'snippet' }, snippetNodes(hit.snippet)) : null,
    el('div', { class: 'tags' },
      (hit.topics ?? []).map((t) => topicChip(t.label)),
      (hit.places ?? []).slice(0, 4).map((p) => el('span', { class: 'chip chip-static chip-place' }, p.name || p.matched || p.id)),
      sentimentBadge(hit.sentiment),
      suspicionBadge(hit.suspicion?.score),
      hit.storyId ? el('button', {
        type: 'button', class: 'link small', on: {
          click: () => document.dispatchEvent(new CustomEvent('tinradar:open-story', { detail: { id: hit.storyId } })),
        },
      }, 'Sự kiện liên quan') : null));
}

function renderFacets(facets) {
  clear(facetsBox);
  for (const name of [...FACET_ORDER, ...Object.keys(facets).filter((k) => !FACET_ORDER.includes(k))]) {
    const values = facets[name];
    if (!Array.isArray(values) || values.length === 0) continue;
    const filterable = FILTERS.includes(name);
    facetsBox.append(el('section', { class: 'facet', 'aria-labelledby': `facet-${name}` },
      el('h3', { id: `facet-${name}` }, FACET_TITLES[name] ?? name),
      el('ul', { class: 'chips' }, values.slice(0, 15).map((f) => {
        const on = query[name] === f.value;
        return el('li', {}, filterable
          ? el('button', {
            type: 'button', class: `chip${on ? ' chip-on' : ''}`, 'aria-pressed': String(on),
            on: { click: () => setFilter(name, on ? '' : f.value) },
          }, valueName(name, f.value), el('span', { class: 'chip-count' }, formatNumber(f.count)))
          : el('span', { class: 'chip chip-static' }, valueName(name, f.value), el('span', { class: 'chip-count' }, formatNumber(f.count))));
      }))));
  }
  if (!facetsBox.firstChild) facetsBox.append(el('p', { class: 'muted small' }, 'Không có thống kê theo nhóm.'));
}

function setFilter(name, value) {
  query = { ...query, [name]: value, offset: 0 };
  writeForm();
  run();
}

/** A date as staff read it: 2026-11-20 → 20/11/2026; dd/mm/yyyy stays as typed. */
const vnDate = (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v.split('-').reverse().join('/') : v);

function clearPeriod() {
  query = { ...query, from: '', to: '', offset: 0 };
  writeForm();
  run();
}

function renderActive() {
  clear(activeBox);
  const active = FILTERS.filter((k) => query[k]);
  if (query.from || query.to) active.push('period');
  if (active.length === 0) return;
  activeBox.append(el('span', { class: 'muted' }, 'Đang lọc: '), active.map((k) => {
    const label = k === 'period'
      ? `Thời gian: ${query.from ? vnDate(query.from) : '…'} – ${query.to ? vnDate(query.to) : '…'}`
      : `${FACET_TITLES[k]}: ${valueName(k, query[k])}`;
    return el('button', {
      type: 'button', class: 'chip chip-on', title: 'Bỏ bộ lọc này',
      on: { click: () => (k === 'period' ? clearPeriod() : setFilter(k, '')) },
    }, label, el('span', { 'aria-hidden': 'true', class: 'chip-x' }, ' ×'), el('span', { class: 'visually-hidden' }, ' (bỏ lọc)'));
  }));
}

function renderPager(total, offset) {
  clear(pager);
  if (total <= PAGE_SIZE) return;
  const page = Math.floor(offset / PAGE_SIZE) + 1;
  const pages = Math.ceil(total / PAGE_SIZE);
  const go = (p) => {
    query = { ...query, offset: (p - 1) * PAGE_SIZE };
    run();
    document.getElementById('panel-search').scrollIntoView({ block: 'start' });
  };
  pager.append(
    el('button', { type: 'button', class: 'btn btn-secondary', disabled: page <= 1, on: { click: () => go(page - 1) } }, '‹ Trang trước'),
    el('span', { class: 'pager-info' }, `Trang ${formatNumber(page)} / ${formatNumber(pages)}`),
    el('button', { type: 'button', class: 'btn btn-secondary', disabled: page >= pages, on: { click: () => go(page + 1) } }, 'Trang sau ›'));
}
