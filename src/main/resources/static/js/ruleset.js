// Rule set: the revision served, when it was loaded, its packs, the last reload error; with the admin token,
// a reload button.
import { api, RELOADED } from './api.js';
import { fill, h, problem } from './dom.js';

export async function ruleSetView() {
  const status = h('div', { id: 'ruleset-status' });
  const outcome = h('div', { id: 'reload-outcome', 'aria-live': 'polite' });
  const token = h('input', { id: 'admin-token', type: 'password', autocomplete: 'off',
    'aria-describedby': 'admin-token-desc' });
  const show = (rs) => fill(status, describe(rs));
  show(await api.ruleset());
  const reload = async (event) => {
    event.preventDefault();
    fill(outcome, h('p', {}, 'Reloading…'));
    try {
      const rs = await api.reload(token.value);
      window.dispatchEvent(new Event(RELOADED));
      show(rs);
      fill(outcome, h('p', { class: 'ok', role: 'status' }, `Reloaded: now serving ${rs.revision}.`));
    } catch (e) {
      fill(outcome, problem(e, 'The rule set was not reloaded'));
      try {
        show(await api.ruleset());
      } catch {
        // the status shown stays as it was
      }
    }
  };
  return h('div', { class: 'ruleset' },
    h('h1', {}, 'Rule set'),
    status,
    h('h2', {}, 'Reload the rules directory'),
    h('form', { class: 'reload', onsubmit: reload },
      h('div', { class: 'field' },
        h('label', { for: 'admin-token' }, 'Admin token'),
        token,
        h('p', { class: 'hint', id: 'admin-token-desc' }, 'The service\'s pledgescope.admin-token; sent as ',
          h('code', {}, 'Authorization: Bearer …'), ' and kept only in this page.')),
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'reload-button' }, 'Reload'))),
    outcome);
}

function describe(rs) {
  const error = rs.lastReloadError;
  return [
    h('dl', { class: 'facts' },
      h('dt', {}, 'Revision'), h('dd', { id: 'revision' }, rs.revision ? h('code', {}, rs.revision) : 'none loaded'),
      h('dt', {}, 'Loaded at'), h('dd', {}, rs.loadedAt ? h('time', { datetime: rs.loadedAt }, rs.loadedAt) : '—'),
      h('dt', {}, 'From'), h('dd', {}, rs.location ? h('code', {}, rs.location) : '—')),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('caption', {}, 'Packs'),
      h('thead', {}, h('tr', {}, ['Pack', 'Title', 'Rules', 'Statements', 'Open questions']
        .map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, (rs.packs ?? []).map((p) => h('tr', { 'data-pack': p.id },
        h('th', { scope: 'row' }, h('a', { href: `#/pledges/${encodeURIComponent(p.id)}` }, p.id)),
        h('td', {}, p.title), h('td', { class: 'num' }, p.rules), h('td', { class: 'num' }, p.statements),
        h('td', { class: 'num' }, p.openQuestions)))))),
    h('h2', {}, 'Last reload error'),
    error == null ? h('p', { id: 'last-error' }, 'None.')
      : h('div', { id: 'last-error', class: 'problem' }, h('p', {}, `At ${error.at}:`),
        h('ul', {}, error.problems.map((p) => h('li', {}, h('code', {}, p))))),
  ];
}
