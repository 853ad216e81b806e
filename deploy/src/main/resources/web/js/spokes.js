// The "Người phát ngôn" view and the alert detail's part of it (issue 14): the directory of agencies and
// spokespersons (admins add, edit, remove and import it from CSV), the agencies responsible for an alert with why,
// and the requests for an official response staff make from an alert, with the response once it comes.
import { spokesApi } from './api.js';
import { el, clear, emptyState, externalLink, formatTime, notify, timeEl } from './dom.js';

const LEVEL = { province: 'Cấp tỉnh', commune: 'Cấp xã', department: 'Sở, ngành' };
const STATUS_CLASS = { 'da-gui-yeu-cau': 'status-acknowledged', 'qua-han': 'status-firing', 'da-phan-hoi': 'status-resolved' };

let role = 'viewer';
let directory = { agencies: [], topics: {}, channels: [] };
let editingAgency = null;
let editingPerson = null;
let loaded = false;

const $ = (id) => document.getElementById(id);
const isAdmin = () => role === 'admin';
const canAct = () => role === 'admin' || role === 'staff';

export function initSpokes({ role: r }) {
  role = r;
  for (const id of ['spokes-admin']) $(id).hidden = !isAdmin();
  $('spokes-refresh').addEventListener('click', () => loadSpokes());
  $('agency-form').addEventListener('submit', saveAgency);
  $('person-form').addEventListener('submit', savePerson);
  $('spokes-import').addEventListener('submit', importFile);
  $('agency-cancel').addEventListener('click', () => resetAgencyForm());
  $('person-cancel').addEventListener('click', () => resetPersonForm());
}

export async function loadSpokes() {
  $('spokes-stamp').textContent = 'Đang tải…';
  try {
    const [dir, req] = await Promise.all([spokesApi.directory(), spokesApi.requests()]);
    directory = dir;
    loaded = true;
    $('spokes-stamp').textContent = `Cập nhật lúc ${formatTime(Date.now())}`;
    renderDirectory();
    renderRequests($('spokes-requests'), req.requests ?? [], { withAlert: true });
    fillChoices();
  } catch (err) {
    $('spokes-stamp').textContent = '';
    if (!loaded) clear($('agency-body'), el('tr', {}, el('td', { colspan: '6' }, emptyState(err.message, 'error'))));
    else notify(err.message, 'error');
  }
}

function topicName(id) {
  return directory.topics?.[id] ?? id;
}

function renderDirectory() {
  const body = $('agency-body');
  clear(body);
  if (directory.agencies.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: '6' }, emptyState('Chưa có cơ quan nào trong danh bạ.'))));
    return;
  }
  for (const { agency, placeName, persons } of directory.agencies) {
    body.append(el('tr', { dataset: { agency: agency.id } },
      el('th', { scope: 'row' }, agency.name),
      el('td', {}, LEVEL[agency.level] ?? agency.level),
      el('td', {}, placeName),
      el('td', {}, agency.topics.length ? agency.topics.map(topicName).join('; ') : el('span', { class: 'muted' }, 'mọi chủ đề')),
      el('td', {}, persons.length ? el('ul', { class: 'plain-list' }, persons.map((p) => el('li', {},
        el('strong', {}, p.name), p.position ? `, ${p.position}` : '', el('br'),
        el('a', { href: `mailto:${p.email}` }, p.email), p.phone ? ` · ${p.phone}` : '',
        isAdmin() ? [' ', button('Sửa', () => editPerson(p), `Sửa người phát ngôn ${p.name}`),
          button('Xóa', () => removePerson(p), `Xóa người phát ngôn ${p.name}`)] : null)))
        : el('span', { class: 'muted' }, 'Chưa có người phát ngôn')),
      el('td', {}, isAdmin() ? [button('Sửa', () => editAgency(agency), `Sửa cơ quan ${agency.name}`),
        button('Xóa', () => removeAgency(agency), `Xóa cơ quan ${agency.name}`)] : null)));
  }
}

