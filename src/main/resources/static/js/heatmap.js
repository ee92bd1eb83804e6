// The scope map as a heatmap: two facts on the rows and columns (agency type × capability unless the route chooses
// others), one panel per value of two more (activity × purpose by default). Each cell holds the worlds of the map with
// those four values (the other facts and the dates vary within it); it is coloured by the share of each verdict among
// them, and a click on it opens that use in Ask. Panels that show the same cells are folded into one, captioned with
// every value it stands for.
import { h } from './dom.js';
import { askHash } from './query.js';

export const ROW = 'agency.type';
export const COL = 'capability';
export const PANEL_ROW = 'activity';
export const PANEL_COL = 'purpose';
/** The facts panels are drawn by, in order of preference, before the map's other facts. */
const PANEL_PREFERENCE = [PANEL_ROW, PANEL_COL, ROW, COL];
const DATES = ['asKnownOn', 'useDate'];
/** The default layout: [panel row, panel col, row, col]. */
const FIELDS = [PANEL_ROW, PANEL_COL, ROW, COL];
export const VERDICTS = ['COVERED', 'NOT_COVERED', 'UNDETERMINED'];
const LETTER = { COVERED: 'C', NOT_COVERED: 'N', UNDETERMINED: 'U' };
const COLOUR = { COVERED: '#f2a196', NOT_COVERED: '#9fd8b3', UNDETERMINED: '#ffd75e' };

/** The classes of one axis of a map, or [null] (one class: any) when the map has no such axis. */
export function classesOf(map, field) {
  return map.axes.find((a) => a.field === field)?.classes ?? [null];
}

export const cellKey = (values) => values.map((v) => v ?? '*').join('|');

/** The facts a map can put on its rows and columns: every axis but the two query dates. */
export function factsOf(map) {
  return map.axes.map((a) => a.field).filter((f) => !DATES.includes(f));
}

/**
 * The four fields a heatmap draws, [panel row, panel col, row, col]: the rows and columns chosen (each a fact of the
 * map, else the default), and the panels the first two of activity, purpose, agency type, capability, then the map's
 * other facts, not already drawn.
 */
export function layout(map, rows, cols) {
  const facts = factsOf(map);
  const pick = (chosen, taken, ...preferred) => [chosen, ...preferred, ...facts]
    .find((f) => f && facts.includes(f) && f !== taken) ?? null;
  const row = pick(rows, cols && facts.includes(cols) ? cols : null, ROW, COL);
  const col = pick(cols, row, COL, ROW);
  const rest = [...PANEL_PREFERENCE, ...facts].filter((f, i, all) => all.indexOf(f) === i && facts.includes(f)
    && f !== row && f !== col);
  return [rest[0] ?? null, rest[1] ?? null, row, col];
}

/**
 * Spreads regions (anything with worlds and where, e.g. the map's regions or a diff's moves) over the cells: a
 * region is a box, so the worlds it holds in each cell it spans are its worlds divided by the cells it spans.
 */
export function spread(map, regions, add, fields = FIELDS) {
  const axes = fields.map((f) => classesOf(map, f));
  for (const region of regions) {
    const spans = fields.map((f, i) => (axes[i][0] === null ? [null] : region.where?.[f] ?? axes[i]));
    const share = region.worlds / spans.reduce((n, s) => n * s.length, 1);
    for (const a of spans[0]) for (const b of spans[1]) for (const c of spans[2]) for (const d of spans[3]) {
      add(cellKey([a, b, c, d]), region, share);
    }
  }
}

/** Worlds in one cell of the map: all its worlds divided evenly among the cells. */
export function worldsPerCell(map, fields = FIELDS) {
  return map.worlds / fields.reduce((n, f) => n * classesOf(map, f).length, 1);
}

/** Per cell: worlds by verdict and the regions it meets. */
export function verdictCells(map, fields = FIELDS) {
  const cells = new Map();
  spread(map, map.regions, (key, region, share) => {
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { worlds: {}, regions: [] }));
    cell.worlds[region.verdict] = (cell.worlds[region.verdict] ?? 0) + share;
    cell.regions.push(region);
  }, fields);
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
 * The panels. describe(key, values) gives a cell's {worlds, title, marks, state, note}; ask gives the Ask parameters of
 * a cell's use (or null). fields are [panel row, panel col, row, col] (see layout); filter picks the panel values shown
 * ('' for all). Panels whose cells would look and read the same are folded into one, captioned with every value it
 * stands for; its cells name every cell they stand for in data-cells, and ask opens the first of them.
 */
