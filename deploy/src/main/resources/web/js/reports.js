// The "Báo cáo" view: a report for any period or calendar year on request, and the archived summary reports,
// each to read in the browser or download as PDF or as a Word document in the administrative layout.
import { api } from './api.js';
import { el, clear, emptyState, formatTime, notify } from './dom.js';

let list;
let stamp;
let form;
let error;
let result;
let loaded = false;

export function initReports({ role }) {
  list = document.getElementById('report-list');
  stamp = document.getElementById('report-stamp');
  form = document.getElementById('report-form');
  error = document.getElementById('report-error');
  result = document.getElementById('report-result');
  document.getElementById('report-refresh').addEventListener('click', () => loadReports());
  // building a report is a change like any other: staff and admins; viewers read and download
  form.hidden = !(role === 'admin' || role === 'staff');
  presetLastWeek();
  for (const radio of form.elements['report-kind']) radio.addEventListener('change', showKind);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    buildReport();
  });
}

/** Last Monday–Sunday week and this year: what is asked for most. */
function presetLastWeek() {
  const today = new Date();
  const monday = new Date(today);
  monday.setDate(today.getDate() - ((today.getDay() + 6) % 7) - 7);
  const sunday = new Date(monday);
  sunday.setDate(monday.getDate() + 6);
  form.elements.from.value = isoDay(monday);
  form.elements.to.value = isoDay(sunday);
  form.elements.year.value = String(today.getFullYear());
}

function isoDay(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function kind() {
  return form.elements['report-kind'].value;
}

function showKind() {
  for (const field of form.querySelectorAll('[data-kind]')) {
    const shown = field.dataset.kind === kind();
    field.hidden = !shown;
    for (const input of field.querySelectorAll('input')) input.required = shown;
  }
}

async function buildReport() {
  const button = document.getElementById('report-build');
  error.hidden = true;
  result.hidden = false;
  result.textContent = 'Đang lập báo cáo… (báo cáo năm có thể mất vài chục giây)';
  button.disabled = true;
  const period = kind() === 'year' ? { year: Number(form.elements.year.value) }
    : { from: form.elements.from.value, to: form.elements.to.value };
  try {
    const data = await api.buildReport(period);
    result.textContent = '';
    result.append('Đã lập: ', el('span', {}, ...reportLinks(data.report)));
    await loadReports();
  } catch (err) {
    result.hidden = true;
    error.textContent = err.message;
    error.hidden = false;
  } finally {
    button.disabled = false;
  }
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
    list.append(emptyState('Chưa có báo cáo nào. Báo cáo tuần được lập tự động vào sáng thứ Hai; lập báo cáo cho kỳ khác bằng biểu mẫu trên.'));
    return;
  }
  list.append(...reports.map((r) => el('li', { class: 'report-item', 'data-period': r.period }, ...reportLinks(r))));
}

/** The title, then a link to the page and to each document there is. */
function reportLinks(r) {
  const base = `/reports/${encodeURIComponent(r.period)}/`;
  return [
    el('span', { class: 'report-title' }, r.title),
    ' ',
    el('a', { href: `${base}bao-cao.html`, target: '_blank', rel: 'noopener' }, 'Xem'),
    r.hasPdf ? [' · ', el('a', { href: `${base}bao-cao.pdf`, download: `bao-cao-${r.period}.pdf` }, 'Tải PDF')] : null,
    r.hasDocx ? [' · ', el('a', { href: `${base}bao-cao.docx`, download: `bao-cao-${r.period}.docx`, class: 'report-docx' }, 'Tải Word (NĐ 30)')] : null,
  ];
}
