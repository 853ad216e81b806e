// The word diff of an edited article, as the rule article-changed writes it in its signals' evidence:
// [-taken out-] and {+put in+} around the changed words. Built from text nodes only, never from HTML.
import { el } from './dom.js';

const MARK = /\[-([\s\S]*?)-\]|\{\+([\s\S]*?)\+\}/g;

/** The evidence as nodes: taken-out words struck through (<del>), put-in words underlined (<ins>). */
export function diffNodes(text) {
  const out = [];
  let at = 0;
  const source = String(text ?? '');
  for (const m of source.matchAll(MARK)) {
    if (m.index > at) out.push(document.createTextNode(source.slice(at, m.index)));
    out.push(m[1] !== undefined
      ? el('del', { title: 'Đã bỏ' }, m[1])
      : el('ins', { title: 'Đã thêm' }, m[2]));
    at = m.index + m[0].length;
  }
  if (at < source.length) out.push(document.createTextNode(source.slice(at)));
  return out;
}

/** The "what changed after publication" section of an alert's detail, or null when it has no diff or takedown. */
export function changeSection(alert) {
  const signals = alert.signals || [];
  const find = (name) => signals.find((s) => s.name === name);
  const removed = find('removed');
  const title = find('title-diff');
  const body = find('body-diff');
  if (!removed && !title && !body) return null;
  return el('section', { class: 'detail-section article-change' },
    el('h4', {}, 'Thay đổi sau khi đăng'),
    removed ? el('p', { class: 'takedown' }, removed.evidence) : null,
    title ? el('div', {}, el('p', { class: 'muted small' }, 'Tiêu đề (chữ gạch: đã bỏ; chữ gạch chân: đã thêm)'),
      el('p', { class: 'diff diff-title' }, diffNodes(title.evidence))) : null,
    body ? el('div', {}, el('p', { class: 'muted small' }, 'Nội dung (chỉ các đoạn thay đổi, "…" là phần giữ nguyên)'),
      el('p', { class: 'diff diff-body' }, diffNodes(body.evidence))) : null);
}
