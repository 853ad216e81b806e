// The "Tin báo" view: tips staff paste (a link, or the text of a forwarded message or a screenshot). The list with
// status filters; one tip's analysis, the reviewed claims and stories it resembles with why, its status buttons,
// handler and notes, its history, and the two ways on: a reviewed claim ("Tạo nhận định") or an incident
// ("Mở sự cố"). Read-only accounts see the list and the analysis only.
import { api } from './api.js';
import { el, clear, emptyState, externalLink, formatDateTime, formatPercent, formatTime, notify } from './dom.js';
import { VERDICT, sentimentName, signalName, topicName, verdictName } from './labels.js';

export const TIP_STATUS = { new: 'Mới', checking: 'Đang xác minh', false: 'Đã xác minh sai', 'not-false': 'Không sai' };
const STATUS_BADGE = { new: 'status-firing', checking: 'status-acknowledged', false: 'verdict-false', 'not-false': 'status-resolved' };
const ACTION = { submit: 'Gửi tin báo', status: 'Đổi trạng thái', handler: 'Giao người xử lý', notes: 'Ghi chú',
  claim: 'Tạo nhận định', incident: 'Liên kết sự cố' };

let list;
let detailBox;
let stamp;
let form;
let errorBox;
let canEdit = false;
let shownId = null;
let filter = '';

export function initTips({ role }) {
  list = document.getElementById('tip-list');
  detailBox = document.getElementById('tip-detail');
  stamp = document.getElementById('tip-stamp');
  form = document.getElementById('tip-form');
  errorBox = document.getElementById('tip-error');
  canEdit = role === 'admin' || role === 'staff';
  form.hidden = !canEdit;
  form.addEventListener('submit', submit);
  document.getElementById('tip-refresh').addEventListener('click', () => loadTips());
  for (const radio of document.querySelectorAll('input[name="tip-filter"]')) {
    radio.addEventListener('change', () => { filter = radio.value; loadTips(); });
  }
}

async function submit(e) {
  e.preventDefault();
  errorBox.hidden = true;
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  button.textContent = 'Đang phân tích…';
  try {
    const tip = await api.submitTip({ url: form.elements.url.value.trim(), text: form.elements.text.value.trim() });
    notify(tip.fetchError ? `Đã lưu tin báo. ${tip.fetchError}` : 'Đã lưu và phân tích tin báo.', tip.fetchError ? 'error' : 'ok');
    form.reset();
    location.hash = `#tin-bao?id=${encodeURIComponent(tip.id)}`;
    loadTips();
  } catch (err) {
    errorBox.textContent = err.message;
    errorBox.hidden = false;
  } finally {
    button.disabled = false;
    button.textContent = 'Gửi tin báo';
  }
}

/** Shows one tip, or only the list when no id is given. */
export function focusTip(id) {
  shownId = id || null;
  if (shownId) showTip(shownId);
  else detailBox.hidden = true;
}

export async function loadTips() {
  stamp.textContent = 'Đang tải…';
  try {
    const { tips } = await api.tips(filter);
    stamp.textContent = `Cập nhật lúc ${formatTime(Date.now())}`;
    clear(list, tips.length ? tips.map(tipItem) : emptyState('Chưa có tin báo nào.'));
  } catch (err) {
    stamp.textContent = '';
    clear(list, emptyState(err.message, 'error'));
  }
}

function headline(t) {
  return t.analysis?.title ?? t.url ?? (t.text ?? '').slice(0, 120);
}

function statusBadge(status) {
  return el('span', { class: `badge tip-status ${STATUS_BADGE[status] ?? ''}` }, TIP_STATUS[status] ?? status);
}

function tipItem(t) {
  const claims = t.analysis?.claims?.length ?? 0;
  return el('li', { class: 'card incident-item tip-item' },
    el('a', { href: `#tin-bao?id=${encodeURIComponent(t.id)}` }, headline(t)), ' ', statusBadge(t.status),
    el('p', { class: 'muted small' }, `Gửi lúc ${formatDateTime(t.submittedAt)} bởi ${t.submittedBy}`
      + (t.handler ? ` · người xử lý: ${t.handler}` : '')
      + (claims ? ` · giống ${claims} kết luận đã kiểm chứng` : '')
      + (t.fetchError ? ' · không tải được trang' : '')));
}