function button(text, onClick, label) {
  return el('button', { type: 'button', class: 'btn btn-ghost btn-small', 'aria-label': label, on: { click: onClick } }, text);
}

// the form's choices: agencies for a new spokesperson, topics as suggestions
function fillChoices() {
  const select = $('person-agency');
  const current = select.value;
  clear(select, directory.agencies.map(({ agency }) => el('option', { value: agency.id }, agency.name)));
  if (current) select.value = current;
  clear($('topic-choices'), Object.entries(directory.topics ?? {}).map(([id, name]) => el('option', { value: id }, name)));
}

function agencyDraft() {
  const f = $('agency-form').elements;
  return {
    name: f.name.value.trim(), level: f.level.value, place: f.place.value.trim(),
    topics: f.topics.value.split(/[|;,]/).map((t) => t.trim()).filter(Boolean),
  };
}

async function saveAgency(e) {
  e.preventDefault();
  await change($('agency-error'), async () => {
    const a = editingAgency ? await spokesApi.editAgency(editingAgency, agencyDraft()) : await spokesApi.addAgency(agencyDraft());
    notify(`Đã lưu cơ quan ${a.name}.`, 'ok');
    resetAgencyForm();
  });
}

function editAgency(a) {
  editingAgency = a.id;
  const f = $('agency-form').elements;
  f.name.value = a.name;
  f.level.value = a.level;
  f.place.value = a.placeId;
  f.topics.value = a.topics.join('|');
  $('agency-submit').textContent = 'Lưu thay đổi';
  $('agency-cancel').hidden = false;
  f.name.focus();
}

function resetAgencyForm() {
  editingAgency = null;
  $('agency-form').reset();
  $('agency-submit').textContent = 'Thêm cơ quan';
  $('agency-cancel').hidden = true;
}

async function removeAgency(a) {
  if (!window.confirm(`Xóa ${a.name} và những người phát ngôn của cơ quan này khỏi danh bạ?`)) return;
  await change(null, async () => {
    await spokesApi.removeAgency(a.id);
    notify(`Đã xóa ${a.name}.`, 'ok');
  });
}

async function savePerson(e) {
  e.preventDefault();
  const f = $('person-form').elements;
  const draft = { agencyId: f.agencyId.value, name: f.name.value.trim(), position: f.position.value.trim(),
    email: f.email.value.trim(), phone: f.phone.value.trim() };
  await change($('person-error'), async () => {
    const p = editingPerson ? await spokesApi.editPerson(editingPerson, draft) : await spokesApi.addPerson(draft);
    notify(`Đã lưu người phát ngôn ${p.name}.`, 'ok');
    resetPersonForm();
  });
}

function editPerson(p) {
  editingPerson = p.id;
  const f = $('person-form').elements;
  f.agencyId.value = p.agencyId;
  f.name.value = p.name;
  f.position.value = p.position ?? '';
  f.email.value = p.email;
  f.phone.value = p.phone ?? '';
  $('person-submit').textContent = 'Lưu thay đổi';
  $('person-cancel').hidden = false;
  f.name.focus();
}

function resetPersonForm() {
  editingPerson = null;
  $('person-form').reset();
  $('person-submit').textContent = 'Thêm người phát ngôn';
  $('person-cancel').hidden = true;
}

async function removePerson(p) {
  if (!window.confirm(`Xóa ${p.name} khỏi danh bạ?`)) return;
  await change(null, async () => {
    await spokesApi.removePerson(p.id);
    notify(`Đã xóa ${p.name}.`, 'ok');
  });
}

// the file is read here and sent as text; the server checks it line by line and says which lines it left out
async function importFile(e) {
  e.preventDefault();
  const file = $('spokes-file').files[0];
  const report = $('spokes-import-report');
  if (!file) return;
  await change(null, async () => {
    const r = await spokesApi.importCsv(await file.text());
    clear(report, el('p', {}, `Đã nhập ${r.agencies} cơ quan, ${r.persons} người phát ngôn; bỏ qua ${r.rejected.length} dòng.`),
      r.rejected.length ? el('ul', { class: 'import-rejected' }, r.rejected.map((x) => el('li', {}, `Dòng ${x.line}: ${x.reason}`))) : null);
    report.hidden = false;
  });
}

