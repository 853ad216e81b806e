// The "Sự cố" view: the crisis workspace. A list of incidents; one incident's timeline (articles with source and
// tone, alerts, staff actions, responses, tasks, hand-overs), its charts, the effect of each official response, and
// the forms staff use to record responses, tasks and hand-overs and to close it. Read-only accounts see it all.
import { api } from './api.js';
import { el, clear, emptyState, externalLink, formatDateTime, formatNumber, formatTime, notify } from './dom.js';

const KIND = {
  article: 'Bài viết',
  alert: 'Cảnh báo',
  'alert-action': 'Thao tác',
  response: 'Phản hồi chính thức',
  request: 'Đề nghị phản hồi',
  task: 'Nhiệm vụ',
  handover: 'Bàn giao ca',
  change: 'Sự cố',
};
const TONE = { negative: 'tiêu cực', positive: 'tích cực', neutral: 'trung tính' };

let list;
let detailBox;
let stamp;
let canEdit = false;
let shownId = null;
let order = 'newest';

export function initIncidents({ role }) {
  list = document.getElementById('incident-list');
  detailBox = document.getElementById('incident-detail');
  stamp = document.getElementById('incident-stamp');
  canEdit = role === 'admin' || role === 'staff';
  document.getElementById('incident-refresh').addEventListener('click', () => loadIncidents());
  document.addEventListener('tinradar:open-incident', (e) => openIncident(e.detail));
}

/** Opens an incident from an alert ({alertId}) or a story ({storyId}), then shows it. */
async function openIncident(from) {
  try {
    const incident = await api.openIncident(from);
    notify(`Đã mở sự cố “${incident.title}”.`, 'ok');
    location.hash = `#su-co?id=${encodeURIComponent(incident.id)}`;
  } catch (err) {
    notify(err.message, 'error');
  }
}

/** Shows one incident, or only the list when no id is given. */
export function focusIncident(id) {
  shownId = id || null;
  if (shownId) showIncident(shownId);
  else detailBox.hidden = true;
}

export async function loadIncidents() {
  stamp.textContent = 'Đang tải…';
  try {
    const { incidents } = await api.incidents();
    stamp.textContent = `Cập nhật lúc ${formatTime(Date.now())}`;
    clear(list, incidents.length ? incidents.map(incidentItem) : emptyState('Chưa có sự cố nào.'));
    // the periodic refresh must not wipe a response or a hand-over being typed
    if (shownId && !editing()) showIncident(shownId);
  } catch (err) {
    stamp.textContent = '';
    clear(list, emptyState(err.message, 'error'));
  }
}

function incidentItem(i) {
  return el('li', { class: `card incident-item${i.status === 'open' ? '' : ' incident-closed'}` },
    el('a', { href: `#su-co?id=${encodeURIComponent(i.id)}` }, i.title),
    ' ', el('span', { class: `badge ${i.status === 'open' ? 'status-firing' : 'status-resolved'}` }, statusName(i.status)),
    el('p', { class: 'muted small' }, `Mở lúc ${formatDateTime(i.openedAt)} bởi ${i.openedBy} · ${formatNumber(i.articles)} bài · `
      + `${formatNumber(i.responses)} phản hồi · ${formatNumber(i.openTasks)} nhiệm vụ chưa xong`));
}

function editing() {
  return [...detailBox.querySelectorAll('form input, form textarea')].some((f) => f.value.trim() !== '');
}

async function showIncident(id) {
  detailBox.hidden = false;
  try {
    render(await api.incident(id, order));
  } catch (err) {
    clear(detailBox, emptyState(err.message, 'error'));
  }
}

