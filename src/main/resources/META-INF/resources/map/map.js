// The narrative map: one analysis's sources on its main axis, frames, narratives and roles, speakers, evidence and
// frame shares over time.
// Plain browser JavaScript on the service's own REST API; ECharts comes from the service (no network beyond it).
'use strict';

const A_COLOR = '#2f6db5';
const B_COLOR = '#d9731c';
const OTHER_COLORS = ['#6b8f71', '#8c6bb1', '#b0a14a', '#4b9aa8', '#a5606f', '#7a7f87', '#c08a3e', '#5f7fb0'];

const state = { analysis: null, result: null, documents: new Map(), charts: [], apiKey: sessionStorage.getItem('nl-api-key') };

function $(id) { return document.getElementById(id); }

/**
 * Every node of the page is built here, as text: children are text nodes unless they are nodes themselves, and no
 * attribute can carry code or markup. Names, labels and texts from the API pass through nothing else.
 */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (/^on|^(innerHTML|outerHTML|srcdoc|style)$/i.test(key)) throw new Error('el: attribute ' + key + ' is not allowed');
    if (/^(href|src|action)$/i.test(key) && !/^(https?:\/\/|\/|#)/i.test(value)) return;  // no javascript: or data: URLs
    if (key === 'class') node.className = value; else if (key === 'text') node.textContent = value; else node.setAttribute(key, value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

/** A chart tooltip as DOM nodes, one line each: ECharts writes string tooltips with innerHTML, nodes it appends. */
function tooltip(lines) {
  return el('div', { class: 'tip' }, lines.filter(line => line !== null && line !== undefined).map(line => el('div', { text: line })));
}

function status(message, isError) {
  $('status').textContent = message;
  $('status').classList.toggle('error', Boolean(isError));
}

async function api(path) {
  const headers = { Accept: 'application/json' };
  if (state.apiKey) headers['X-API-Key'] = state.apiKey;
  const response = await fetch(path, { headers });
  if (response.status === 401) {
    $('key-label').hidden = false;
    throw new Error('This service needs an API key: enter it above and press Show.');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || (response.status + ' ' + response.statusText));
  return body;
}

const fmt = (x, digits = 3) => (x >= 0 ? '+' : '') + Number(x).toFixed(digits);

async function load(id) {
  document.body.dataset.state = 'loading';
  status('Loading analysis ' + id + ' …');
  try {
    let analysis = await api('v1/analyses/' + encodeURIComponent(id));
    while (analysis.status === 'queued' || analysis.status === 'running') {
      const p = analysis.progress || {};
      status('Analysis is ' + analysis.status + (p.stage ? ', ' + p.stage : '') + (p.total ? ' ' + p.done + '/' + p.total + ' passages' : '') + ' …');
      await new Promise(resolve => setTimeout(resolve, 1000));
      analysis = await api('v1/analyses/' + encodeURIComponent(id));
    }
    if (analysis.status !== 'succeeded') throw new Error('The analysis ' + analysis.status + ': ' + (analysis.error || 'no result'));
    state.analysis = analysis;
    state.result = analysis.result;
    render();
    status('Analysis ' + id + ' · ' + state.result.sources.length + ' sources · ' + state.result.documents.length + ' documents');
    document.body.dataset.state = 'ready';
  } catch (error) {
    status(error.message, true);
    document.body.dataset.state = 'error';
  }
}

function frameInfo() {
  const result = state.result;
  const axis = (result.axes || [])[0];
  const byId = new Map(result.frames.map(frame => [frame.id, frame]));
  const colors = new Map();
  let other = 0;
  result.frames.forEach(frame => {
    colors.set(frame.id, axis && frame.id === axis.frameA ? A_COLOR : axis && frame.id === axis.frameB ? B_COLOR
      : OTHER_COLORS[other++ % OTHER_COLORS.length]);
  });
  const label = id => (byId.get(id) || { label: id }).label;
  return { axis, byId, colors, label };
}

function render() {
  state.charts.forEach(chart => chart.dispose());
  state.charts = [];
  $('map').hidden = false;
  const info = frameInfo();
  renderSummary(info);
  renderSources(info);
  renderFrames(info);
  renderNarratives();
  renderRoles();
  renderSpeakers(info);
  renderTimeline(info);
}

function renderSummary(info) {
  const { axis, label } = info;
  $('pole-a').textContent = axis ? '◀ ' + label(axis.frameA) : 'no axis';
  $('pole-b').textContent = axis ? label(axis.frameB) + ' ▶' : '';
  const model = state.result.model || {};
  $('axis-facts').textContent = axis
    ? 'Main axis (' + axis.method + '), permutation p = ' + Number(axis.pValue).toFixed(3) + ' · model ' + model.name
      + ' · stance −1 is fully “' + label(axis.frameA) + '”, +1 fully “' + label(axis.frameB) + '”'
    : 'No opposing frames found.';
  $('notes').replaceChildren(...(state.result.notes || []).map(note => el('li', { text: note })));
}

function axisChart(container, rows, info, onClick) {
  const chart = echarts.init(container, null, { renderer: 'svg' });
  state.charts.push(chart);
  const sorted = [...rows].sort((x, y) => x.stance - y.stance);
  const names = sorted.map(row => row.name);
  const color = stance => (stance < 0 ? A_COLOR : B_COLOR);
  chart.setOption({
    animation: false,
    grid: { left: 150, right: 30, top: 30, bottom: 40 },
    tooltip: { trigger: 'item', formatter: p => tooltip(p.data.tip) },
    xAxis: { type: 'value', min: -1, max: 1, splitNumber: 4 },
    graphic: info.axis ? [
      { type: 'text', left: 150, bottom: 4, style: { text: '◀ ' + info.label(info.axis.frameA), fill: A_COLOR, font: '600 13px sans-serif' } },
      { type: 'text', right: 30, bottom: 4, style: { text: info.label(info.axis.frameB) + ' ▶', fill: B_COLOR, font: '600 13px sans-serif' } }
    ] : [],
    yAxis: { type: 'category', data: names, axisTick: { show: false } },
    series: [
      {
        type: 'custom',
        renderItem: (params, api) => {
          const low = api.coord([api.value(1), api.value(0)]);
          const high = api.coord([api.value(2), api.value(0)]);
          const cap = 5;
          const style = { stroke: api.visual('color'), lineWidth: 2 };
          return { type: 'group', children: [
            { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
            { type: 'line', shape: { x1: low[0], y1: low[1] - cap, x2: low[0], y2: low[1] + cap }, style },
            { type: 'line', shape: { x1: high[0], y1: high[1] - cap, x2: high[0], y2: high[1] + cap }, style }
          ] };
        },
        encode: { x: [1, 2], y: 0 },
        data: sorted.map((row, i) => ({
          value: [i, row.low, row.high], itemStyle: { color: color(row.stance), opacity: 0.55 }, tip: row.tip
        })),
        z: 1
      },
      {
        type: 'scatter', symbolSize: 13,
        data: sorted.map(row => ({ value: [row.stance, row.name], name: row.name, itemStyle: { color: color(row.stance) }, tip: row.tip })),
        markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#9aa3ad', type: 'dashed' }, data: [{ xAxis: 0 }] },
        z: 2
      }
    ]
  });
  // Both series hold the rows in the same sorted order, so the data index names the row.
  if (onClick) chart.on('click', params => onClick(names[params.dataIndex]));
  container.style.height = Math.max(200, 70 + names.length * 34) + 'px';
  chart.resize();
  return chart;
}

function renderSources(info) {
  const sources = state.result.sources;
  axisChart($('axis-chart'), sources.map(s => ({
    name: s.source, stance: s.stance, low: s.interval.low, high: s.interval.high,
    tip: [s.source, 'stance ' + fmt(s.stance) + ' [' + fmt(s.interval.low) + ', ' + fmt(s.interval.high) + ']', s.passages + ' passages']
  })), info, showEvidence);
  const rows = [...sources].sort((x, y) => x.stance - y.stance).map(s => {
    const lean = s.interval.high < 0 ? 'a' : s.interval.low > 0 ? 'b' : null;
    const leans = lean && info.axis ? el('span', { class: 'side-' + lean, text: info.label(lean === 'a' ? info.axis.frameA : info.axis.frameB) })
      : el('span', { text: 'undecided' });
    const row = el('tr', { 'data-source': s.source },
      el('td', { text: s.source }), el('td', { class: 'num', text: fmt(s.stance) }),
      el('td', { class: 'num', text: '[' + fmt(s.interval.low) + ', ' + fmt(s.interval.high) + ']' }),
      el('td', { class: 'num', text: s.passages }), el('td', {}, leans));
    row.addEventListener('click', () => showEvidence(s.source));
    return row;
  });
  $('sources').tBodies[0].replaceChildren(...rows);
}

function renderFrames(info) {
  const cards = state.result.frames.map(frame => {
    const side = info.axis && frame.id === info.axis.frameA ? 'a' : info.axis && frame.id === info.axis.frameB ? 'b' : null;
    const card = el('div', { class: 'frame' + (side ? ' frame-' + side : ''), 'data-frame': frame.id },
      el('h3', { text: frame.label }),
      el('div', { class: 'size', text: frame.size + ' passages · ' + frame.exemplars.length + ' exemplars' + (side ? ' · side ' + side.toUpperCase() : '') }),
      el('div', { class: 'chips' }, frame.keyphrases.map(k => el('span', { class: 'chip', text: k }))));
    card.style.borderLeftColor = info.colors.get(frame.id);
    return card;
  });
  $('frame-cards').replaceChildren(...cards);
}

/** The narratives, opposing ones first, with each source's balance on them. */
function renderNarratives() {
  const narratives = state.result.narratives || [];
  $('narratives').hidden = narratives.length === 0;
  const byId = new Map(narratives.map(n => [n.id, n]));
  const ordered = [...narratives].sort((x, y) => (y.opposes.length > 0) - (x.opposes.length > 0) || y.statements - x.statements);
  $('narrative-table').tBodies[0].replaceChildren(...ordered.slice(0, 15).map(n => el('tr', { 'data-narrative': n.id },
    el('td', { text: n.label + ' (' + n.statements + ')' }),
    el('td', { text: n.opposes.map(id => (byId.get(id) || { label: id }).label).join('; ') }),
    el('td', {}, n.sources.map(s => el('span', { class: 'balance ' + (s.net > 0 ? 'side-pos' : s.net < 0 ? 'side-neg' : ''),
      text: s.source + ' ' + fmt(s.net, 1) + ' ' }))))));
}

/** The entities cast in a role, most strongly cast first, with the role each source casts them in most. */
function renderRoles() {
  const weight = e => Math.abs(e.roles.hero) + Math.abs(e.roles.villain) + Math.abs(e.roles.victim);
  const entities = (state.result.entities || []).filter(e => e.roles && weight(e) > 0).sort((x, y) => weight(y) - weight(x));
  $('roles').hidden = entities.length === 0;
  const strongest = s => ['hero', 'villain', 'victim'].reduce((best, role) => (s[role] > s[best] ? role : best), 'hero');
  $('role-table').tBodies[0].replaceChildren(...entities.slice(0, 15).map(e => el('tr', { 'data-entity': e.name },
    el('td', { text: e.name }), el('td', { class: 'num', text: e.roles.hero.toFixed(1) }),
    el('td', { class: 'num', text: e.roles.villain.toFixed(1) }), el('td', { class: 'num', text: e.roles.victim.toFixed(1) }),
    el('td', { text: (e.bySource || []).filter(s => s[strongest(s)] > 0)
      .map(s => s.source + ': ' + strongest(s) + ' ' + s[strongest(s)].toFixed(1)).join(', ') }))));
}

/** "a (3), b (1)": the sources quoting a speaker, each {source, passages}. */
function quoting(sources) {
  return sources.map(q => (typeof q === 'string' ? q : q.source + ' (' + q.passages + ')')).join(', ');
}

function renderSpeakers(info) {
  const speakers = state.result.speakers || [];
  $('speakers').hidden = speakers.length === 0;
  if (speakers.length === 0) return;
  const interval = s => s.interval || { low: s.stance, high: s.stance };
  axisChart($('speaker-chart'), speakers.map(s => ({
    name: s.name, stance: s.stance, low: interval(s).low, high: interval(s).high,
    tip: [s.name, 'stance ' + fmt(s.stance), s.sources && s.sources.length ? 'quoted by ' + quoting(s.sources) : null]
  })), info, null);
  $('speaker-table').tBodies[0].replaceChildren(...[...speakers].sort((x, y) => x.stance - y.stance).map(s => el('tr', { 'data-speaker': s.name },
    el('td', { text: s.name }), el('td', { class: 'num', text: fmt(s.stance) }),
    el('td', { class: 'num', text: s.interval ? '[' + fmt(s.interval.low) + ', ' + fmt(s.interval.high) + ']' : '' }))));
}

/** Buckets dated documents by day, week or month (whichever gives a readable number of points). */
function timeBuckets(documents) {
  const dated = documents.filter(d => d.publishedAt).map(d => ({ ...d, time: new Date(d.publishedAt) })).filter(d => !isNaN(d.time));
  if (dated.length < 2) return null;
  const times = dated.map(d => d.time.getTime());
  const spanDays = (Math.max(...times) - Math.min(...times)) / 86400000;
  const unit = spanDays <= 45 ? 'day' : spanDays <= 400 ? 'week' : 'month';
  const key = date => {
    const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    if (unit === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    if (unit === 'month') d.setUTCDate(1);
    return d.toISOString().slice(0, unit === 'month' ? 7 : 10);
  };
  const buckets = new Map();
  dated.forEach(d => {
    const k = key(d.time);
    if (!buckets.has(k)) buckets.set(k, []);
    buckets.get(k).push(d);
  });
  return { unit, dated: dated.length, keys: [...buckets.keys()].sort(), buckets };
}

function renderTimeline(info) {
  const time = timeBuckets(state.result.documents);
  $('timeline').hidden = !time;
  if (!time) return;
  $('timeline-hint').textContent = 'Mean share of each frame in the documents of each ' + time.unit + ' (' + time.dated + ' of '
    + state.result.documents.length + ' documents have a date). Bars: documents per ' + time.unit + ' — thin slices are thin evidence.';
  const frames = state.result.frames;
  const share = (docs, id) => docs.reduce((sum, d) => sum + ((d.frameScores || {})[id] || 0), 0) / docs.length;
  const chart = echarts.init($('time-chart'), null, { renderer: 'svg' });
  state.charts.push(chart);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', formatter: params => tooltip([params[0].axisValue].concat(params.map(p => p.seriesName + ': '
      + (p.seriesName === 'documents' ? p.value : (100 * p.value).toFixed(0) + '%')))) },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 50, right: 50, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: time.keys },
    yAxis: [
      { type: 'value', min: 0, max: 1, axisLabel: { formatter: v => (100 * v).toFixed(0) + '%' } },
      // Counts use the bottom third of the chart, so that they do not hide the shares.
      { type: 'value', name: 'documents', minInterval: 1, splitLine: { show: false },
        max: 3 * Math.max(...time.keys.map(k => time.buckets.get(k).length)) }
    ],
    series: frames.map(frame => ({
      name: frame.label, type: 'line', stack: 'shares', areaStyle: { opacity: 0.75 }, symbol: 'none', lineStyle: { width: 0.5 },
      color: info.colors.get(frame.id),
      data: time.keys.map(k => Number(share(time.buckets.get(k), frame.id).toFixed(4)))
    })).concat([{
      name: 'documents', type: 'bar', yAxisIndex: 1, barWidth: 8, color: 'rgba(40, 46, 54, 0.45)', z: 5,
      data: time.keys.map(k => time.buckets.get(k).length)
    }])
  });
}