async function change(errorBox, call) {
  if (errorBox) errorBox.hidden = true;
  try {
    await call();
    loadSpokes();
  } catch (err) {
    if (errorBox) {
      errorBox.textContent = err.message;
      errorBox.hidden = false;
    } else {
      notify(err.message, 'error');
    }
  }
}

/** A table of requests: status, agency, (alert), deadline, the response; staff record the response of open ones. */
function renderRequests(container, requests, { withAlert = false, onChange } = {}) {
  if (requests.length === 0) {
    clear(container, el('p', { class: 'muted' }, 'Chưa có yêu cầu phản hồi nào.'));
    return;
  }
  clear(container, el('table', { class: 'data-table responses-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Trạng thái'), el('th', { scope: 'col' }, 'Cơ quan'),
      withAlert ? el('th', { scope: 'col' }, 'Vấn đề') : null, el('th', { scope: 'col' }, 'Hạn phản hồi'),
      el('th', { scope: 'col' }, 'Phản hồi'))),
    el('tbody', {}, requests.map(({ request: r, status, statusLabel }) => el('tr', { dataset: { request: r.id } },
      el('td', {}, el('span', { class: `badge ${STATUS_CLASS[status] ?? ''}` }, statusLabel)),
      el('td', {}, r.agencyName, el('br'), el('span', { class: 'muted small' }, `${r.requestedBy}, `, timeEl(r.requestedAt),
        r.mailedTo.length ? ` · đã gửi thư tới ${r.mailedTo.join(', ')}` : ' · chưa gửi được thư')),
      withAlert ? el('td', {}, el('a', { href: `/?alert=${encodeURIComponent(r.alertId)}#canh-bao` }, r.alertTitle)) : null,
      el('td', {}, timeEl(r.due), r.remindedAt ? el('span', { class: 'muted small' }, ' (đã nhắc)') : null),
      el('td', {}, r.response ? responseText(r.response)
        : canAct() ? answerForm(r, onChange ?? (() => loadSpokes())) : el('span', { class: 'muted' }, '—')))))));
}

function responseText(resp) {
  return [el('span', { class: 'muted small' }, resp.channel, ', ', timeEl(resp.at),
    resp.spokespersonName ? `, ${resp.spokespersonName}` : ''), el('br'),
  resp.text ? el('span', {}, resp.text) : null, resp.link ? [' ', externalLink(resp.link, 'Văn bản phản hồi ↗', 'ext-link')] : null];
}

function answerForm(r, onChange) {
  const channel = el('select', { name: 'channel', required: true }, (directory.channels ?? []).map((c) => el('option', { value: c }, c)));
  const at = el('input', { type: 'datetime-local', name: 'at' });
  const text = el('textarea', { name: 'text', rows: '2', maxlength: '4000', placeholder: 'nội dung phản hồi' });
  const link = el('input', { type: 'url', name: 'link', placeholder: 'https://… (nếu có)' });
  const person = el('select', { name: 'spokespersonId' }, el('option', { value: '' }, '— người phát ngôn —'),
    (directory.agencies.find((a) => a.agency.id === r.agencyId)?.persons ?? []).map((p) => el('option', { value: p.id }, p.name)));
  return el('form', { class: 'alert-form answer-form', on: { submit: async (e) => {
    e.preventDefault();
    try {
      await spokesApi.answer(r.id, { at: at.value, channel: channel.value, text: text.value.trim(), link: link.value.trim(), spokespersonId: person.value });
      notify(`Đã ghi nhận phản hồi của ${r.agencyName}.`, 'ok');
      onChange();
    } catch (err) {
      notify(err.message, 'error');
    }
  } } },
  el('label', {}, 'Hình thức ', channel), ' ', el('label', {}, 'lúc ', at), ' ', person, el('br'), text, ' ', link, ' ',
  el('button', { type: 'submit', class: 'btn btn-secondary' }, 'Ghi nhận phản hồi'));
}