function render({ incident: i, timeline, effects, claims, alertsKnown, requests = [], requestsKnown }) {
  const open = i.status === 'open';
  const base = `/api/incidents/${encodeURIComponent(i.id)}`;
  // the charts change with every article: a stamp keeps the browser from showing an old one
  const fresh = `?t=${Date.now()}`;
  clear(detailBox,
    el('header', { class: 'incident-head' },
      el('h3', { id: 'incident-title', tabindex: '-1' }, i.title),
      el('span', { class: `badge ${open ? 'status-firing' : 'status-resolved'}` }, statusName(i.status)),
      el('p', { class: 'muted small' }, `Mở lúc ${formatDateTime(i.openedAt)} bởi ${i.openedBy}, từ `
        + `${i.openedFrom === 'alert' ? 'cảnh báo' : 'sự kiện'} ${i.openedFromId}. Theo dõi ${i.storyIds.length} sự kiện, `
        + `${formatNumber(i.articles.length)} bài.`),
      el('p', {}, el('a', { class: 'btn btn-secondary', href: `${base}/report.pdf`, download: '' }, 'Tải báo cáo PDF'), ' ',
        el('a', { class: 'btn btn-secondary', href: `${base}/report.docx`, download: '' }, 'Tải báo cáo DOCX'))),
    el('section', { class: 'detail-section' }, el('h4', {}, 'Phản hồi chính thức và hiệu quả'),
      i.responses.length ? responseTable(i.responses, effects) : el('p', { class: 'muted' }, 'Chưa có phản hồi chính thức.'),
      claimSection(effects, claims),
      i.articles.length ? el('img', { class: 'incident-chart', src: `${base}/coverage.png${fresh}`, alt: 'Số bài theo thời gian, bài tiêu cực tách riêng; ★ đánh dấu lúc có phản hồi chính thức' }) : null,
      i.responses.length ? el('img', { class: 'incident-chart', src: `${base}/tone.png${fresh}`, alt: 'Tỷ lệ bài tiêu cực 24 giờ trước và sau mỗi phản hồi' }) : null,
      open && canEdit ? responseForm(i) : null),
    el('section', { class: 'detail-section' }, el('h4', {}, 'Đề nghị phản hồi chính thức'),
      requestsKnown ? null : el('p', { class: 'muted small' }, 'Máy chủ này không chạy dịch vụ cảnh báo: chưa xem được các đề nghị phản hồi.'),
      requests.length ? requestTable(requests)
        : el('p', { class: 'muted' }, 'Chưa có đề nghị phản hồi nào từ các cảnh báo của sự cố (gửi đề nghị từ chi tiết cảnh báo).')),
    el('section', { class: 'detail-section' }, el('h4', {}, 'Nhiệm vụ'),
      i.tasks.length ? el('ul', { class: 'incident-tasks' }, i.tasks.map((t) => taskItem(i, t, open)))
        : el('p', { class: 'muted' }, 'Chưa có nhiệm vụ.'),
      open && canEdit ? taskForm(i) : null),
    el('section', { class: 'detail-section' }, el('h4', {}, 'Nhật ký bàn giao ca'),
      i.handovers.length ? el('ol', { class: 'audit-list' }, i.handovers.map((h) => el('li', {}, `${formatDateTime(h.at)} — ${h.by}: ${h.text}`)))
        : el('p', { class: 'muted' }, 'Chưa có bàn giao.'),
      open && canEdit ? handoverForm(i) : null),
    el('section', { class: 'detail-section' }, el('h4', {}, 'Dòng thời gian'),
      alertsKnown ? null : el('p', { class: 'muted small' }, 'Máy chủ này không chạy dịch vụ cảnh báo: dòng thời gian chưa có cảnh báo.'),
      orderSelect(i.id),
      el('ol', { class: 'incident-timeline', id: 'incident-timeline' }, timeline.map(timelineItem))),
    open ? (canEdit ? closeForm(i) : null)
      : el('section', { class: 'detail-section' }, el('h4', {}, 'Tổng kết'),
        el('p', {}, el('strong', {}, 'Tổng kết: '), i.summary), el('p', {}, el('strong', {}, 'Bài học: '), i.lessons),
        el('p', { class: 'muted small' }, `Đóng lúc ${formatDateTime(i.closedAt)} bởi ${i.closedBy}`)));
}

function responseTable(responses, effects) {
  const byId = new Map(effects.map((e) => [e.responseId, e]));
  return el('table', { class: 'data-table', id: 'incident-responses' },
    el('thead', {}, el('tr', {}, ['Thời gian', 'Cơ quan', 'Người phát ngôn', 'Kênh', 'Nội dung', '24 giờ trước', '24 giờ sau'].map((h) => el('th', {}, h)))),
    el('tbody', {}, responses.map((r) => {
      const e = byId.get(r.id);
      return el('tr', {}, el('td', {}, formatDateTime(r.at)), el('td', {}, r.agency), el('td', {}, r.spokesperson ?? ''),
        el('td', {}, r.channel), el('td', {}, r.text ?? '', r.link ? [' ', externalLink(r.link, 'Xem')] : null),
        el('td', {}, e ? windowText(e.before) : ''), el('td', {}, e ? windowText(e.after) : ''));
    })));
}

