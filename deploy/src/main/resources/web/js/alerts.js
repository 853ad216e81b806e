// The "Cảnh báo" view: the live alert list, why each alert fired, and the acknowledge/resolve actions.
import { api } from './api.js';
import { el, clear, timeEl, emptyState, notify, formatNumber } from './dom.js';
import { alertStatusName, severityName, topicName, SEVERITY_RANK } from './labels.js';
import { changeSection } from './diff.js';
import { severityBadge, statusBadge, signalTable, articleList, cssId } from './widgets.js';
import { requestArticle } from './article.js';
import { responsibleSection } from './spokes.js';

const HIGHLIGHT_MS = 6000;

const state = {
  filter: 'firing', // '' = every status
  alerts: new Map(),
  nodes: new Map(),
  expanded: new Set(),
  fresh: new Map(), // id -> time it arrived or changed on the stream
  unseen: new Set(), // arrived while the user was scrolled down
  canAct: true,
  loaded: false,
};

let list;
let summary;
let newPill;
let status;

export function initAlerts({ role }) {
  state.canAct = role !== 'viewer';
  list = document.getElementById('alert-list');
  summary = document.getElementById('alert-summary');
  newPill = document.getElementById('alert-new');
  status = document.getElementById('alert-status');
  for (const radio of document.querySelectorAll('input[name="alert-filter"]')) {
    radio.addEventListener('change', () => {
      state.filter = radio.value;
      loadAlerts();
    });
  }
  document.getElementById('alert-refresh').addEventListener('click', () => loadAlerts());
  newPill.addEventListener('click', () => {
    list.scrollIntoView({ behavior: 'smooth', block: 'start' });
    const first = list.querySelector('.alert-toggle');
    first?.focus({ preventScroll: true });
    clearUnseen();
  });
  window.addEventListener('scroll', () => {
    if (state.unseen.size && listTopVisible()) clearUnseen();
  }, { passive: true });
}

export async function loadAlerts() {
  status.textContent = 'Đang tải…';
  try {
    const body = await api.alerts(state.filter || undefined);
    state.alerts = new Map((body.alerts ?? []).map((a) => [a.id, a]));
    state.loaded = true;
    status.textContent = '';
    render();
  } catch (err) {
    status.textContent = '';
    if (!state.loaded) clear(list, emptyState(err.message, 'error'));
    else notify(err.message, 'error');
  }
}

/** An alert from the live stream, new or updated: replace by id and highlight it for a moment. */
export function receiveAlert(alert) {
  const known = state.alerts.get(alert.id);
  if (known && Number(known.revision ?? 0) > Number(alert.revision ?? 0)) return; // an older copy arrived late
  if (!known && !matchesFilter(alert)) return;
  state.alerts.set(alert.id, alert);
  state.fresh.set(alert.id, Date.now());
  if (!known && !listTopVisible()) state.unseen.add(alert.id);
  if (!known && alert.severity === 'urgent') notify(`Cảnh báo khẩn: ${alert.title ?? ''}`, 'urgent');
  render();
  setTimeout(() => {
    state.fresh.delete(alert.id);
    state.nodes.get(alert.id)?.classList.remove('fresh');
  }, HIGHLIGHT_MS);
}

const matchesFilter = (alert) => !state.filter || alert.status === state.filter;

function listTopVisible() {
  return list.getBoundingClientRect().top > -40;
}

function clearUnseen() {
  state.unseen.clear();
  newPill.hidden = true;
}

function sorted() {
  // live feed: what changed last on top; among equals the most severe first
  return [...state.alerts.values()].sort((a, b) =>
    time(b.lastSeen ?? b.updatedAt) - time(a.lastSeen ?? a.updatedAt)
    || (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9));
}

const time = (v) => (v ? new Date(v).getTime() || 0 : 0);

function render() {
  renderSummary();
  const alerts = sorted();
  if (alerts.length === 0) {
    state.nodes.clear();
    clear(list, emptyState(state.filter
      ? `Không có cảnh báo nào ở trạng thái “${alertStatusName(state.filter)}”.`
      : 'Chưa có cảnh báo nào.'));
    return;
  }
  list.querySelector(':scope > .state')?.remove();
  const wanted = new Set(alerts.map((a) => a.id));
  for (const [id, node] of state.nodes) {
    if (!wanted.has(id)) {
      node.remove();
      state.nodes.delete(id);
    }
  }
  alerts.forEach((alert, index) => {
    let node = state.nodes.get(alert.id);
    if (!node || node.alertRef !== alert) {
      const fresh = alertItem(alert);
      if (node) replaceKeepingFocus(node, fresh);
      node = fresh;
      state.nodes.set(alert.id, node);
    }
    // move only what is out of place, so a focused button is not detached needlessly
    if (list.children[index] !== node) list.insertBefore(node, list.children[index] ?? null);
  });
  newPill.hidden = state.unseen.size === 0;
  newPill.textContent = `${formatNumber(state.unseen.size)} cảnh báo mới — lên đầu danh sách`;
}