async function documentText(id) {
  if (!state.documents.has(id)) {
    state.documents.set(id, api('v1/corpora/' + encodeURIComponent(state.analysis.corpusId) + '/documents/' + id));
  }
  return state.documents.get(id);
}

/** The document's text with the given passages marked; offsets are character offsets into the stored text. */
function highlighted(text, passages) {
  const container = el('div', { class: 'text' });
  let at = 0;
  [...passages].sort((x, y) => x.start - y.start).forEach(p => {
    if (p.start < at) return;
    container.append(text.slice(at, p.start));
    container.append(el('mark', {
      class: 'evidence ' + (p.stance < 0 ? 'toward-a' : 'toward-b'), 'data-passage': p.passageId,
      title: 'passage stance ' + fmt(p.stance) + ', weight ' + (100 * p.weight).toFixed(1) + '%'
    }, text.slice(p.start, p.end)));
    at = p.end;
  });
  container.append(text.slice(at));
  return container;
}

async function showEvidence(sourceName) {
  const source = state.result.sources.find(s => s.source === sourceName);
  if (!source) return;
  [...$('sources').tBodies[0].rows].forEach(row => row.classList.toggle('selected', row.dataset.source === sourceName));
  $('evidence').hidden = false;
  $('evidence').dataset.source = sourceName;
  $('evidence').dataset.state = 'loading';
  $('evidence-title').textContent = 'Evidence: ' + sourceName + ' (stance ' + fmt(source.stance) + ')';
  const byDocument = new Map();
  source.evidence.forEach(p => {
    if (!byDocument.has(p.documentId)) byDocument.set(p.documentId, []);
    byDocument.get(p.documentId).push(p);
  });
  const container = $('evidence-documents');
  container.replaceChildren(el('p', { class: 'hint', text: 'Loading ' + byDocument.size + ' documents …' }));
  try {
    const documents = await Promise.all([...byDocument.keys()].map(documentText));
    if ($('evidence').dataset.source !== sourceName) return;  // another source was clicked meanwhile
    container.replaceChildren(...documents.map(d => el('article', { class: 'doc', 'data-document': d.id },
      el('h3', { text: d.title || d.externalId || ('document ' + d.id) }),
      el('div', { class: 'meta', text: [d.source, d.publishedAt ? d.publishedAt.slice(0, 10) : null, d.url].filter(Boolean).join(' · ') }),
      highlighted(d.text, byDocument.get(d.id)))));
    container.querySelectorAll('.text').forEach(box => {
      const first = box.querySelector('mark');
      if (first) box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 40);
    });
    $('evidence').dataset.state = 'ready';
  } catch (error) {
    container.replaceChildren(el('p', { class: 'hint', text: error.message }));
  }
}

window.addEventListener('resize', () => state.charts.forEach(chart => chart.resize()));
window.addEventListener('DOMContentLoaded', () => {
  const params = new URLSearchParams(location.search);
  const id = params.get('analysis');
  $('pick').addEventListener('submit', event => {
    event.preventDefault();
    const key = $('api-key').value.trim();
    if (key) { state.apiKey = key; sessionStorage.setItem('nl-api-key', key); }
    const chosen = $('analysis-id').value.trim();
    if (chosen) { history.replaceState(null, '', '?analysis=' + encodeURIComponent(chosen)); load(chosen); }
  });
  if (id) { $('analysis-id').value = id; load(id); } else { status('Enter the id of an analysis.'); document.body.dataset.state = 'idle'; }
});
