// dyad page script: draws the dyad timeline and the cooperation–conflict curve from the page's JSON twin.
// Everything is built with createElementNS/textContent; no text from the data is ever parsed as HTML.
const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const LANES = ['occurred', 'planned', 'negated', 'hypothetical'];

function el(name, attrs, parent, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

/** [start, end] in ms of a date at its precision: 2017 → the whole year, 2017-02 → the month. */
function span(date) {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d) + DAY];
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

function ticks(lo, hi) {
  const years = (hi - lo) / (365.25 * DAY);
  const out = [];
  if (years < 2) {
    const d = new Date(lo);
    for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); t <= hi; ) {
      const x = new Date(t);
      out.push([t, `${x.getUTCFullYear()}-${String(x.getUTCMonth() + 1).padStart(2, '0')}`]);
      t = Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + Math.max(1, Math.ceil(years * 6)), 1);
    }
    return out;
  }
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => years / s <= 10) || 100;
  for (let y = Math.ceil(new Date(lo).getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) <= hi; y += step) out.push([Date.UTC(y, 0, 1), String(y)]);
  return out;
}

function mark(g, e, x, y, r) {
  if (e.status === 'occurred') el('circle', { cx: x, cy: y, r, class: 'mk' }, g);
  else if (e.status === 'planned') el('circle', { cx: x, cy: y, r, class: 'mk' }, g);
  else if (e.status === 'negated') {
    el('circle', { cx: x, cy: y, r, class: 'mk' }, g);
    el('path', { d: `M${x - r * 0.7},${y - r * 0.7}L${x + r * 0.7},${y + r * 0.7}M${x + r * 0.7},${y - r * 0.7}L${x - r * 0.7},${y + r * 0.7}`, class: 'cross' }, g);
  } else el('path', { d: `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`, class: 'mk' }, g);
}

const BREAK = 24;

/**
 * A time scale that squeezes long empty stretches (over two years and over 15% of the whole span) into a
 * fixed break, so that one early event does not crush the rest into a corner. Returns x(t) and the drawn
 * segments with their pixel ranges.
 */
function brokenScale(spans, x0, x1) {
  const sorted = spans.map((s) => [...s]).sort((a, b) => a[0] - b[0]);
  const total = Math.max(...sorted.map((s) => s[1])) - sorted[0][0];
  const minGap = Math.max(2 * 365.25 * DAY, total * 0.15);
  const raw = [];
  for (const [s, e] of sorted) {
    const last = raw[raw.length - 1];
    if (last && s - last[1] < minGap) last[1] = Math.max(last[1], e);
    else raw.push([s, e]);
  }
  const padded = raw.map(([s, e]) => {
    const pad = Math.max((e - s) * 0.04, 20 * DAY);
    return [s - pad, e + pad];
  });
  const base = 50;
  const usable = x1 - x0 - BREAK * (padded.length - 1) - base * padded.length;
  const dur = padded.reduce((n, [s, e]) => n + (e - s), 0);
  let at = x0;
  const segments = padded.map(([s, e]) => {
    const w = base + (usable * (e - s)) / dur;
    const g = { s, e, x0: at, x1: at + w };
    at += w + BREAK;
    return g;
  });
  const x = (t) => {
    const g = segments.find((seg) => t <= seg.e) || segments[segments.length - 1];
    return g.x0 + ((Math.max(g.s, Math.min(g.e, t)) - g.s) / (g.e - g.s)) * (g.x1 - g.x0);
  };
  return { x, segments };
}

