// Map: a pledge's scope map (GET /v1/pledges/{id}/map) as a heatmap, with a slider moving asKnownOn through the
// days its statements were published, and the facts on its rows and columns chosen. The route is
// #/map/ID?asKnownOn=…&useDate=…&rows=…&cols=…&activity=…&purpose=… (a panel fact's value shows only its panels).
import { api, pledgesOnce } from './api.js';
import { fill, h, problem, today, verdictBadge } from './dom.js';
import { heatmap, layout, legend, letters, classesOf, factsOf, verdictCells, verdictOf } from './heatmap.js';

/** The days a pledge's reading changes: before its first statement, each statement's day, and today. */
export async function knownOnPoints(id) {
  const pledge = await api.pledge(id);
  const byDay = new Map();
  for (const s of pledge.statements) {
    if (!byDay.has(s.published)) byDay.set(s.published, []);
    byDay.get(s.published).push(s.id);
  }
  const days = [...byDay.keys()].sort();
  const points = [];
  if (days.length) {
    const before = new Date(`${days[0]}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    points.push({ day: before.toISOString().slice(0, 10), label: 'before any statement' });
  }
  for (const day of days) points.push({ day, label: byDay.get(day).join(', '), statement: true });
  const now = today();
  if (!days.length || now > days[days.length - 1]) points.push({ day: now, label: 'today' });
  return { pledge, points };
}

/** A select of the loaded pledges that navigates to make(id) when changed. */
export function pledgePicker(pledges, id, make, labelText) {
  return h('div', { class: 'field' },
    h('label', { for: 'view-pledge' }, labelText),
    h('select', { id: 'view-pledge', onchange: (e) => { location.hash = make(e.target.value); } },
      pledges.map((p) => h('option', { value: p.id, selected: p.id === id }, p.title ?? p.id))));
}

export class MapView {
  constructor() {
    this.root = h('div', { class: 'scope-map' });
    this.id = undefined;
  }

  async show(id, params) {
    const pledges = await pledgesOnce();
    id = id ?? pledges[0]?.id;
    if (id !== this.id) {
      this.id = id;
      ({ pledge: this.pledge, points: this.points } = await knownOnPoints(id));
      this.build(pledges);
    }
    this.params = params;
    const knownOn = params.get('asKnownOn') || this.points[this.points.length - 1]?.day || today();
    const useDate = params.has('useDate') ? params.get('useDate') : today();
    const index = this.pointIndex(knownOn);
    this.slider.value = String(index);
    this.sliderText(index, knownOn);
    this.useDate.value = useDate;
    await this.draw(knownOn, useDate);
  }

  build(pledges) {
    this.slider = h('input', { id: 'map-known-on', type: 'range', min: 0, max: Math.max(0, this.points.length - 1),
      step: 1, 'aria-describedby': 'map-known-on-desc',
      oninput: () => this.sliderText(Number(this.slider.value)),
      onchange: () => this.navigate({ asKnownOn: this.points[Number(this.slider.value)].day }) });
    this.sliderOutput = h('output', { for: 'map-known-on', id: 'map-known-on-value' });
    this.useDate = h('input', { id: 'map-use-date', type: 'text', inputmode: 'numeric', size: 12,
      placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', 'aria-describedby': 'map-use-date-desc' });
    this.result = h('section', { id: 'map-result', 'aria-live': 'polite', 'data-state': 'empty' });
    this.status = h('p', { class: 'hint', id: 'map-status', role: 'status' });
    fill(this.root,
      h('h1', {}, 'Scope map — ', this.pledge.title ?? this.id),
      h('p', { class: 'lede' }, 'Every fully known use of the pledge at once: two facts on the rows and columns ',
        '(agency type × capability unless you choose others), one panel per value of two more; panels that show the ',
        'same cells are folded into one. A cell is coloured by the verdicts of its uses (bands where the other facts ',
        'split it); hover for why, click to open that use in Ask.'),
      h('form', { class: 'map-controls', onsubmit: (e) => { e.preventDefault(); this.navigate({ useDate: this.useDate.value.trim() }); } },
        pledgePicker(pledges, this.id, (p) => `#/map/${encodeURIComponent(p)}`, 'Pledge'),
        h('div', { class: 'field' },
          h('label', { for: 'map-known-on' }, 'As known on'),
          this.slider, this.sliderOutput,
          h('p', { class: 'hint', id: 'map-known-on-desc' }, 'Move through the days its statements were published ',
            '(arrow keys step one day of the timeline).')),
        h('div', { class: 'field' },
          h('label', { for: 'map-use-date' }, 'Use date'),
          this.useDate,
          h('p', { class: 'hint', id: 'map-use-date-desc' }, 'The day of the use; empty: every class of days.')),
        h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'map-button' }, 'Show'))),
      this.status,
      this.result);
  }

  pointIndex(day) {
    let index = 0;
    this.points.forEach((p, i) => { if (p.day <= day) index = i; });
    return index;
  }

  sliderText(index, day) {
    const point = this.points[index];
    const shown = day ?? point?.day ?? '';
    const text = point && point.day === shown ? `${shown} (${point.label})` : shown;
    this.sliderOutput.textContent = text;
    this.slider.setAttribute('aria-valuetext', text);
  }

  navigate(change) {
    const next = new URLSearchParams(this.params);
    for (const [k, v] of Object.entries(change)) next.set(k, v);
    if (!next.get('asKnownOn')) next.set('asKnownOn', this.points[Number(this.slider.value)]?.day ?? today());
    if (!next.has('useDate')) next.set('useDate', this.useDate.value.trim());
    location.hash = `#/map/${encodeURIComponent(this.id)}?${next}`;
  }

  async draw(knownOn, useDate) {
    // A map asked for before (the slider moved on) is no longer wanted: abort it, and the service stops making it.
    this.pending?.abort();
    const request = new AbortController();
    this.pending = request;
    this.result.dataset.state = 'loading';
    // A map answers every world of the pledge: seconds the first time for a pack with facts of its own.
    const slow = setTimeout(() => {
      this.status.textContent = `Making the map as known on ${knownOn}: every world of the pledge is answered, `
        + 'which takes a while the first time for a large pack…';
    }, 400);
    try {
      const map = await api.map(this.id, { asKnownOn: knownOn, useDate }, request.signal);
      const fields = layout(map, this.params.get('rows'), this.params.get('cols'));
      const [panelRow, panelCol] = fields;
      const cells = verdictCells(map, fields);
      const filter = {};
      for (const f of [panelRow, panelCol]) if (f) filter[f] = this.params.get(f) ?? '';
      fill(this.result,
        summary(map, knownOn, useDate),
        legend(),
        axesPicker(map, fields, (change) => this.navigate(change)),
        filters(map, fields, filter, (change) => this.navigate(change)),
        heatmap(map, {
          fields,
          filter,
          describe: (key) => {
            const cell = cells.get(key) ?? { worlds: {}, regions: [] };
            const becauses = [...new Set(cell.regions.map((r) => `${r.verdict}: ${r.because}`))];
            return { worlds: cell.worlds, verdict: verdictOf(cell.worlds), marks: letters(cell.worlds),
              title: becauses.slice(0, 3).join('\n') + (becauses.length > 3 ? `\n… ${becauses.length - 3} more` : '') };
          },
          ask: (values) => askParams(this.id, values, knownOn, useDate, fields),
        }),
        regionsTable(map));
      this.result.dataset.state = 'done';
      this.result.dataset.knownOn = knownOn;
    } catch (e) {
      if (request.signal.aborted) return;
      fill(this.result, problem(e, 'The map could not be made'));
      this.result.dataset.state = 'error';
    } finally {
      clearTimeout(slow);
      if (this.pending === request) this.status.textContent = '';
    }
  }
}