// The requests staff sent from the incident's alerts, as the spokes side keeps them.
function requestTable(requests) {
  return el('table', { class: 'data-table', id: 'incident-requests' },
    el('thead', {}, el('tr', {}, ['Cơ quan', 'Đề nghị lúc', 'Hạn', 'Tình trạng', 'Nhắc hạn', 'Phản hồi'].map((h) => el('th', {}, h)))),
    el('tbody', {}, requests.map(({ request: r, statusLabel }) => el('tr', {},
      el('td', {}, r.agencyName), el('td', {}, formatDateTime(r.requestedAt)), el('td', {}, formatDateTime(r.due)),
      el('td', {}, statusLabel), el('td', {}, r.remindedAt ? `đã nhắc ${formatDateTime(r.remindedAt)}` : 'chưa nhắc'),
      el('td', {}, r.response ? `${r.response.channel}, ${formatDateTime(r.response.at)}${r.response.text ? `: ${r.response.text}` : ''}` : '',
        r.response?.link ? [' ', externalLink(r.response.link, 'Xem')] : null)))));
}

const windowText = (w) => `${formatNumber(w.articles)} bài${w.articles ? `, ${w.negative} tiêu cực` : ''}`;

// For each reviewed false claim the articles repeat: how many did before and after the latest response.
function claimSection(effects, claims) {
  const last = effects[effects.length - 1];
  if (!last) return null;
  if (!last.claims.length) return el('p', { class: 'muted small' }, 'Không có bài nào lặp lại tin sai đã kiểm chứng.');
  const verdict = new Map(claims.map((c) => [c.claimReviewed, c]));
  return el('table', { class: 'data-table', id: 'incident-claims' },
    el('caption', {}, `Tin sai đã kiểm chứng, trước và sau phản hồi ${last.responseId}`),
    el('thead', {}, el('tr', {}, ['Tin sai', 'Kết luận của', 'Bài lặp lại trước', 'Sau', 'Kết quả'].map((h) => el('th', {}, h)))),
    el('tbody', {}, last.claims.map((c) => el('tr', {}, el('td', {}, c.claim), el('td', {}, verdict.get(c.claim)?.reviewedBy ?? ''),
      el('td', {}, formatNumber(c.before)), el('td', {}, formatNumber(c.after)),
      el('td', {}, c.after === 0 ? 'Đã ngừng lan truyền' : `Vẫn lan truyền (bài cuối ${formatDateTime(c.lastSeen)})`)))));
}

function taskItem(i, t, open) {
  return el('li', { class: t.done ? 'task-done' : '' },
    `${t.text} — ${t.owner}, hạn ${formatDateTime(t.deadline)}`,
    t.done ? el('span', { class: 'muted small' }, ` · đã xong (${t.doneBy}, ${formatDateTime(t.doneAt)})`) : null,
    !t.done && open && canEdit ? [' ', el('button', { type: 'button', class: 'btn btn-ghost', on: { click: () => change(i.id, () => api.finishIncidentTask(i.id, t.id), 'Đã đánh dấu nhiệm vụ hoàn thành.') } }, 'Xong')] : null);
}

function timelineItem(e) {
  return el('li', { class: `timeline-${e.kind}` },
    el('span', { class: 'timeline-time' }, formatDateTime(e.at)), ' ',
    el('span', { class: 'chip chip-static' }, KIND[e.kind] ?? e.kind), ' ',
    e.url ? externalLink(e.url, e.title) : el('strong', {}, e.title ?? ''),
    e.source ? el('span', { class: 'muted small' }, ` · ${e.source}`) : null,
    e.tone ? el('span', { class: `badge senti-${e.tone}` }, TONE[e.tone] ?? e.tone) : null,
    e.by ? el('span', { class: 'muted small' }, ` · ${e.by}`) : null,
    e.detail ? el('div', { class: 'small' }, e.detail) : null);
}

