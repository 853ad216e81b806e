// The "Dự thảo" view (Đề án 407): the draft policies under consultation that the rules follow, from the settings
// file and from this page (an entry here replaces the settings' one of the same id). Admins add or edit one; a
// policy's page shows its coverage per day, tone, sources by tier, stories and the compiled feedback, with a DOCX
// of the feedback for the drafting unit's "báo cáo tiếp thu, giải trình". Admins delete what was entered here; a
// policy of the settings file is changed in that file (or replaced by an entry of the same id), not deleted here.
import { api } from './api.js';
import { el, clear, emptyState, externalLink, formatTime, notify } from './dom.js';
import { sentimentName, tierName } from './labels.js';

const ORIGIN = {
  settings: 'Tệp cấu hình',
  dashboard: 'Nhập trên trang này',
  'dashboard-over-settings': 'Nhập trên trang này (thay cho tệp cấu hình)',
};
const STANCES = [
  ['FOR', 'Đồng tình, ủng hộ'],
  ['AGAINST', 'Không đồng tình, góp ý sửa đổi'],
  ['QUESTION', 'Băn khoăn, đặt câu hỏi'],
];

let body;
let stamp;
let form;
let errorBox;
let page;
let isAdmin = false;
let loaded = false;

export function initPolicies({ role }) {
  body = document.getElementById('policy-body');
  stamp = document.getElementById('policy-stamp');
  form = document.getElementById('policy-form');
  errorBox = document.getElementById('policy-error');
  page = document.getElementById('policy-page');
  isAdmin = role === 'admin';
  form.hidden = !isAdmin;
  form.addEventListener('submit', submit);
  document.getElementById('policy-refresh').addEventListener('click', () => loadPolicies());
}

const dmy = (iso) => (iso ? String(iso).split('-').reverse().join('/') : '—');

async function submit(e) {
  e.preventDefault();
  errorBox.hidden = true;
  const f = form.elements;
  const policy = {
    id: f.id.value.trim(),
    name: f.name.value.trim(),
    agency: f.agency.value.trim(),
    consultationFrom: f.consultationFrom.value,
    consultationTo: f.consultationTo.value,
    keywords: f.keywords.value.split('\n').map((k) => k.trim()).filter(Boolean),
  };
  try {
    const saved = await api.savePolicy(policy);
    notify(`Đã lưu dự thảo “${saved.name}”: các quy tắc theo dõi dự thảo áp dụng ngay, không cần khởi động lại.`);
    form.reset();
    loadPolicies();
  } catch (err) {
    errorBox.textContent = err.message;
    errorBox.hidden = false;
  }
}

export async function loadPolicies() {
  stamp.textContent = 'Đang tải…';
  try {
    const data = await api.policies();
    loaded = true;
    stamp.textContent = `Cập nhật lúc ${formatTime(Date.now())}`;
    const rows = (data.policies ?? []).map(row);
    clear(body, rows.length ? rows : el('tr', {}, el('td', { colspan: '5' }, emptyState('Chưa có dự thảo nào.'))));
  } catch (err) {
    stamp.textContent = '';
    if (!loaded) clear(body, el('tr', {}, el('td', { colspan: '5' }, emptyState(err.message, 'error'))));
    else notify(err.message, 'error');
  }
}

function row(listed) {
  const p = listed.policy;
  const open = el('button', { type: 'button', class: 'btn btn-ghost', on: { click: () => openPage(p.id) } }, p.name);
  return el('tr', { dataset: { policy: p.id } },
    el('td', {}, open, listed.agency ? el('div', { class: 'muted small' }, listed.agency) : null),
    el('td', {}, `${dmy(p.consultationFrom)} – ${dmy(p.consultationTo)}`),
    el('td', {}, (p.keywords ?? []).join('; ')),
    el('td', {}, ORIGIN[listed.origin] ?? listed.origin),
    el('td', {}, isAdmin && listed.origin !== 'settings' ? deleteButton(listed) : null));
}

