// The admin page for accounts: lists them, adds one, changes role, disables, resets a password, shows the audit
// trail. A file of its own because the content policy allows no inline script; every change carries the session's
// anti-forgery token, which api.me() learns.
import { api } from './api.js';
import { el, formatDateTime } from './dom.js';
import { roleName } from './labels.js';

const ACTIONS = {
  add: 'Thêm tài khoản',
  role: 'Đổi vai trò',
  disable: 'Khóa',
  enable: 'Mở khóa',
  reset: 'Đặt lại mật khẩu',
  password: 'Tự chọn mật khẩu mới',
};

const message = document.getElementById('users-message');

function say(text, isError = false) {
  message.textContent = text;
  message.classList.toggle('state-error', isError);
  message.hidden = false;
}

async function act(work, done) {
  try {
    const result = await work();
    say(done(result));
    await load();
  } catch (err) {
    say(err.message, true);
  }
}

function roleSelect(user) {
  const select = el('select', { 'aria-label': `Vai trò của ${user.name}` },
    ...['viewer', 'staff', 'admin'].map((r) => el('option', { value: r }, roleName(r))));
  select.value = user.role;
  select.addEventListener('change', () => act(() => api.changeRole(user.name, select.value),
    () => `Đã đổi vai trò của ${user.name} thành ${roleName(select.value).toLowerCase()}.`));
  return select;
}

function row(user) {
  if (user.source === 'config') {
    return el('tr', {}, el('th', { scope: 'row' }, user.name), el('td', {}, roleName(user.role)),
      el('td', {}, 'Khai báo trong tệp cấu hình'), el('td', {}, '—'), el('td', {}, '—'));
  }
  const state = user.disabled ? 'Đã khóa' : user.mustChangePassword ? 'Chờ đổi mật khẩu' : 'Đang dùng';
  const toggle = el('button', { type: 'button', class: 'btn btn-small btn-secondary' },
    user.disabled ? 'Mở khóa' : 'Khóa');
  toggle.addEventListener('click', () => act(
    () => (user.disabled ? api.enableUser(user.name) : api.disableUser(user.name)),
    () => (user.disabled ? `Đã mở khóa ${user.name}.` : `Đã khóa ${user.name}.`)));
  const reset = el('button', { type: 'button', class: 'btn btn-small btn-ghost' }, 'Đặt lại mật khẩu');
  reset.addEventListener('click', () => {
    if (!window.confirm(`Đặt lại mật khẩu của ${user.name}? Mật khẩu hiện tại sẽ không dùng được nữa.`)) return;
    act(() => api.resetPassword(user.name),
      (r) => `Mật khẩu tạm của ${user.name}: ${r.temporaryPassword} — hãy chuyển cho người dùng; `
        + 'khi đăng nhập, họ sẽ phải chọn mật khẩu mới. Mật khẩu tạm chỉ hiện một lần.');
  });
  return el('tr', {}, el('th', { scope: 'row' }, user.name), el('td', {}, roleSelect(user)), el('td', {}, state),
    el('td', {}, `${formatDateTime(user.changedAt)} (${user.changedBy})`), el('td', {}, toggle, ' ', reset));
}

async function load() {
  const [{ users }, { changes }] = await Promise.all([api.users(), api.userAudit()]);
  document.getElementById('users-body').replaceChildren(...users.map(row));
  document.getElementById('audit-body').replaceChildren(...changes.map((c) => el('tr', {},
    el('td', {}, formatDateTime(c.at)), el('td', {}, c.by), el('td', {}, c.user),
    el('td', {}, ACTIONS[c.action] ?? c.action, c.detail ? `: ${roleName(c.detail)}` : ''))));
}

async function main() {
  try {
    await api.me();
    await load();
  } catch (err) {
    say(err.message, true);
    return;
  }
  const form = document.getElementById('add-user');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    act(() => api.addUser(data.get('name'), data.get('role'), data.get('password')), (u) => {
      form.reset();
      return `Đã thêm tài khoản ${u.name} (${roleName(u.role).toLowerCase()}).`;
    });
  });
}

main();