function replaceKeepingFocus(oldNode, newNode) {
  const active = document.activeElement;
  const key = oldNode.contains(active) ? active.dataset.key : null;
  oldNode.replaceWith(newNode);
  if (key) newNode.querySelector(`[data-key="${key}"]`)?.focus();
}

function renderSummary() {
  const firing = [...state.alerts.values()].filter((a) => a.status === 'firing');
  const bySeverity = (s) => firing.filter((a) => a.severity === s).length;
  const total = state.alerts.size;
  clear(summary, 
    el('span', {}, `Đang hiển thị ${formatNumber(total)} cảnh báo`),
    firing.length ? el('span', {}, ` · đang cảnh báo ${formatNumber(firing.length)}: `,
      ['urgent', 'warning', 'info'].filter((s) => bySeverity(s)).map((s, i) => [i ? ', ' : '',
        el('span', { class: `count sev-text-${s}` }, `${severityName(s)} ${formatNumber(bySeverity(s))}`)])) : null);
  document.title = firing.length ? `(${firing.length}) TinRadar — Cảnh báo` : 'TinRadar — Theo dõi thông tin';
}

function alertItem(alert) {
  const id = cssId(alert.id) || 'x';
  const detailId = `alert-detail-${id}`;
  const expanded = state.expanded.has(alert.id);
  const stale = state.filter && alert.status !== state.filter;
  const node = el('li', {
    class: `alert sev-${cssId(alert.severity)} status-${cssId(alert.status)}${state.fresh.has(alert.id) ? ' fresh' : ''}${stale ? ' stale' : ''}`,
    'aria-labelledby': `alert-title-${id}`,
  },
  el('div', { class: 'alert-head' },
    severityBadge(alert.severity),
    el('h3', { class: 'alert-title', id: `alert-title-${id}` },
      el('button', {
        type: 'button', class: 'alert-toggle', 'aria-expanded': String(expanded), 'aria-controls': detailId, dataset: { key: 'toggle' },
        on: { click: (e) => toggle(alert.id, e.currentTarget) },
      }, alert.title || '(không có tiêu đề)')),
    statusBadge(alert.status),
    state.fresh.has(alert.id) ? el('span', { class: 'badge badge-new' }, 'Mới cập nhật') : null),
  el('div', { class: 'meta alert-meta' },
    alert.place ? el('span', {}, el('span', { class: 'meta-key' }, 'Địa bàn: '), alert.place) : null,
    alert.topic ? el('span', {}, el('span', { class: 'meta-key' }, 'Chủ đề: '), topicName(alert.topic)) : null,
    el('span', {}, el('span', { class: 'meta-key' }, 'Xuất hiện: '), timeEl(alert.firstSeen)),
    el('span', {}, el('span', { class: 'meta-key' }, 'Gần nhất: '), timeEl(alert.lastSeen, { relative: true })),
    el('span', {}, `${formatNumber(alert.articles?.length ?? 0)} bài viết`)),
  alert.summary ? el('p', { class: 'alert-summary' }, alert.summary) : null,
  stale ? el('p', { class: 'note' }, `Đã chuyển sang “${alertStatusName(alert.status)}”; sẽ rời danh sách khi tải lại.`) : null,
  el('div', { class: 'alert-detail', id: detailId, hidden: !expanded }, expanded ? detail(alert) : null));
  node.alertRef = alert;
  return node;
}

function toggle(id, button) {
  const open = !state.expanded.has(id);
  if (open) state.expanded.add(id);
  else state.expanded.delete(id);
  button.setAttribute('aria-expanded', String(open));
  const box = document.getElementById(button.getAttribute('aria-controls'));
  box.hidden = !open;
  if (open && !box.firstChild) clear(box, detail(state.alerts.get(id)));
}

function detail(alert) {
  return [
    changeSection(alert),
    el('section', { class: 'detail-section' }, el('h4', {}, 'Vì sao cảnh báo'),
      alert.rule ? el('p', { class: 'muted small' }, 'Quy tắc: ', el('code', {}, alert.rule)) : null,
      signalTable(alert.signals, 'Tín hiệu dẫn đến cảnh báo')),
    el('section', { class: 'detail-section' }, el('h4', {}, 'Đề xuất xử lý'),
      el('p', { class: 'suggestion' }, alert.suggestedAction || 'Chưa có đề xuất.')),
    el('section', { class: 'detail-section' }, el('h4', {}, `Bài viết liên quan (${formatNumber(alert.articles?.length ?? 0)})`),
      articleList(alert.articles, requestArticle),
      alert.storyId ? el('p', {}, el('button', {
        type: 'button', class: 'btn btn-secondary', on: {
          click: () => document.dispatchEvent(new CustomEvent('tinradar:open-story', { detail: { id: alert.storyId } })),
        },
      }, 'Xem toàn bộ sự kiện'), ' ', state.canAct ? el('button', {
        type: 'button', class: 'btn btn-secondary', dataset: { key: 'open-incident' }, on: {
          click: () => document.dispatchEvent(new CustomEvent('tinradar:open-incident', { detail: { alertId: alert.id } })),
        },
      }, 'Mở sự cố') : null) : null),
    el('div', { class: 'alert-actions' },
      alert.ackBy ? el('p', { class: 'muted' }, `Tiếp nhận bởi ${alert.ackBy} lúc `, timeEl(alert.ackAt)) : null,
      state.canAct && alert.status === 'firing'
        ? el('button', { type: 'button', class: 'btn btn-primary', dataset: { key: 'ack' }, on: { click: (e) => act(alert, 'ack', e.currentTarget) } }, 'Tiếp nhận')
        : null,
      state.canAct && alert.status !== 'resolved'
        ? el('button', { type: 'button', class: 'btn btn-secondary', dataset: { key: 'resolve' }, on: { click: (e) => act(alert, 'resolve', e.currentTarget) } }, 'Đã xử lý')
        : null,
      !state.canAct ? el('p', { class: 'muted' }, 'Tài khoản chỉ xem: không tiếp nhận hay đóng cảnh báo được.') : null),
    state.canAct && alert.status !== 'resolved' ? assignForm(alert) : null,
    state.canAct && alert.status !== 'resolved' ? silenceForm(alert) : null,
    responsibleSection(alert),
    auditSection(alert),
  ];
}

