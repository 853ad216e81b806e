// The "Báo cáo" view: the archived summary reports, each to read in the browser or download as PDF.
import { api } from './api.js';
import { el, clear, emptyState, formatTime, notify } from './dom.js';

let list;
let stamp;
let loaded = false;

export function initReports() {
  list = document.getElementById('report-list');
  stamp = document.getElementById('report-stamp');
  document.getElementById('report-refresh').addEventListener('click', () => loadReports());
}

export async function loadReports() {
  stamp.textContent = 'Đang tải…';
  try {
    const data = await api.reports();
    loaded = true;
    stamp.textContent = `Cập nhật lúc ${formatTime(Date.now())}`;
    render(data.reports ?? []);
  } catch (err) {
    stamp.textContent = '';
    if (!loaded) clear(list, emptyState(err.message, 'error'));
    else notify(err.message, 'error');
  }
}

function render(reports) {
  clear(list);
  if (reports.length === 0) {
    list.append(emptyState('Chưa có báo cáo nào. Báo cáo tuần được lập tự động vào sáng thứ Hai.'));
    return;
  }
  list.append(...reports.map((r) => {
    const base = `/reports/${encodeURIComponent(r.period)}/`;
    return el('li', { class: 'report-item' },
      el('span', { class: 'report-title' }, r.title),
      ' ',
      el('a', { href: `${base}bao-cao.html`, target: '_blank', rel: 'noopener' }, 'Xem'),
      r.hasPdf ? [' · ', el('a', { href: `${base}bao-cao.pdf`, download: `bao-cao-${r.period}.pdf` }, 'Tải PDF')] : null);
  }));
}