async function showTip(id) {
  detailBox.hidden = false;
  try {
    renderTip(await api.tip(id));
  } catch (err) {
    clear(detailBox, emptyState(err.message, 'error'));
  }
}

function renderTip(t) {
  clear(detailBox,
    el('h3', {}, headline(t), ' ', statusBadge(t.status)),
    el('p', { class: 'muted small' }, `Gửi lúc ${formatDateTime(t.submittedAt)} bởi ${t.submittedBy}`,
      t.url ? [' · ', externalLink(t.url, 'Mở trang gốc ↗', 'ext-link')] : null),
    t.fetchError ? el('p', { class: 'state state-error tip-fetch-error' }, t.fetchError) : null,
    t.analysis ? analysisView(t.analysis) : el('p', { class: 'muted' }, 'Chưa có nội dung để phân tích.'),
    links(t),
    canEdit ? handling(t) : handledView(t),
    history(t));
}

function analysisView(a) {
  return el('section', { class: 'tip-analysis', 'aria-label': 'Phân tích' },
    el('h4', {}, 'Phân tích'),
    a.lead ? el('p', {}, a.lead) : null,
    el('dl', { class: 'tip-facts' },
      el('dt', {}, 'Địa bàn'), el('dd', {}, a.places.length ? a.places.join(', ') : '—'),
      el('dt', {}, 'Chủ đề'), el('dd', {}, a.topics.length ? a.topics.map(topicName).join(', ') : '—'),
      el('dt', {}, 'Sắc thái'), el('dd', {}, a.tone ? sentimentName(a.tone) : '—'),
      el('dt', {}, 'Mức nghi vấn'), el('dd', { class: 'tip-suspicion' }, formatPercent(a.suspicion))),
    a.reasons.length ? el('ul', { class: 'tip-reasons' }, a.reasons.map((r) =>
      el('li', {}, el('strong', {}, signalName(r.name)), r.evidence ? `: ${r.evidence}` : ''))) : null,
    el('h4', {}, 'Kết luận đã kiểm chứng giống tin này'),
    a.claims.length ? el('ul', { class: 'tip-claims' }, a.claims.map((c) => el('li', {},
      el('q', {}, c.claim), ' ', el('span', { class: `badge verdict-${c.verdict}` }, verdictName(c.verdict)),
      ` giống ${formatPercent(c.similarity)} · `, el('a', { href: '#kiem-chung' }, 'Xem kết luận'))))
      : el('p', { class: 'muted' }, 'Không giống kết luận nào.'),
    el('h4', {}, 'Sự kiện giống tin này (30 ngày qua)'),
    a.stories.length ? el('ul', { class: 'tip-stories' }, a.stories.map((s) => el('li', {},
      el('a', { href: `#su-kien?story=${encodeURIComponent(s.storyId)}` }, s.title),
      el('span', { class: 'muted small' }, ` · điểm ${s.score}`),
      el('br'),
      el('span', { class: 'small' }, `Cùng cụm từ: ${s.sharedTerms.join(', ')}`
        + (s.sharedPlaces.length ? ` · cùng địa bàn: ${s.sharedPlaces.join(', ')}` : '')),
      ' ', externalLink(s.url, 'Bài gốc ↗', 'ext-link'))))
      : el('p', { class: 'muted' }, 'Không giống sự kiện nào.'));
}

function links(t) {
  if (!t.claimId && !t.incidentId) return null;
  return el('p', { class: 'tip-links' },
    t.claimId ? ['Đã tạo nhận định ', el('a', { href: '#kiem-chung' }, t.claimId), '. '] : null,
    t.incidentId ? ['Đã liên kết sự cố ', el('a', { href: `#su-co?id=${encodeURIComponent(t.incidentId)}` }, t.incidentId), '.'] : null);
}

function handledView(t) {
  return el('p', {}, `Người xử lý: ${t.handler ?? '—'}`, t.notes ? [el('br'), `Ghi chú: ${t.notes}`] : null);
}