function drawTimeline(figure, rows) {
  figure.replaceChildren();
  const dated = rows.filter((e) => e.date);
  const undated = rows.length - dated.length;
  if (undated) {
    const note = document.createElement('figcaption');
    note.textContent = `${undated} undated event(s) are listed in the table below, not drawn.`;
    figure.appendChild(note);
  }
  if (!dated.length) return;
  const spans = dated.map((e) => span(e.date));
  const width = Math.max(figure.clientWidth || 900, 480);
  const left = 100;
  const right = 90;
  const { x, segments } = brokenScale(spans, left, width - right);
  const rowH = 26;
  const lanes = LANES.filter((s) => dated.some((e) => e.status === s));
  const placed = [];
  let top = 10;
  for (const lane of lanes) {
    const rowsEnd = [];
    dated.forEach((e, i) => {
      if (e.status !== lane) return;
      const cx = x((spans[i][0] + spans[i][1]) / 2);
      const r = 6 + 2 * Math.min(e.n_sources - 1, 4);
      const label = e.n_sources > 1 ? `${e.type} ×${e.n_sources}` : e.type;
      let row = rowsEnd.findIndex((end) => cx - r > end + 4);
      if (row < 0) row = rowsEnd.push(-Infinity) - 1;
      rowsEnd[row] = cx + r + 4 + label.length * 7;
      placed.push({ e, i, cx, r, lane, row, top, label });
    });
    const height = rowsEnd.length * rowH + 12;
    placed.filter((p) => p.lane === lane).forEach((p) => (p.laneHeight = height));
    top += height;
  }
  const svg = el('svg', { viewBox: `0 0 ${width} ${top + 30}`, class: 'timeline', role: 'img', 'aria-label': 'Timeline of events' });
  figure.prepend(svg);
  let laneTop = 10;
  for (const lane of lanes) {
    const h = placed.find((p) => p.lane === lane).laneHeight;
    el('rect', { x: 0, y: laneTop, width, height: h, class: `lane lane-${lane}` }, svg);
    el('text', { x: 6, y: laneTop + 18, class: 'lane-label' }, svg, lane);
    laneTop += h;
  }
  const axis = el('g', { class: 'axis' }, svg);
  for (const g of segments) {
    el('line', { x1: g.x0, x2: g.x1, y1: top + 4, y2: top + 4 }, axis);
    const labels = g.x1 - g.x0 < 110 ? [[(g.s + g.e) / 2, new Date((g.s + g.e) / 2).getUTCFullYear()]] : ticks(g.s, g.e);
    let last = -Infinity;
    for (const [t, label] of labels) {
      if (x(t) - last < 56) continue;
      last = x(t);
      el('line', { x1: x(t), x2: x(t), y1: 10, y2: top + 8, class: 'grid' }, axis);
      el('text', { x: x(t), y: top + 22, 'text-anchor': 'middle' }, axis, String(label));
    }
  }
  for (const g of segments.slice(1)) {
    const bx = g.x0 - BREAK / 2;
    el('path', { d: `M${bx - 5},${top + 10}L${bx - 1},${top - 2}M${bx + 1},${top + 10}L${bx + 5},${top - 2}`, class: 'break' }, axis);
    el('line', { x1: bx, x2: bx, y1: 10, y2: top, class: 'break-line' }, axis);
  }
  for (const p of placed) {
    const { e } = p;
    const cy = p.top + 6 + p.row * rowH + rowH / 2;
    const a = el('a', { href: `/events/${encodeURIComponent(e.id)}`, class: `ev ev-${e.status}`, 'data-event-id': e.id, 'data-date': e.date, 'data-type': e.type }, svg);
    const who = `${e.source_name || e.source_code || '?'} → ${e.target_name || e.target_code || '?'}`;
    el('title', {}, a, `${e.date} ${e.type} (${e.cameo}) ${who}: ${e.status}, ${e.n_sources} source(s)`);
    const [s0, s1] = spans[p.i];
    if (e.date_precision && e.date_precision !== 'day') el('rect', { x: x(s0), y: cy + p.r + 1, width: Math.max(2, x(s1) - x(s0)), height: 3, class: 'precision' }, a);
    mark(a, e, p.cx, cy, p.r);
    const text = el('text', { x: p.cx + p.r + 3, y: cy + 4, class: 'ev-label' }, a, e.type);
    if (e.n_sources > 1) el('tspan', { class: 'n-sources' }, text, ` ×${e.n_sources}`);
  }
}

/** The curve's slots: each period, except that a run of four or more empty periods becomes one gap. */
function slots(points) {
  const out = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j < points.length && points[j].n_events === 0) j++;
    if (j - i >= 4) {
      out.push({ gap: true, from: points[i].period, to: points[j - 1].period });
      i = j;
    } else out.push(points[i++]);
  }
  return out;
}

function drawCurve(figure, curve) {
  figure.replaceChildren();
  if (!curve || !curve.points.length) {
    figure.appendChild(document.createTextNode('No occurred, dated events to weigh.'));
    return;
  }
  const pts = slots(curve.points);
  const width = Math.max(figure.clientWidth || 900, 480);
  const [left, right, height, mid] = [50, 20, 200, 100];
  const max = Math.max(1, ...curve.points.map((p) => Math.max(p.cooperation, -p.conflict, Math.abs(p.net))));
  const bw = (width - left - right) / pts.length;
  const y = (v) => mid - (v / max) * (mid - 12);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height + 24}`, class: 'curve', role: 'img' }, figure);
  el('line', { x1: left, x2: width - right, y1: mid, y2: mid, class: 'zero' }, svg);
  el('text', { x: left - 6, y: y(max) + 4, 'text-anchor': 'end' }, svg, `+${max}`);
  el('text', { x: left - 6, y: y(-max) + 4, 'text-anchor': 'end' }, svg, `−${max}`);
  const every = Math.ceil(pts.length / 12);
  let line = '';
  let pen = 'M';
  pts.forEach((p, i) => {
    const x0 = left + i * bw;
    if (p.gap) {
      const g = el('g', { class: 'gap' }, svg);
      el('title', {}, g, `${p.from} to ${p.to}: no occurred events`);
      el('text', { x: x0 + bw / 2, y: mid + 4, 'text-anchor': 'middle', class: 'gap-mark' }, g, '⋯');
      pen = 'M';
      return;
    }
    const g = el('g', { class: 'period', 'data-period': p.period }, svg);
    el('title', {}, g, `${p.period}: cooperation +${p.cooperation}, conflict ${p.conflict}, net ${p.net} (${p.n_events} events)`);
    if (p.cooperation) el('rect', { x: x0 + bw * 0.15, y: y(p.cooperation), width: bw * 0.7, height: mid - y(p.cooperation), class: 'coop' }, g);
    if (p.conflict) el('rect', { x: x0 + bw * 0.15, y: mid, width: bw * 0.7, height: y(p.conflict) - mid, class: 'conflict' }, g);
    if (i % every === 0 || pts[i - 1]?.gap) el('text', { x: x0 + bw / 2, y: height + 16, 'text-anchor': 'middle' }, svg, p.period);
    line += `${pen}${x0 + bw / 2},${y(p.net)}`;
    pen = 'L';
  });
  el('path', { d: line, class: 'net' }, svg);
}

async function main() {
  const figure = document.getElementById('timeline');
  if (!figure) return;
  try {
    const res = await fetch(figure.dataset.src, { headers: { accept: 'application/json' } });
    const data = await res.json();
    if (!data.ok) throw new Error(data.error);
    drawTimeline(figure, data.rows);
    drawCurve(document.getElementById('curve'), data.curve);
    figure.dataset.ready = 'true';
  } catch (err) {
    figure.textContent = `Could not draw the timeline: ${err.message}`;
  }
}

main();