const AUDIT_ACTION = {
  acknowledged: 'Tiếp nhận',
  resolved: 'Đóng (đã xử lý)',
  assigned: 'Giao xử lý',
  silenced: 'Tạm ngừng gửi thư',
};

// Who did what to this alert and when, oldest first; loaded when the detail opens.
function auditSection(alert) {
  const list = el('ol', { class: 'audit-list' }, el('li', { class: 'muted' }, 'Đang tải…'));
  api.audit(alert.id)
    .then(({ audit }) => clear(list, audit.length
      ? audit.map((entry) => el('li', {}, timeEl(entry.at), ' — ', AUDIT_ACTION[entry.action] ?? entry.action,
        ' bởi ', entry.user, entry.detail ? ` (${entry.detail})` : ''))
      : el('li', { class: 'muted' }, 'Chưa có thao tác nào.')))
    .catch((err) => clear(list, el('li', { class: 'muted' }, err.message)));
  return el('section', { class: 'detail-section' }, el('h4', {}, 'Lịch sử xử lý'), list);
}

// Give the alert to a staff member with a response deadline; they are mailed now and again if it passes.
function assignForm(alert) {
  const assignee = el('input', { name: 'assignee', required: true, autocomplete: 'off', placeholder: 'tên đăng nhập của cán bộ' });
  const due = el('input', { type: 'datetime-local', name: 'due' });
  return el('form', { class: 'alert-form', on: { submit: (e) => submit(e, () => api.assign(alert.id, assignee.value.trim(), due.value),
    (a) => `Đã giao cho ${a.assignee}${a.dueBy ? `, hạn ${new Date(a.dueBy).toLocaleString('vi-VN')}` : ''}.`) } },
  el('label', {}, 'Giao cho ', assignee), ' ', el('label', {}, 'hạn phản hồi ', due), ' ',
  el('button', { type: 'submit', class: 'btn btn-secondary' }, 'Giao xử lý'));
}

// Stop the mails about this alert for a while (it stays in the list); ends by itself when the alert is resolved.
function silenceForm(alert) {
  const minutes = el('select', { name: 'minutes' },
    [[60, '1 giờ'], [240, '4 giờ'], [1440, '1 ngày'], [10080, '7 ngày']].map(([v, t]) => el('option', { value: v }, t)));
  const reason = el('input', { name: 'reason', autocomplete: 'off', placeholder: 'lý do, ví dụ: đang xác minh' });
  return el('form', { class: 'alert-form', on: { submit: (e) => submit(e, () => api.silence(alert.id, minutes.value, reason.value.trim()),
    () => 'Đã tạm dừng gửi thông báo về cảnh báo này.') } },
  el('label', {}, 'Tạm dừng thông báo trong ', minutes), ' ', el('label', {}, 'vì ', reason), ' ',
  el('button', { type: 'submit', class: 'btn btn-ghost' }, 'Tạm dừng'));
}

async function submit(event, call, message) {
  event.preventDefault();
  const button = event.currentTarget.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    notify(message(await call()), 'ok');
  } catch (err) {
    notify(err.message, 'error');
  } finally {
    button.disabled = false;
  }
}

async function act(alert, action, button) {
  if (action === 'resolve' && !window.confirm(`Đánh dấu “${alert.title ?? ''}” là đã xử lý?`)) return;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    const updated = action === 'ack' ? await api.acknowledge(alert.id) : await api.resolve(alert.id);
    const merged = updated && updated.id ? updated : { ...alert, status: action === 'ack' ? 'acknowledged' : 'resolved' };
    state.alerts.set(merged.id, merged);
    notify(action === 'ack' ? 'Đã tiếp nhận cảnh báo.' : 'Đã đánh dấu cảnh báo là đã xử lý.', 'ok');
    render();
    state.nodes.get(merged.id)?.querySelector('.alert-toggle')?.focus();
  } catch (err) {
    notify(err.message, 'error');
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}