function handling(t) {
  const handler = el('input', { type: 'text', id: 'tip-handler', maxlength: '200', value: t.handler ?? '' });
  const notes = el('textarea', { id: 'tip-notes', rows: '2', maxlength: '4000' }, t.notes ?? '');
  const change = async (body) => {
    try {
      renderTip(await api.changeTip(t.id, body));
      loadTips();
    } catch (err) {
      notify(err.message, 'error');
    }
  };
  return el('section', { class: 'tip-handling', 'aria-label': 'Xử lý' },
    el('h4', {}, 'Xử lý'),
    el('div', { class: 'tip-status-buttons', role: 'group', 'aria-label': 'Trạng thái' },
      Object.entries(TIP_STATUS).map(([value, text]) => el('button', {
        type: 'button', class: `btn ${value === t.status ? 'btn-primary' : 'btn-ghost'}`, 'data-status': value,
        'aria-pressed': String(value === t.status), on: { click: () => change({ status: value }) },
      }, text))),
    el('div', { class: 'field' }, el('label', { for: 'tip-handler' }, 'Người xử lý'), handler),
    el('div', { class: 'field field-wide' }, el('label', { for: 'tip-notes' }, 'Ghi chú'), notes),
    el('button', { type: 'button', class: 'btn btn-ghost', on: { click: () => change({ handler: handler.value, notes: notes.value }) } },
      'Lưu người xử lý và ghi chú'),
    el('div', { class: 'tip-next' },
      el('button', { type: 'button', class: 'btn btn-ghost', id: 'tip-to-claim', on: { click: () => claimForm(t) } }, 'Tạo nhận định'),
      ' ',
      el('button', { type: 'button', class: 'btn btn-ghost', id: 'tip-to-incident', on: { click: () => toIncident(t) } }, 'Mở sự cố')),
    el('div', { id: 'tip-claim-box' }));
}

async function claimForm(t) {
  const box = document.getElementById('tip-claim-box');
  let draft;
  try {
    draft = await api.tipClaimDraft(t.id);
  } catch (err) {
    notify(err.message, 'error');
    return;
  }
  const verdict = el('select', { name: 'verdict', required: '' },
    Object.entries(VERDICT).map(([value, text]) => el('option', { value, selected: value === draft.verdict }, text)));
  const f = el('form', { class: 'claim-form' },
    el('div', { class: 'field field-wide' }, el('label', {}, 'Nội dung tin đang lan truyền',
      el('textarea', { name: 'claimReviewed', rows: '2', maxlength: '500', required: '' }, draft.claimReviewed ?? ''))),
    el('div', { class: 'field' }, el('label', {}, 'Kết luận', verdict)),
    el('div', { class: 'field' }, el('label', {}, 'Cơ quan kết luận', el('input', { name: 'reviewedBy', maxlength: '200', required: '' }))),
    el('div', { class: 'field' }, el('label', {}, 'Ngày kết luận', el('input', { name: 'reviewDate', placeholder: 'dd/mm/yyyy', required: '' }))),
    el('div', { class: 'field field-wide' }, el('label', {}, 'Đường dẫn thông tin chính thức / cải chính',
      el('input', { type: 'url', name: 'correctionUrl', required: '' }))),
    el('div', { class: 'field field-actions' }, el('button', { type: 'submit', class: 'btn btn-primary' }, 'Lưu nhận định')));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = f.elements;
    try {
      renderTip(await api.tipToClaim(t.id, { claimReviewed: v.claimReviewed.value.trim(), verdict: v.verdict.value,
        reviewedBy: v.reviewedBy.value.trim(), reviewDate: v.reviewDate.value.trim(), correctionUrl: v.correctionUrl.value.trim() }));
      notify('Đã tạo nhận định từ tin báo: các bài mới giống nội dung này sẽ được đánh dấu.', 'ok');
    } catch (err) {
      notify(err.message, 'error');
    }
  });
  clear(box, f);
}

async function toIncident(t) {
  try {
    const tip = await api.tipToIncident(t.id, {});
    notify('Đã mở sự cố từ tin báo.', 'ok');
    location.hash = `#su-co?id=${encodeURIComponent(tip.incidentId)}`;
  } catch (err) {
    notify(err.message, 'error');
  }
}

function history(t) {
  return el('section', { class: 'tip-history', 'aria-label': 'Lịch sử' },
    el('h4', {}, 'Lịch sử'),
    el('ol', {}, t.history.map((h) => el('li', {},
      `${formatDateTime(h.at)} · ${h.by} · ${ACTION[h.action] ?? h.action}`
      + (h.action === 'status' ? `: ${TIP_STATUS[h.detail] ?? h.detail}` : h.detail ? `: ${h.detail}` : '')))));
}