/**
 * The Ask parameters of a cell's use: its four facts (fields: [panel row, panel col, row, col], the default layout if
 * not given) and the two days (the other facts stay unknown).
 */
export function askParams(id, values, knownOn, useDate, fields = layoutFields) {
  const params = new URLSearchParams({ pledge: id });
  if (useDate) params.set('useDate', useDate);
  params.set('asKnownOn', knownOn);
  fields.forEach((f, i) => { if (f && values[i] != null) params.set(f, values[i]); });
  return params;
}

const layoutFields = ['activity', 'purpose', 'agency.type', 'capability'];

function summary(map, knownOn, useDate) {
  const count = (n) => Math.round(n).toLocaleString('en-US');
  return h('p', { class: 'map-summary', id: 'map-summary' },
    `As known on ${knownOn}, for uses ${useDate ? `on ${useDate}` : 'on any day'}: `,
    h('strong', {}, `${count(map.worlds)} worlds`),
    map.exhaustive ? ', every world of the pledge, ' : ' (not all of them), ',
    `in ${map.regions.length} regions: `,
    Object.entries(map.verdicts).map(([v, n], i) => [i ? ', ' : '', verdictBadge(v), ` ${count(n)}`]),
    '.');
}

/**
 * Two selects choosing the facts on the rows and the columns, among the map's facts; choosing for one the fact the
 * other shows swaps them.
 */
