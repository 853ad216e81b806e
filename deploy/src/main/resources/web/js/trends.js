// The "Xu hướng" view: which topics and places are written about more than usual, newest window per
// topic/place with its burst score, and a sparkline of the windows the server returned for it.
import { api } from './api.js';
import { el, clear, emptyState, formatNumber, formatDecimal, formatPercent, formatTime, formatDateTime, notify } from './dom.js';
import { topicName, trendKindName } from './labels.js';
import { meter } from './widgets.js';

const LIMIT = 200;
const SVG = 'http://www.w3.org/2000/svg';

let body;
let stamp;
let watchLine;
let groups = [];
let forecasts = {};
let loaded = false;

export function initTrends() {
  body = document.getElementById('trend-body');
  stamp = document.getElementById('trend-stamp');
  watchLine = document.getElementById('trend-watch');
  document.getElementById('trend-kind').addEventListener('change', render);
  document.getElementById('trend-refresh').addEventListener('click', () => loadTrends());
}

export async function loadTrends() {
  stamp.textContent = 'Đang tải…';
  try {
    const data = await api.trends(LIMIT);
    groups = group(data.trends ?? []);
    forecasts = data.forecasts ?? {};
    showWatch(data.watch);
    loaded = true;
    stamp.textContent = `Cập nhật lúc ${formatTime(Date.now())}`;
    render();
  } catch (err) {
    stamp.textContent = '';
    if (!loaded) clear(body, row(emptyState(err.message, 'error')));
    else notify(err.message, 'error');
  }
}

/**
 * The banner when some partition is not watched for bursts yet (issue 11): "Chưa theo dõi bùng nổ: 24 giờ qua có 5
 * bài/phân vùng, cần 8 (analyze.trend-watch-min-articles-per-day)". Hidden when every known partition is watched.
 */
function showWatch(watch) {
  const blind = (watch?.byPartition ?? []).filter((p) => !p.watchingSince);
  const silent = watch?.unansweredBy ?? [];
  watchLine.hidden = blind.length === 0 && silent.length === 0;
  if (watchLine.hidden) return;
  const parts = [];
  if (blind.length > 0) {
    const counts = blind.map((p) => Number(p.articlesPastDay) || 0);
    const low = Math.min(...counts);
    const high = Math.max(...counts);
    const range = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
    const where = blind.length === watch.partitions ? '' : ` ở ${blind.length}/${watch.partitions} phân vùng`;
    parts.push(`Chưa theo dõi bùng nổ${where}: 24 giờ qua có ${range} bài/phân vùng, cần ${formatNumber(watch.minArticlesPerDay)} (${watch.setting}).`);
  }
  if (silent.length > 0) parts.push(`Máy ${silent.join(', ')} không trả lời kịp: chưa rõ các phân vùng của máy đó đã được theo dõi chưa.`);
  watchLine.textContent = parts.join(' ');
}

/** One entry per kind:key with its windows in time order; the newest window speaks for the group. */
function group(trends) {
  const byKey = new Map();
  for (const t of trends) {
    // the hourly and the daily window of one key are two rows: their counts do not share a scale
    const key = `${t.kind}:${t.key}:${t.window ?? '1h'}`;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(t);
  }
  return [...byKey.values()].map((windows) => {
    windows.sort((a, b) => new Date(a.windowStart) - new Date(b.windowStart));
    return { latest: windows[windows.length - 1], windows };
  });
}

function render() {
  const kind = document.getElementById('trend-kind').value;
  const shown = groups.filter((g) => !kind || g.latest.kind === kind)
    .sort((a, b) => (b.latest.burstScore ?? 0) - (a.latest.burstScore ?? 0));
  clear(body);
  if (shown.length === 0) {
    body.append(row(emptyState('Chưa có số liệu xu hướng.')));
    return;
  }
  const maxBurst = Math.max(1, ...shown.map((g) => Number(g.latest.burstScore) || 0));
  body.append(...shown.map((g) => trendRow(g, maxBurst)));
}

const row = (content) => el('tr', {}, el('td', { colspan: '9' }, content));

