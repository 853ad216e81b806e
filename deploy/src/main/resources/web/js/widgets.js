// Small pieces shared by the views: badges, signal tables, article lists.
import { el, externalLink, timeEl, formatDecimal, formatPercent } from './dom.js';
import {
  severityName, alertStatusName, tierName, sentimentName, topicName, signalName, isLowTier,
} from './labels.js';

export const severityBadge = (severity) =>
  el('span', { class: `badge sev-${cssId(severity)}` }, severityName(severity));

export const statusBadge = (status) =>
  el('span', { class: `badge status-${cssId(status)}` }, alertStatusName(status));

export const tierBadge = (tier) =>
  el('span', { class: `badge tier${isLowTier(tier) ? ' tier-low' : ''}`, title: isLowTier(tier) ? 'Nguồn mức tin cậy thấp' : null },
    tierName(tier));

export const sentimentBadge = (sentiment) => {
  if (!sentiment || !sentiment.label) return null;
  return el('span', { class: `badge senti-${cssId(sentiment.label)}` }, sentimentName(sentiment.label));
};

/** Suspicion in [0,1] as a badge: high (≥ 0.6) red, medium (≥ 0.3) amber, low grey. */
export function suspicionBadge(score, { always = false } = {}) {
  if (score == null) return null;
  const value = Number(score);
  if (!always && value < 0.3) return null;
  const level = value >= 0.6 ? 'high' : value >= 0.3 ? 'medium' : 'low';
  return el('span', { class: `badge susp-${level}`, title: 'Mức nghi vấn sai sự thật / có hại' }, `Nghi vấn ${formatPercent(value)}`);
}

export const topicChip = (label, score) =>
  el('span', { class: 'chip chip-static' }, topicName(label), score != null ? el('span', { class: 'chip-count' }, formatPercent(score)) : null);

/** A horizontal bar for a value in [0, max]; decorative, the number stays next to it as text. */
export function meter(value, max = 1, cls = '') {
  const ratio = Math.max(0, Math.min(1, max > 0 ? Number(value) / max : 0));
  return el('span', { class: `meter ${cls}`, 'aria-hidden': 'true' },
    el('span', { class: 'meter-fill', style: `width:${(ratio * 100).toFixed(1)}%` }));
}

/** "Why was this flagged": one row per signal with its weight and the evidence that fired it. */
export function signalTable(signals, caption) {
  if (!signals || signals.length === 0) return el('p', { class: 'muted' }, 'Không có tín hiệu chi tiết.');
  const max = Math.max(1, ...signals.map((s) => Math.abs(Number(s.weight) || 0)));
  return el('table', { class: 'signals' },
    caption ? el('caption', { class: 'visually-hidden' }, caption) : null,
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Tín hiệu'),
      el('th', { scope: 'col' }, 'Trọng số'),
      el('th', { scope: 'col' }, 'Căn cứ'))),
    el('tbody', {}, signals.map((s) => el('tr', {},
      el('th', { scope: 'row' }, signalName(s.name), el('span', { class: 'signal-id' }, s.name)),
      el('td', { class: 'num' }, el('span', { class: 'weight' }, formatDecimal(s.weight), meter(Math.abs(Number(s.weight) || 0), max))),
      el('td', { class: 'evidence' }, s.evidence || '—')))));
}

/** Linked articles of an alert or a story; `onOpen(id)` shows the article's analysis. */
export function articleList(articles, onOpen) {
  if (!articles || articles.length === 0) return el('p', { class: 'muted' }, 'Chưa có bài viết liên kết.');
  return el('ul', { class: 'article-list' }, articles.map((a) => el('li', {},
    el('div', { class: 'article-title' },
      onOpen && a.id
        ? el('button', { type: 'button', class: 'link', on: { click: () => onOpen(a.id) } }, a.title || '(không có tiêu đề)')
        : el('span', {}, a.title || '(không có tiêu đề)'),
      ' ',
      externalLink(a.url, 'Mở bài gốc ↗', 'ext-link')),
    el('div', { class: 'meta' },
      el('span', { class: 'source' }, a.source || '—'), ' ', a.tier ? tierBadge(a.tier) : null, ' ', timeEl(a.published)))));
}

/** Turns an id into something safe inside a class name. */
export const cssId = (value) => String(value ?? 'unknown').toLowerCase().replace(/[^a-z0-9-]/g, '');