function axesPicker(map, [, , row, col], navigate) {
  const facts = factsOf(map);
  const pick = (id, label, chosen, other) => h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, onchange: (e) => {
      const value = e.target.value;
      const [mine, theirs] = id === 'map-rows' ? ['rows', 'cols'] : ['cols', 'rows'];
      navigate({ [mine]: value, [theirs]: value === other ? chosen : other });
    } }, facts.map((f) => h('option', { value: f, selected: f === chosen }, f))));
  return h('div', { class: 'map-filters', id: 'map-axes' },
    pick('map-rows', 'Rows', row, col), pick('map-cols', 'Columns', col, row));
}

/** A select per panel fact showing only the panels of one of its values. */
function filters(map, [panelRow, panelCol], filter, navigate) {
  const pick = (field) => {
    const classes = classesOf(map, field).filter((c) => c !== null);
    if (!field || classes.length <= 1) return null;
    const id = `map-filter-${field}`;
    return h('div', { class: 'field' },
      h('label', { for: id }, field),
      h('select', { id, onchange: (e) => navigate({ [field]: e.target.value }) },
        h('option', { value: '' }, `every ${field}`),
        classes.map((c) => h('option', { value: c, selected: c === filter[field] }, c))));
  };
  return h('div', { class: 'map-filters' }, pick(panelRow), pick(panelCol));
}

function regionsTable(map) {
  return h('details', { class: 'regions' },
    h('summary', {}, `The ${map.regions.length} regions, each with the verdict its worlds share`),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Region', 'Verdict', 'Worlds', 'Where', 'Because', 'Open questions']
        .map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, map.regions.map((r) => h('tr', { 'data-region': r.id },
        h('th', { scope: 'row' }, r.id), h('td', {}, verdictBadge(r.verdict)), h('td', { class: 'num' }, r.worlds),
        h('td', {}, whereText(r.where)), h('td', {}, r.because),
        h('td', {}, (r.openQuestions ?? []).map((q) => h('code', {}, q, ' ')),
          Object.entries(r.presumed ?? {}).map(([q, reading]) => h('span', { class: 'presumed' }, 'presumed ',
            h('code', {}, q), ' = ', h('code', {}, reading), ' ')))))))));
}

/** "agency.type: SHERIFF, STATE_POLICE; capability: FACE_COMPARISON", or "everywhere". */
export function whereText(where) {
  const entries = Object.entries(where ?? {});
  if (!entries.length) return 'everywhere';
  return entries.map(([f, vs]) => h('span', { class: 'where' }, h('code', {}, f), ': ', vs.join(', '), '; '));
}
