// Diff: what moved in a pledge's scope map — between two asKnownOn days of the served rules
// (GET /v1/pledges/{id}/diff), or between the revision served before the last reload and the one served now
// (GET /v1/pledges/{id}/diff/previous). The route is #/diff/ID?asKnownOn=A&vs=B&useDate=U, or #/diff/ID?previous=1.
import { api, pledgesOnce } from './api.js';
import { fill, h, problem, today, verdictBadge } from './dom.js';
import { heatmap, legend, letters, verdictCells, verdictOf, spread, worldsPerCell } from './heatmap.js';
import { askParams, knownOnPoints, pledgePicker, whereText } from './map.js';

export class DiffView {
  constructor() {
    this.root = h('div', { class: 'scope-diff' });
    this.id = undefined;
  }

  async show(id, params) {
    const [pledges, ruleset] = await Promise.all([pledgesOnce(), api.ruleset()]);
    id = id ?? pledges[0]?.id;
    if (id !== this.id || ruleset.previousRevision !== this.previousRevision) {
      this.id = id;
      this.previousRevision = ruleset.previousRevision;
      ({ pledge: this.pledge, points: this.points } = await knownOnPoints(id));
      this.build(pledges);
    }
    const previous = params.get('previous') === '1' && this.previousRevision != null;
    // By default: the point before the latest statement against that statement's day (what it moved).
    const latest = this.points.findLastIndex((p) => p.statement);
    const first = params.get('asKnownOn') || this.points[Math.max(0, latest - 1)]?.day || today();
    const second = params.get('vs') || this.points[latest]?.day || today();
    const useDate = params.has('useDate') ? params.get('useDate') : today();
    this.choose(this.first, first);
    this.choose(this.second, second);
    this.useDate.value = useDate;
    if (this.previousBox) this.previousBox.checked = previous;
    await this.draw(previous, first, second, useDate);
  }

  build(pledges) {
    const options = () => this.points.map((p) => h('option', { value: p.day }, `${p.day} — ${p.label}`));
    this.first = h('select', { id: 'diff-first' }, options());
    this.second = h('select', { id: 'diff-second' }, options());
    this.useDate = h('input', { id: 'diff-use-date', type: 'text', inputmode: 'numeric', size: 12,
      placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', 'aria-describedby': 'diff-use-date-desc' });
    this.previousBox = this.previousRevision == null ? null
      : h('input', { id: 'diff-previous', type: 'checkbox', 'aria-describedby': 'diff-previous-desc' });
    this.result = h('section', { id: 'diff-result', 'aria-live': 'polite', 'data-state': 'empty' });
    this.status = h('p', { class: 'hint', id: 'diff-status', role: 'status' });
    fill(this.root,
      h('h1', {}, 'Diff — ', this.pledge.title ?? this.id),
      h('p', { class: 'lede' }, 'The uses whose verdict moved: between two days the pledge is read on (a statement ',
        'published in between moves them), or between the rules served before the last reload and now.'),
      h('form', { class: 'map-controls', onsubmit: (e) => this.submit(e) },
        pledgePicker(pledges, this.id, (p) => `#/diff/${encodeURIComponent(p)}`, 'Pledge'),
        h('div', { class: 'field' }, h('label', { for: 'diff-first' }, 'As known on'), this.first),
        h('div', { class: 'field' }, h('label', { for: 'diff-second' }, 'Against as known on'), this.second),
        h('div', { class: 'field' },
          h('label', { for: 'diff-use-date' }, 'Use date'), this.useDate,
          h('p', { class: 'hint', id: 'diff-use-date-desc' }, 'The day of the use; empty: every class of days.')),
        this.previousBox ? h('div', { class: 'field check' }, this.previousBox,
          h('label', { for: 'diff-previous' }, 'Instead: the rules served before the last reload against now'),
          h('p', { class: 'hint', id: 'diff-previous-desc' }, `Revision ${this.previousRevision} against the one `,
            'served; read as known on the second day.')) : null,
        h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'diff-button' }, 'Compare'))),
      this.status,
      this.result);
  }

  choose(select, day) {
    if (![...select.options].some((o) => o.value === day)) {
      select.append(h('option', { value: day }, day));
    }
    select.value = day;
  }

  submit(event) {
    event.preventDefault();
    const params = new URLSearchParams({ asKnownOn: this.first.value, vs: this.second.value,
      useDate: this.useDate.value.trim() });
    if (this.previousBox?.checked) params.set('previous', '1');
    location.hash = `#/diff/${encodeURIComponent(this.id)}?${params}`;
  }

  async draw(previous, first, second, useDate) {
    // A diff asked for before is no longer wanted: abort it (and its map), and the service stops making them.
    this.pending?.abort();
    const request = new AbortController();
    this.pending = request;
    this.result.dataset.state = 'loading';
    const slow = setTimeout(() => {
      this.status.textContent = 'Comparing: every world of the pledge is answered on both sides, which takes a while '
        + 'the first time for a large pack…';
    }, 400);
    try {
      const [diff, after] = await Promise.all([
        previous ? api.diffFromPrevious(this.id, { asKnownOn: second, useDate }, request.signal)
          : api.diff(this.id, { asKnownOn: first, vs: second, useDate }, request.signal),
        api.map(this.id, { asKnownOn: second, useDate }, request.signal),
      ]);
      fill(this.result, describe(diff, after, this.id, second, useDate));
      this.result.dataset.state = 'done';
    } catch (e) {
      if (request.signal.aborted) return;
      fill(this.result, problem(e, 'The diff could not be made'));
      this.result.dataset.state = 'error';
    } finally {
      clearTimeout(slow);
      if (this.pending === request) this.status.textContent = '';
    }
  }
}