function trendRow({ latest: t, windows }, maxBurst) {
  const burst = Number(t.burstScore) || 0;
  const level = burst >= 3 ? 'high' : burst >= 1.5 ? 'medium' : 'low';
  const negShare = t.count ? Number(t.negativeCount ?? 0) / Number(t.count) : 0;
  return el('tr', { class: `trend burst-${level}` },
    el('td', { 'data-label': 'Loại' }, trendKindName(t.kind)),
    el('th', { scope: 'row', 'data-label': 'Nội dung' }, label(t)),
    el('td', { 'data-label': 'Khung thời gian' }, windowText(t)),
    el('td', { class: 'num', 'data-label': 'Số bài / thường lệ' },
      el('strong', {}, formatNumber(t.count)), el('span', { class: 'muted' }, ` / ${formatDecimal(t.baseline)}`)),
    el('td', { 'data-label': 'Mức tăng' },
      el('span', { class: 'burst' }, el('span', { class: 'num' }, formatDecimal(burst)), meter(burst, maxBurst, `meter-burst meter-${level}`))),
    el('td', { class: 'num', 'data-label': 'Tiêu cực' }, `${formatNumber(t.negativeCount ?? 0)} (${formatPercent(negShare)})`,
      Number(t.negativeSurge) >= 3 ? el('span', {
        class: 'badge senti-negative', title: `Số bài tiêu cực ${formatNumber(t.negativeCount)} so với mức thường lệ ${formatDecimal(t.negativeBaseline)}`,
      }, ' tiêu cực tăng vọt') : null),
    el('td', { class: 'num', 'data-label': 'Số nguồn' }, formatNumber(t.sourceCount ?? 0)),
    el('td', { 'data-label': 'Diễn biến' }, sparkline(windows)),
    el('td', { class: 'forecast', 'data-label': 'Dự báo' }, forecastText(forecasts[`${t.kind}:${t.key}`])));
}

/** "Dự báo 24 giờ tới: 12 bài (8–17)" and the same for 72 hours, or why there is none. */
function forecastText(f) {
  if (!f) return el('span', { class: 'muted small' }, 'không có dự báo');
  const silent = f.day?.unansweredBy || f.threeDays?.unansweredBy;
  if (silent) {
    return el('span', { class: 'muted small', title: `Máy ${silent} giữ số liệu của mục này nhưng không trả lời kịp` }, 'tạm không lấy được dự báo');
  }
  if (!f.day?.enoughHistory) {
    return el('span', { class: 'muted small', title: `Mới có ${formatNumber(f.day?.historyDays ?? 0)} ngày số liệu` }, 'chưa đủ lịch sử');
  }
  const line = (hours, x) => el('div', { title: `${x.from} – ${x.to}` },
    `Dự báo ${hours} giờ tới: ${formatNumber(Math.round(x.expected))} bài (${formatNumber(x.low)}–${formatNumber(x.high)})`);
  return [line(24, f.day), line(72, f.threeDays)];
}

function label(t) {
  if (t.kind === 'topic') return topicName(t.label || t.key);
  return t.label || topicName(t.key);
}

const WINDOW_NAME = { '1h': 'khung 1 giờ', '24h': 'khung 24 giờ' };

function windowText(t) {
  const start = formatDateTime(t.windowStart);
  const end = formatDateTime(t.windowEnd);
  // same day: show the date once
  const span = start.slice(0, 10) === end.slice(0, 10) ? `${start} – ${end.slice(11)}` : `${start} – ${end}`;
  const name = WINDOW_NAME[t.window] ?? (t.window ? `khung ${t.window}` : '');
  return name ? [span, el('br'), el('span', { class: 'muted small' }, name)] : span;
}

/** Counts per window as a small line; with a single window, a bar against the baseline instead. */
function sparkline(windows) {
  const counts = windows.map((w) => Number(w.count) || 0);
  const baseline = Number(windows[windows.length - 1].baseline) || 0;
  const w = 120;
  const h = 28;
  const max = Math.max(1, baseline, ...counts);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
  svg.setAttribute('class', 'spark');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Số bài theo khung thời gian: ${counts.join(', ')}; mức thường lệ ${formatDecimal(baseline)}`);
  const y = (v) => (h - 2 - (v / max) * (h - 4)).toFixed(1);
  const base = document.createElementNS(SVG, 'line');
  for (const [k, v] of Object.entries({ x1: 0, x2: w, y1: y(baseline), y2: y(baseline), class: 'spark-base' })) base.setAttribute(k, String(v));
  svg.append(base);
  if (counts.length === 1) {
    const bar = document.createElementNS(SVG, 'rect');
    const width = (counts[0] / max) * w;
    for (const [k, v] of Object.entries({ x: 0, y: 8, width: width.toFixed(1), height: 12, class: 'spark-bar' })) bar.setAttribute(k, String(v));
    svg.append(bar);
  } else {
    const step = (w - 6) / (counts.length - 1);
    const line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', counts.map((c, i) => `${(3 + i * step).toFixed(1)},${y(c)}`).join(' '));
    line.setAttribute('class', 'spark-line');
    svg.append(line);
    const dot = document.createElementNS(SVG, 'circle');
    for (const [k, v] of Object.entries({ cx: w - 3, cy: y(counts[counts.length - 1]), r: 2.5, class: 'spark-dot' })) dot.setAttribute(k, String(v));
    svg.append(dot);
  }
  return svg;
}
