// The "Kiểm chứng" view: the official verdicts on circulating claims (ClaimReview), which the analysis matches
// new articles against. Staff add a verdict with its correction link, and withdraw one that no longer applies;
// read-only accounts see the list only.
import { api } from './api.js';
import { el, clear, emptyState, externalLink, formatDate, formatDateTime, formatTime, notify } from './dom.js';
import { VERDICT, verdictName } from './labels.js';

let body;
let stamp;
let form;
let errorBox;
let canEdit = false;
let loaded = false;

export function initClaims({ role }) {
  body = document.getElementById('claim-body');
  stamp = document.getElementById('claim-stamp');
  form = document.getElementById('claim-form');
  errorBox = document.getElementById('claim-error');
  canEdit = role === 'admin' || role === 'staff';
  for (const [value, text] of Object.entries(VERDICT)) form.elements.verdict.append(el('option', { value }, text));
  form.hidden = !canEdit;
  form.addEventListener('submit', submit);
  document.getElementById('claim-refresh').addEventListener('click', () => loadClaims());
}

async function submit(e) {
  e.preventDefault();
  errorBox.hidden = true;
  const f = form.elements;
  const claim = {
    claimReviewed: f.claimReviewed.value.trim(),
    verdict: f.verdict.value,
    reviewedBy: f.reviewedBy.value.trim(),
    reviewDate: f.reviewDate.value,
    correctionUrl: f.correctionUrl.value.trim(),
  };
  try {
    const added = await api.addClaim(claim);
    notify(`Đã thêm kết luận “${verdictName(added.verdict)}”: các bài mới giống nội dung này sẽ được đánh dấu.`);
    form.reset();
    loadClaims();
  } catch (err) {
    errorBox.textContent = err.message;
    errorBox.hidden = false;
  }
}

export async function loadClaims() {
  stamp.textContent = 'Đang tải…';
  try {
    const data = await api.claims();
    loaded = true;
    stamp.textContent = `Cập nhật lúc ${formatTime(Date.now())}`;
    render(data.claims ?? []);
  } catch (err) {
    stamp.textContent = '';
    if (!loaded) clear(body, el('tr', {}, el('td', { colspan: '6' }, emptyState(err.message, 'error'))));
    else notify(err.message, 'error');
  }
}

function render(claims) {
  clear(body);
  if (claims.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: '6' }, emptyState('Chưa có kết luận kiểm chứng nào.'))));
    return;
  }
  for (const c of claims) {
    const active = !c.withdrawnAt;
    body.append(el('tr', { class: active ? 'claim' : 'claim claim-withdrawn' },
      el('td', {}, el('q', {}, c.claimReviewed)),
      el('td', {}, el('span', { class: `badge verdict-${c.verdict}` }, verdictName(c.verdict))),
      el('td', {}, c.reviewedBy ?? '—', el('br'), el('span', { class: 'muted small' }, c.reviewDate ? formatDate(c.reviewDate) : '—')),
      el('td', {}, externalLink(c.correctionUrl, 'Xem thông tin chính thức ↗', 'ext-link')),
      el('td', {}, c.addedBy ?? '—', el('br'), el('span', { class: 'muted small' }, formatDateTime(c.addedAt))),
      el('td', {}, active
        ? [el('span', { class: 'muted' }, 'Đang áp dụng'), canEdit ? [' ', withdrawButton(c)] : null]
        : el('span', { class: 'muted' }, `Đã rút lúc ${formatDateTime(c.withdrawnAt)} (${c.withdrawnBy ?? '—'})`))));
  }
}

function withdrawButton(c) {
  return el('button', {
    type: 'button', class: 'btn btn-ghost btn-small', 'aria-label': `Rút kết luận: ${c.claimReviewed}`,
    on: {
      click: async () => {
        if (!window.confirm('Rút kết luận này? Bài mới sẽ không còn được so khớp với nó.')) return;
        try {
          await api.withdrawClaim(c.id);
          notify('Đã rút kết luận.');
          loadClaims();
        } catch (err) {
          notify(err.message, 'error');
        }
      },
    },
  }, 'Rút lại');
}