function deleteButton(listed) {
  const p = listed.policy;
  const back = listed.origin === 'dashboard-over-settings';
  return el('button', { type: 'button', class: 'btn btn-ghost policy-delete', on: { click: async () => {
    const question = back ? `Xóa bản nhập trên trang này của “${p.name}”? Dự thảo trong tệp cấu hình sẽ được theo dõi trở lại.`
      : `Xóa dự thảo “${p.name}”? Các quy tắc sẽ thôi theo dõi dự thảo này.`;
    if (!window.confirm(question)) return;
    try {
      await api.deletePolicy(p.id);
      notify(back ? `Đã xóa bản nhập; theo dõi lại “${p.name}” theo tệp cấu hình.` : `Đã xóa dự thảo “${p.name}”.`);
      page.hidden = true;
      loadPolicies();
    } catch (err) {
      notify(err.message, 'error');
    }
  } } }, 'Xóa');
}

async function openPage(id) {
  page.hidden = false;
  clear(page, emptyState('Đang tổng hợp…'));
  try {
    render(await api.policyPage(id));
    page.scrollIntoView({ block: 'start' });
  } catch (err) {
    clear(page, emptyState(err.message, 'error'));
  }
}

function render(p) {
  const max = Math.max(1, ...p.perDay.map((d) => d.articles));
  const days = el('div', { class: 'policy-days' }, p.perDay.map((d) => el('div', { class: 'policy-day', title: `${dmy(d.day)}: ${d.articles} bài` },
    el('span', { class: 'policy-bar', style: `height:${Math.round((d.articles / max) * 100)}%` }))));
  const tone = ['positive', 'neutral', 'negative'].map((k) => `${sentimentName(k)}: ${p.tone[k] ?? 0}`).join(' · ');
  const tiers = Object.entries(p.tiers).map(([k, n]) => `${tierName(k)}: ${n}`).join(' · ') || '—';
  const stories = p.stories.map((s) => el('li', {}, externalLink(s.url, s.title), ` (${s.articles} bài)`));
  const f = p.feedback;
  clear(page,
    el('h3', {}, p.policy.name),
    el('p', {}, `${p.articles} bài nêu dự thảo trong thời gian lấy ý kiến ${dmy(p.policy.consultationFrom)} – ${dmy(p.policy.consultationTo)}.`,
      ' ', el('a', { class: 'btn btn-ghost', href: `/api/policies/${encodeURIComponent(p.policy.id)}/feedback.docx`, download: '' }, 'Tải tổng hợp ý kiến (DOCX)')),
    el('h4', {}, 'Số bài theo ngày'), days,
    el('p', { class: 'muted small policy-days-axis' }, p.perDay.length
      ? `${dmy(p.perDay[0].day)} – ${dmy(p.perDay[p.perDay.length - 1].day)}; nhiều nhất ${max} bài một ngày` : ''),
    el('p', {}, el('strong', {}, 'Sắc thái: '), tone),
    el('p', {}, el('strong', {}, 'Nguồn theo nhóm: '), tiers),
    el('h4', {}, 'Các sự kiện nêu dự thảo'), stories.length ? el('ul', {}, stories) : emptyState('Chưa có bài nào.'),
    el('h4', {}, 'Tổng hợp ý kiến phản hồi'),
    el('p', { class: 'hint' }, 'Các câu trích nguyên văn từ bài báo có nêu dự thảo và có từ ngữ đánh giá; xếp loại do máy thực hiện theo các từ ngữ in kèm, cần cán bộ rà soát.'),
    STANCES.map(([stance, label]) => section(f, stance, label)));
}

function section(f, stance, label) {
  const args = f.arguments.filter((a) => a.stance === stance);
  return el('section', { class: 'policy-stance', dataset: { stance } },
    el('h5', {}, `${label}: ${f.counts[stance] ?? 0} câu`),
    args.length ? args.map(argument) : emptyState('Không có ý kiến.'));
}

function argument(a) {
  const sources = new Set(a.sentences.map((s) => s.source.sourceName)).size;
  return el('details', { class: 'policy-argument' },
    el('summary', {}, `${a.term ? `Luận điểm: ${a.term}` : 'Ý kiến khác'} (${a.sentences.length} câu, ${sources} nguồn) — “${a.representative.text}”`),
    el('ul', {}, a.sentences.map((s) => el('li', {}, s.text, ' ', el('span', { class: 'muted small' },
      externalLink(s.source.url, s.source.sourceName), `; từ ngữ: ${s.cues.join(', ')}`)))));
}
