// The scope map as a heatmap: agency type × capability, one panel per activity and purpose. Each cell holds the
// worlds of the map with those four values (the other facts and the dates vary within it); it is coloured by the
// share of each verdict among them, and a click on it opens that use in Ask.
import { h } from './dom.js';
import { askHash } from './query.js';

export const ROW = 'agency.type';
export const COL = 'capability';
export const PANEL_ROW = 'activity';
export const PANEL_COL = 'purpose';
const FIELDS = [PANEL_ROW, PANEL_COL, ROW, COL];
export const VERDICTS = ['COVERED', 'NOT_COVERED', 'UNDETERMINED'];
const LETTER = { COVERED: 'C', NOT_COVERED: 'N', UNDETERMINED: 'U' };
const COLOUR = { COVERED: '#f2a196', NOT_COVERED: '#9fd8b3', UNDETERMINED: '#ffd75e' };

/** The classes of one axis of a map, or [null] (one class: any) when the map has no such axis. */
export function classesOf(map, field) {
  return map.axes.find((a) => a.field === field)?.classes ?? [null];
}

export const cellKey = (values) => values.map((v) => v ?? '*').join('|');

/**
 * Spreads regions (anything with worlds and where, e.g. the map's regions or a diff's moves) over the cells: a
 * region is a box, so the worlds it holds in each cell it spans are its worlds divided by the cells it spans.
 */
export function spread(map, regions, add) {
  const axes = FIELDS.map((f) => classesOf(map, f));
  for (const region of regions) {
    const spans = FIELDS.map((f, i) => (axes[i][0] === null ? [null] : region.where?.[f] ?? axes[i]));
    const share = region.worlds / spans.reduce((n, s) => n * s.length, 1);
    for (const a of spans[0]) for (const b of spans[1]) for (const c of spans[2]) for (const d of spans[3]) {
      add(cellKey([a, b, c, d]), region, share);
    }
  }
}

/** Worlds in one cell of the map: all its worlds divided evenly among the cells. */
export function worldsPerCell(map) {
  return map.worlds / FIELDS.reduce((n, f) => n * classesOf(map, f).length, 1);
}

/** Per cell: worlds by verdict and the regions it meets. */
export function verdictCells(map) {
  const cells = new Map();
  spread(map, map.regions, (key, region, share) => {
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { worlds: {}, regions: [] }));
    cell.worlds[region.verdict] = (cell.worlds[region.verdict] ?? 0) + share;
    cell.regions.push(region);
  });
  return cells;
}

/** The cell's background: one colour, or bands in proportion to each verdict's share. */
function background(worlds, total) {
  const parts = VERDICTS.filter((v) => worlds[v] > 0);
  if (parts.length <= 1) return COLOUR[parts[0]] ?? '#ffffff';
  let at = 0;
  const stops = parts.map((v) => {
    const from = at;
    at += (100 * worlds[v]) / total;
    return `${COLOUR[v]} ${from.toFixed(1)}% ${at.toFixed(1)}%`;
  });
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

const percent = (n, total) => `${Math.round((100 * n) / total)}%`;

/** What a cell holds in words: "COVERED 100%" or "COVERED 50%, UNDETERMINED 50%". */
export function shares(worlds, total) {
  return VERDICTS.filter((v) => worlds[v] > 0).map((v) => `${v} ${percent(worlds[v], total)}`).join(', ');
}

/**
 * The panels. describe(key, values) gives a cell's {worlds, title, marks, state}; ask gives the Ask parameters of a
 * cell's use (or null). Filters pick the activity and purpose panels shown ('' for all).
 */
export function heatmap(map, { describe, ask, filter = {} }) {
  const rows = classesOf(map, ROW);
  const cols = classesOf(map, COL);
  const panelRows = classesOf(map, PANEL_ROW).filter((v) => !filter[PANEL_ROW] || v === filter[PANEL_ROW]);
  const panelCols = classesOf(map, PANEL_COL).filter((v) => !filter[PANEL_COL] || v === filter[PANEL_COL]);
  const total = worldsPerCell(map);
  const panels = [];
  for (const pr of panelRows) {
    for (const pc of panelCols) {
      const title = [pr, pc].filter(Boolean).join(' · ') || 'every use';
      panels.push(h('div', { class: 'panel', 'data-panel': cellKey([pr, pc]) },
        h('table', { class: 'heat' },
          h('caption', {}, title),
          h('thead', {}, h('tr', {}, h('td', {}),
            cols.map((c) => h('th', { scope: 'col', title: c ?? 'any capability' },
              h('span', {}, c ?? 'any'))))),
          h('tbody', {}, rows.map((r) => h('tr', {},
            h('th', { scope: 'row' }, r ?? 'any agency'),
            cols.map((c) => {
              const values = [pr, pc, r, c];
              const key = cellKey(values);
              const cell = describe(key, values);
              const label = `${[r, c].filter(Boolean).join(' × ')}${pr || pc ? ` (${title})` : ''}: `
                + `${shares(cell.worlds, total)}${cell.note ? `; ${cell.note}` : ''}`;
              const params = ask(values);
              return h('td', { class: 'cell' },
                h('button', { type: 'button', class: `cell-button ${cell.state ?? ''}`, 'data-cell': key,
                  'data-verdict': cell.verdict, style: `background: ${background(cell.worlds, total)}`,
                  title: cell.title, 'aria-label': label,
                  onclick: params ? () => { location.hash = askHash(params); } : null },
                  cell.marks));
            })))))));
    }
  }
  return h('div', { class: 'panels' }, panels);
}

/** The verdict every world of a cell shares, or MIXED when its worlds differ. */
export function verdictOf(worlds) {
  const present = VERDICTS.filter((v) => worlds[v] > 0);
  return present.length === 1 ? present[0] : 'MIXED';
}

/** A legend of the colours, in words too. */
export function legend() {
  return h('ul', { class: 'legend', 'aria-label': 'Legend' },
    VERDICTS.map((v) => h('li', {}, h('span', { class: 'swatch', style: `background: ${COLOUR[v]}` }, LETTER[v]),
      ' ', v)),
    h('li', {}, h('span', { class: 'swatch', style: `background: linear-gradient(to right, ${COLOUR.COVERED} 50%, `
      + `${COLOUR.UNDETERMINED} 50%)` }, ''), ' bands: the other facts split the cell'));
}

export function letters(worlds) {
  return VERDICTS.filter((v) => worlds[v] > 0).map((v) => LETTER[v]).join('');
}