function orderSelect(id) {
  const select = el('select', { id: 'incident-order', on: { change: (e) => { order = e.target.value; showIncident(id); } } },
    el('option', { value: 'newest', selected: order === 'newest' }, 'Mới nhất trước'),
    el('option', { value: 'oldest', selected: order === 'oldest' }, 'Cũ nhất trước'));
  return el('label', { class: 'small' }, 'Thứ tự: ', select);
}

function field(label, input) {
  return el('label', { class: 'field' }, el('span', {}, label), input);
}

function responseForm(i) {
  const f = {
    agency: el('input', { name: 'agency', required: true, placeholder: 'ví dụ: UBND tỉnh' }),
    spokesperson: el('input', { name: 'spokesperson', placeholder: 'ví dụ: Chánh Văn phòng UBND tỉnh' }),
    at: el('input', { name: 'at', type: 'datetime-local', required: true }),
    channel: el('input', { name: 'channel', required: true, placeholder: 'họp báo, cổng thông tin, trang mạng xã hội…' }),
    text: el('textarea', { name: 'text', rows: '2' }),
    link: el('input', { name: 'link', type: 'url', placeholder: 'https://…' }),
  };
  return form('incident-response-form', 'Ghi nhận phản hồi', [
    field('Cơ quan', f.agency), field('Người phát ngôn', f.spokesperson), field('Thời gian', f.at),
    field('Kênh', f.channel), field('Nội dung', f.text), field('Đường dẫn', f.link)],
  () => api.addResponse(i.id, Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.value.trim()]))), 'Đã ghi nhận phản hồi chính thức.', i.id);
}

function taskForm(i) {
  const text = el('input', { name: 'text', required: true, placeholder: 'việc cần làm' });
  const owner = el('input', { name: 'owner', required: true, placeholder: 'người thực hiện' });
  const deadline = el('input', { name: 'deadline', type: 'datetime-local', required: true });
  return form('incident-task-form', 'Giao nhiệm vụ', [field('Nhiệm vụ', text), field('Người thực hiện', owner), field('Hạn', deadline)],
    () => api.addIncidentTask(i.id, { text: text.value.trim(), owner: owner.value.trim(), deadline: deadline.value }), 'Đã giao nhiệm vụ.', i.id);
}

function handoverForm(i) {
  const text = el('textarea', { name: 'text', rows: '2', required: true, placeholder: 'tình hình, việc còn dở, lưu ý cho ca sau' });
  return form('incident-handover-form', 'Ghi bàn giao', [field('Bàn giao ca', text)],
    () => api.addHandover(i.id, text.value.trim()), 'Đã ghi bàn giao ca.', i.id);
}

function closeForm(i) {
  const summary = el('textarea', { name: 'summary', rows: '2', required: true });
  const lessons = el('textarea', { name: 'lessons', rows: '2', required: true });
  return el('section', { class: 'detail-section' }, el('h4', {}, 'Đóng sự cố'),
    form('incident-close-form', 'Đóng sự cố', [field('Tổng kết', summary), field('Bài học kinh nghiệm', lessons)],
      () => api.closeIncident(i.id, { summary: summary.value.trim(), lessons: lessons.value.trim() }), 'Đã đóng sự cố.', i.id));
}

function form(id, button, fields, call, done, incidentId) {
  const error = el('p', { class: 'state state-error', role: 'alert', hidden: true });
  return el('form', { id, class: 'incident-form', on: { submit: async (e) => {
    e.preventDefault();
    error.hidden = true;
    const submitButton = e.currentTarget.querySelector('button[type="submit"]');
    submitButton.disabled = true;
    try {
      await call();
      notify(done, 'ok');
      showIncident(incidentId);
    } catch (err) {
      error.textContent = err.message;
      error.hidden = false;
      submitButton.disabled = false;
    }
  } } }, fields, el('button', { type: 'submit', class: 'btn btn-primary' }, button), error);
}

async function change(id, call, done) {
  try {
    await call();
    notify(done, 'ok');
    showIncident(id);
  } catch (err) {
    notify(err.message, 'error');
  }
}

const statusName = (s) => (s === 'open' ? 'Đang xử lý' : 'Đã đóng');
