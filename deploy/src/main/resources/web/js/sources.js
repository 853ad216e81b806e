// The "Nguồn tin" view: whether each source is being read, and what went wrong when it is not.
import { api } from './api.js';
import { el, clear, timeEl, emptyState, formatNumber, formatPercent, formatTime, notify } from './dom.js';
import { sourceStatusName, SOURCE_STATUS_RANK } from './labels.js';
import { tierBadge, cssId } from './widgets.js';

let body;
let summary;
let stamp;
let loaded = false;

export function initSources() {
  body = document.getElementById('source-body');
  summary = document.getElementById('source-summary');
  stamp = document.getElementById('source-stamp');
  document.getElementById('source-refresh').addEventListener('click', () => loadSources());
}

export async function loadSources() {
  stamp.textContent = 'Đang tải…';
  try {
    const data = await api.sources();
    loaded = true;
    stamp.textContent = `Cập nhật lúc ${formatTime(Date.now())}`;
    render(data.sources ?? []);
  } catch (err) {
    stamp.textContent = '';
    if (!loaded) clear(body, el('tr', {}, el('td', { colspan: '8' }, emptyState(err.message, 'error'))));
    else notify(err.message, 'error');
  }
}

function render(sources) {
  // problems first, so a glance at the top of the table is enough
  const sorted = [...sources].sort((a, b) =>
    (SOURCE_STATUS_RANK[a.state] ?? 9) - (SOURCE_STATUS_RANK[b.state] ?? 9)
    || String(a.name ?? a.id).localeCompare(String(b.name ?? b.id), 'vi'));
  const count = (s) => sources.filter((x) => x.state === s).length;
  clear(summary,
    el('span', {}, `${formatNumber(sources.length)} nguồn: `),
    ['ok', 'failing', 'silent', 'pending'].filter((s) => count(s)).map((s, i) => [i ? ' · ' : '',
      el('span', { class: `count src-text-${s}` }, `${sourceStatusName(s)} ${formatNumber(count(s))}`)]));
  clear(body);
  if (sorted.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: '8' }, emptyState('Chưa cấu hình nguồn tin nào.'))));
    return;
  }
  body.append(...sorted.map(sourceRow));
}

function sourceRow(s) {
  const rate = Number(s.errorRate ?? (s.fetches ? s.errors / s.fetches : 0));
  return el('tr', { class: `src src-${cssId(s.state)}` },
    el('th', { scope: 'row', 'data-label': 'Nguồn' }, el('div', {}, s.name || s.id), el('div', { class: 'muted small' }, s.id)),
    el('td', { 'data-label': 'Loại' }, s.tier ? tierBadge(s.tier) : '—'),
    el('td', { 'data-label': 'Trạng thái' }, el('span', { class: `badge src-${cssId(s.state)}` }, sourceStatusName(s.state)),
      s.reason ? el('div', { class: 'muted small' }, s.reason) : null),
    el('td', { 'data-label': 'Lấy tin thành công' }, timeEl(s.lastSuccess, { relative: true })),
    el('td', { 'data-label': 'Lỗi gần nhất', class: 'error-cell' },
      s.lastError ? [el('div', { class: 'error-text' }, s.lastError), el('div', { class: 'muted small' }, timeEl(s.lastErrorAt))] : el('span', { class: 'muted' }, '—')),
    el('td', { class: 'num', 'data-label': 'Lượt lấy / lỗi' },
      `${formatNumber(s.fetches ?? 0)} / ${formatNumber(s.errors ?? 0)}`,
      el('div', { class: rate >= 0.2 ? 'bad small' : 'muted small' }, `lỗi ${formatPercent(rate)}`)),
    el('td', { class: 'num', 'data-label': 'Bài mới (24 giờ / tổng)' },
      `${formatNumber(s.itemsLastDay ?? 0)} / ${formatNumber(s.itemsEmitted ?? 0)}`),
    el('td', { 'data-label': 'Lần lấy tiếp' }, timeEl(s.nextPollAt)));
}