/**
 * The alert detail's section: the agencies responsible (topic and place, with why and their spokespersons), the
 * requests made from this alert, and for staff the form that makes one.
 */
export function responsibleSection(alert) {
  const agencies = el('ul', { class: 'plain-list responsible-list' }, el('li', { class: 'muted' }, 'Đang tải…'));
  const requests = el('div', { class: 'responses' });
  const form = canAct() ? requestForm(alert, () => loadRequests(alert, requests)) : null;
  const choices = form?.querySelector('select[name="agencyId"]');
  spokesApi.agenciesFor(alert.id)
    .then(({ agencies: routed }) => {
      clear(agencies, routed.length ? routed.map(({ agency, why, persons }) => el('li', {},
        el('strong', {}, agency.name), ' — ', el('span', { class: 'muted small' }, why),
        persons.length ? el('div', { class: 'small' }, persons.map((p) => `${p.name} (${p.position || 'người phát ngôn'}) ${p.email}${p.phone ? ` · ${p.phone}` : ''}`).join('; ')) : null))
        : el('li', { class: 'muted' }, 'Chưa có cơ quan nào trong danh bạ phụ trách chủ đề và địa bàn này.'));
      if (choices) {
        clear(choices, routed.map(({ agency }) => el('option', { value: agency.id }, agency.name)));
        return spokesApi.directory().then((dir) => {
          directory = dir;
          const others = dir.agencies.filter(({ agency }) => !routed.some((x) => x.agency.id === agency.id));
          if (others.length) choices.append(el('optgroup', { label: 'Cơ quan khác' }, others.map(({ agency }) => el('option', { value: agency.id }, agency.name))));
        });
      }
      return null;
    })
    .catch((err) => clear(agencies, el('li', { class: 'muted' }, err.message)));
  loadRequests(alert, requests);
  return el('section', { class: 'detail-section spokes-section' }, el('h4', {}, 'Cơ quan chịu trách nhiệm'), agencies,
    el('h5', {}, 'Yêu cầu phản hồi chính thức'), requests, form);
}

function loadRequests(alert, container) {
  spokesApi.requests({ alert: alert.id })
    .then(({ requests }) => renderRequests(container, requests, { onChange: () => loadRequests(alert, container) }))
    .catch((err) => clear(container, el('p', { class: 'muted' }, err.message)));
}

function requestForm(alert, onDone) {
  const agency = el('select', { name: 'agencyId', required: true });
  const due = el('input', { type: 'datetime-local', name: 'due', required: true });
  const note = el('input', { name: 'note', autocomplete: 'off', maxlength: '4000', placeholder: 'nội dung đề nghị, ví dụ: thông tin số hộ phải di dời' });
  return el('form', { class: 'alert-form request-form', on: { submit: async (e) => {
    e.preventDefault();
    try {
      const { request: r } = await spokesApi.requestResponse(alert.id, { agencyId: agency.value, due: due.value, note: note.value.trim() });
      notify(r.mailedTo.length ? `Đã gửi đề nghị phản hồi tới ${r.agencyName} (${r.mailedTo.join(', ')}).`
        : `Đã ghi đề nghị phản hồi tới ${r.agencyName}, nhưng chưa gửi được thư: cơ quan chưa có địa chỉ thư.`, 'ok');
      e.target.reset();
      onDone();
    } catch (err) {
      notify(err.message, 'error');
    }
  } } },
  el('label', {}, 'Đề nghị ', agency), ' ', el('label', {}, 'phản hồi trước ', due), ' ', el('label', {}, 'nội dung ', note), ' ',
  el('button', { type: 'submit', class: 'btn btn-secondary' }, 'Gửi đề nghị phản hồi'));
}