function describe(diff, after, id, knownOn, useDate) {
  const cells = verdictCells(after);
  const moved = new Map();
  spread(after, diff.moves, (key, move, share) => {
    let cell = moved.get(key);
    if (!cell) moved.set(key, (cell = { worlds: 0, moves: [] }));
    cell.worlds += share;
    cell.moves.push(move);
  });
  const perCell = worldsPerCell(after);
  const count = (n) => Math.round(n).toLocaleString('en-US');
  return [
    h('p', { class: 'map-summary', id: 'diff-summary' },
      h('strong', {}, `${count(diff.moved)} of ${count(diff.worlds)} worlds moved`),
      ` from ${diff.before} to ${diff.after}`, diff.moves.length ? `, in ${diff.moves.length} regions.` : '.'),
    diff.moves.length === 0 ? h('p', { id: 'diff-nothing' }, 'Nothing moved: every world keeps its verdict.') : [
      legend(),
      h('p', { class: 'hint' }, 'Cells are coloured as the second side answers; a cell with a thick border and ',
        '“↺” holds uses that moved (hover to see from what).'),
      heatmap(after, {
        describe: (key) => {
          const cell = cells.get(key) ?? { worlds: {}, regions: [] };
          const m = moved.get(key);
          const base = { worlds: cell.worlds, verdict: verdictOf(cell.worlds), marks: letters(cell.worlds) };
          if (!m) return { ...base, title: 'Nothing moved here.' };
          const lines = [...new Set(m.moves.map((x) => `${x.before.verdict} → ${x.after.verdict}: ${x.after.because}`))];
          return { ...base, state: 'moved', marks: ['↺', letters(cell.worlds)],
            note: `${Math.round((100 * m.worlds) / perCell)}% moved`,
            title: `${Math.round((100 * m.worlds) / perCell)}% of these uses moved\n${lines.slice(0, 3).join('\n')}` };
        },
        ask: (values) => askParams(id, values, knownOn, useDate),
      }),
      movesTable(diff),
    ],
  ];
}

function movesTable(diff) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'moves' },
    h('caption', {}, 'What moved, region by region, with the rules and statements responsible'),
    h('thead', {}, h('tr', {}, ['Region', 'Worlds', 'Where', 'Before', 'After', 'Responsible']
      .map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, diff.moves.map((m) => h('tr', { 'data-move': m.id },
      h('th', { scope: 'row' }, m.id), h('td', { class: 'num' }, m.worlds), h('td', {}, whereText(m.where)),
      h('td', { 'data-side': 'before' }, verdictBadge(m.before.verdict), ' ', m.before.because),
      h('td', { 'data-side': 'after' }, verdictBadge(m.after.verdict), ' ', m.after.because),
      h('td', {}, m.rules.map((r) => h('code', {}, r, ' ')), m.statements.length ? ['statements: ',
        m.statements.map((s) => h('code', {}, s, ' '))] : null))))));
}
