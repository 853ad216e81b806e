// The "Nguồn tin" view: whether each source is being read, and what went wrong when it is not.
import { api } from './api.js';
import { el, clear, timeEl, emptyState, formatNumber, formatPercent, formatTime, notify } from './dom.js';
import { sourceStatusName, SOURCE_STATUS_RANK } from './labels.js';
import { tierBadge, cssId } from './widgets.js';

let body;
let summary;
let stamp;
let loaded = false;

export function initSources({ role } = {}) {
  body = document.getElementById('source-body');
  summary = document.getElementById('source-summary');
  stamp = document.getElementById('source-stamp');
  document.getElementById('source-refresh').addEventListener('click', () => loadSources());
  const form = document.getElementById('import-form');
  // viewers read the sources; importing posts is staff work
  form.hidden = !(role === 'admin' || role === 'staff');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const file = document.getElementById('import-file').files[0];
    if (file) importFile(form, file);
  });
}

async function importFile(form, file) {
  const result = document.getElementById('import-result');
  const button = form.querySelector('button');
  button.disabled = true;
  clear(result, el('p', { class: 'muted' }, `Đang nhập ${file.name}…`));
  try {
    const report = await api.importPosts(file);
    clear(result, importReport(report));
    form.reset();
  } catch (err) {
    clear(result, emptyState(err.message, 'error'));
  } finally {
    button.disabled = false;
  }
}

function importReport(report) {
  if (report.fileError) {
    return el('div', { class: 'import-report' }, el('p', { class: 'bad' }, `Không nhập được tệp ${report.file}: ${report.fileError}`));
  }
  const refused = report.refused ?? [];
  return el('div', { class: 'import-report' },
    el('p', {}, `${report.file}: đã nhập ${formatNumber(report.sent)} bài đăng, ${formatNumber(refused.length)} dòng bị từ chối.`),
    refused.length === 0 ? null : el('table', { class: 'data-table import-refused' },
      el('caption', { class: 'visually-hidden' }, 'Các dòng bị từ chối và lý do'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', class: 'num' }, 'Dòng'), el('th', { scope: 'col' }, 'Lý do'),
        el('th', { scope: 'col' }, 'Chi tiết'))),
      el('tbody', {}, ...refused.slice(0, 200).map((r) => el('tr', {},
        el('td', { class: 'num' }, String(r.line)), el('td', {}, r.reason), el('td', {}, r.detail))))));
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
