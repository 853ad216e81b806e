// DOM building and formatting. Every string from the API reaches the page through text nodes
// (el() children, textContent); the only markup accepted is <mark> inside search snippets.

/**
 * Creates an element. attrs: plain attributes, plus `class`, `text`, `dataset`, `on` (event map) and
 * boolean properties (hidden, disabled). Children may be strings (become text), nodes, null or arrays.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
    // through the CSSOM: the page's content policy refuses style attributes set as markup
    else if (key === 'style') node.style.cssText = String(value);
    else if (key === 'hidden' || key === 'disabled' || key === 'checked' || key === 'selected') node[key] = Boolean(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * Empties a node and fills it with `children` the way el() does: arrays are flattened and null is skipped
 * (Element.append would print an array or null as text).
 */
export const clear = (node, ...children) => {
  node.replaceChildren();
  append(node, children);
  return node;
};

/** Only http(s) links from the API become hrefs: a `javascript:` URL in a crawled page must not run. */
export function safeUrl(url) {
  try {
    const parsed = new URL(String(url ?? ''), location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link that opens the original article in a new tab, or plain text when the URL is not web. */
export function externalLink(url, text, cls) {
  const href = safeUrl(url);
  if (!href) return el('span', { class: cls }, text);
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer', class: cls }, text);
}

/**
 * Turns a search snippet into nodes, keeping <mark> and nothing else. The server escapes the text
 * already; this parses it in an inert document (no scripts, no image loads) and rebuilds it from text.
 */
export function snippetNodes(html) {
  const doc = new DOMParser().parseFromString(`<body>${String(html ?? '')}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  const walk = (from, into) => {
    for (const child of from.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.append(document.createTextNode(child.data));
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === 'MARK') {
          const mark = document.createElement('mark');
          walk(child, mark);
          into.append(mark);
        } else if (!['SCRIPT', 'STYLE', 'TEMPLATE'].includes(child.tagName)) {
          walk(child, into);
        }
      }
    }
  };
  walk(doc.body, out);
  return out;
}

const ZONE = 'Asia/Ho_Chi_Minh';
const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
const relativeFormat = new Intl.RelativeTimeFormat('vi', { numeric: 'auto' });

const toDate = (value) => {
  if (value == null || value === '') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
};

const parts = (d) => Object.fromEntries(dateTimeFormat.formatToParts(d).map((p) => [p.type, p.value]));

/** dd/MM/yyyy HH:mm in Vietnam time, whatever the browser's zone (vi-VN alone puts the time first). */
export function formatDateTime(value) {
  const d = toDate(value);
  if (!d) return '—';
  const p = parts(d);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

export function formatDate(value) {
  const d = toDate(value);
  if (!d) return '—';
  const p = parts(d);
  return `${p.day}/${p.month}/${p.year}`;
}

export function formatTime(value) {
  const d = toDate(value);
  if (!d) return '—';
  const p = parts(d);
  return `${p.hour}:${p.minute}`;
}

/** "5 phút trước", for lists watched all day; the exact time stays in the tooltip. */
export function formatRelative(value, now = Date.now()) {
  const d = toDate(value);
  if (!d) return '';
  const seconds = Math.round((d.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'vừa xong';
  if (abs < 3600) return relativeFormat.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
  if (abs < 86400 * 30) return relativeFormat.format(Math.round(seconds / 86400), 'day');
  return formatDate(d);
}

/** A <time> with dd/MM/yyyy HH:mm as text and the machine value as datetime. */
export function timeEl(value, { relative = false } = {}) {
  const d = toDate(value);
  if (!d) return el('span', { class: 'muted' }, '—');
  const absolute = formatDateTime(d);
  return el('time', { datetime: d.toISOString(), title: absolute, 'data-relative': relative ? '1' : null },
    relative ? `${formatRelative(d)} (${absolute})` : absolute);
}

/** "5 phút trước" goes stale on a page left open all day: rewrite those texts every minute. */
export function refreshRelativeTimes(root = document) {
  for (const t of root.querySelectorAll('time[data-relative]')) {
    t.textContent = `${formatRelative(t.dateTime)} (${formatDateTime(t.dateTime)})`;
  }
}

const numberFormat = new Intl.NumberFormat('vi-VN');
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2, minimumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });
export const formatNumber = (n) => (n == null || Number.isNaN(Number(n)) ? '—' : numberFormat.format(Number(n)));
export const formatDecimal = (n) => (n == null || Number.isNaN(Number(n)) ? '—' : decimalFormat.format(Number(n)));
export const formatPercent = (n) => (n == null || Number.isNaN(Number(n)) ? '—' : percentFormat.format(Number(n)));

/** Announces a short message to screen readers and shows it as a toast for a few seconds. */
export function notify(message, kind = 'info') {
  const box = document.getElementById('toasts');
  if (!box) return;
  const toast = el('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  box.append(toast);
  setTimeout(() => toast.remove(), kind === 'error' ? 8000 : 4000);
}

/** An empty-state or error line inside a list. */
export const emptyState = (text, kind = 'empty') => el('p', { class: `state state-${kind}` }, text);