export function heatmap(map, { describe, ask, filter = {}, fields = FIELDS }) {
  const [panelRow, panelCol, row, col] = fields;
  const rows = classesOf(map, row);
  const cols = classesOf(map, col);
  const panelRows = classesOf(map, panelRow).filter((v) => !filter[panelRow] || v === filter[panelRow]);
  const panelCols = classesOf(map, panelCol).filter((v) => !filter[panelCol] || v === filter[panelCol]);
  const total = worldsPerCell(map, fields);
  const folded = new Map();
  for (const pr of panelRows) {
    for (const pc of panelCols) {
      const cells = rows.map((r) => cols.map((c) => {
        const values = [pr, pc, r, c];
        return { values, key: cellKey(values), ...describe(cellKey(values), values) };
      }));
      const sight = JSON.stringify(cells.map((line) => line.map((c) => [c.worlds, c.verdict, c.marks, c.title,
        c.state, c.note])));
      if (!folded.has(sight)) folded.set(sight, { members: [], cells });
      const panel = folded.get(sight);
      panel.members.push([pr, pc]);
      if (panel.members.length > 1) panel.cells.forEach((line, i) => line.forEach((c, j) => c.others.push(cells[i][j].key)));
      else cells.forEach((line) => line.forEach((c) => { c.others = []; }));
    }
  }
  const panels = [...folded.values()].map((panel) => {
    const title = caption(panel.members, panelRow, panelCol, classesOf(map, panelRow), classesOf(map, panelCol));
    return h('div', { class: 'panel', 'data-panel': cellKey(panel.members[0]),
      'data-panels': JSON.stringify(panel.members.map((m) => cellKey(m))) },
    h('table', { class: 'heat' },
      h('caption', {}, title),
      h('thead', {}, h('tr', {}, h('td', {}),
        cols.map((c) => h('th', { scope: 'col', title: c ?? `any ${col}` },
          h('span', {}, c ?? 'any'))))),
      h('tbody', {}, rows.map((r, i) => h('tr', {},
        h('th', { scope: 'row' }, r ?? `any ${row}`),
        cols.map((c, j) => {
          const cell = panel.cells[i][j];
          const label = `${[r, c].filter(Boolean).join(' × ')}${panelRow || panelCol ? ` (${title})` : ''}: `
            + `${shares(cell.worlds, total)}${cell.note ? `; ${cell.note}` : ''}`;
          const params = ask(cell.values, fields);
          return h('td', { class: 'cell' },
            h('button', { type: 'button', class: `cell-button ${cell.state ?? ''}`, 'data-cell': cell.key,
              'data-cells': JSON.stringify([cell.key, ...cell.others]),
              'data-verdict': cell.verdict, style: `background: ${background(cell.worlds, total)}`,
              title: cell.title, 'aria-label': label,
              onclick: params ? () => { location.hash = askHash(params); } : null },
              cell.marks));
        }))))));
  });
  return h('div', { class: 'panels', 'data-folded': `${panelRows.length * panelCols.length}→${panels.length}` }, panels);
}

/**
 * A panel's caption: "USE · CRIMINAL_INVESTIGATION" for one panel; for folded ones, each box of values they hold,
 * "activity: SALE, RENEWAL · purpose: any", joined by "; ".
 */
function caption(members, panelRow, panelCol, allRows, allCols) {
  if (members.length === 1) return members[0].filter(Boolean).join(' · ') || 'every use';
  const colsOfRow = new Map();
  for (const [pr, pc] of members) {
    if (!colsOfRow.has(pr)) colsOfRow.set(pr, []);
    colsOfRow.get(pr).push(pc);
  }
  const rowsOfCols = new Map();
  for (const [pr, pcs] of colsOfRow) {
    const key = JSON.stringify(pcs);
    if (!rowsOfCols.has(key)) rowsOfCols.set(key, { pcs, prs: [] });
    rowsOfCols.get(key).prs.push(pr);
  }
  const values = (field, vs, all) => (field === null ? null
    : `${field}: ${vs.length === all.length && all.length > 1 ? 'any' : vs.join(', ')}`);
  return [...rowsOfCols.values()].map(({ pcs, prs }) => [values(panelRow, prs, allRows), values(panelCol, pcs, allCols)]
    .filter(Boolean).join(' · ')).join('; ');
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
