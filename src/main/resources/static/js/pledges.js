// Pledges: every pledge loaded; one pledge's statements on a timeline, its open questions and its rules.
import { api, pledgesOnce } from './api.js';
import { count, h, quote } from './dom.js';

export async function pledgeList() {
  const pledges = await pledgesOnce();
  return h('div', { class: 'pledges' },
    h('h1', {}, 'Pledges'),
    h('ul', { class: 'cards' }, pledges.map((p) => {
      const open = p.openQuestions.filter((q) => !q.settled).length;
      return h('li', { class: 'card', 'data-pledge': p.id },
        h('h2', {}, h('a', { href: `#/pledges/${encodeURIComponent(p.id)}` }, p.title ?? p.id)),
        h('p', {}, [p.vendor, p.product].filter(Boolean).join(' · ')),
        h('p', {}, termText(p.termToday, 'today')),
        h('p', { class: 'counts' }, `${count(p.statements.length, 'statement')}, from ${p.statements[0]?.published ?? '—'}; `,
          `${count(p.openQuestions.length, 'open question')}, ${open} not settled.`));
    })));
}

export async function pledgeDetail(id) {
  const [pledge, timeline] = await Promise.all([api.pledge(id), api.timeline(id)]);
  const statements = new Map(pledge.statements.map((s) => [s.id, s]));
  const byDate = new Map();
  for (const event of timeline) {
    if (!byDate.has(event.date)) byDate.set(event.date, []);
    byDate.get(event.date).push(event);
  }
  return h('div', { class: 'pledge', 'data-pledge': pledge.id },
    h('h1', {}, pledge.title ?? pledge.id),
    h('p', { class: 'meta' }, [pledge.vendor, pledge.product].filter(Boolean).join(' · '), ' · ',
      h('code', {}, pledge.id), ' · ', termText(pledge.termToday, 'today'), ' ',
      h('a', { href: `#/ask?pledge=${encodeURIComponent(pledge.id)}` }, 'Ask about this pledge'), ' · ',
      h('a', { href: `#/map/${encodeURIComponent(pledge.id)}` }, 'Its scope map'), ' · ',
      h('a', { href: `#/diff/${encodeURIComponent(pledge.id)}` }, 'What its statements moved')),
    h('h2', {}, 'Timeline'),
    h('ol', { class: 'timeline' }, [...byDate].map(([date, events]) => h('li', {},
      h('p', { class: 'date' }, h('time', { datetime: date }, date)),
      events.map((e) => event(e, statements))))),
    h('h2', {}, 'Open questions'),
    pledge.openQuestions.length === 0 ? h('p', {}, 'None.') : h('ul', { class: 'questions' },
      pledge.openQuestions.map((q) => openQuestion(q))),
    h('h2', {}, 'Rules'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'rules' },
      h('caption', {}, `${count(pledge.rules.length, 'rule')}, each with what it cites`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Rule'), h('th', { scope: 'col' }, 'Cites'),
        h('th', { scope: 'col' }, 'Written in'))),
      h('tbody', {}, pledge.rules.map((r) => h('tr', { 'data-rule': r.name },
        h('th', { scope: 'row' }, h('code', {}, r.name)),
        h('td', {}, citation(r, statements)),
        h('td', { class: 'written-in' }, h('code', {}, writtenIn(r)))))))));
}

/** Where a rule is written, under the rules directory: a DRL file and line, or a table and the row's cell. */
function writtenIn(rule) {
  return rule.line > 0 ? `${rule.file}:${rule.line}` : rule.file;
}

function event(e, statements) {
  if (e.kind === 'STATEMENT') {
    const s = statements.get(e.statement);
    return h('article', { class: 'event statement', id: `statement-${e.statement}`, 'data-statement': e.statement },
      h('h3', {}, s?.url ? h('a', { href: s.url }, e.summary) : e.summary),
      h('p', { class: 'meta' }, 'Published by ', s?.publisher ?? '—', ' · ', h('code', {}, e.statement)),
      (s?.clauses ?? []).map((c) => h('div', { class: 'clause', id: `clause-${c.id}` },
        h('p', { class: 'clause-id' }, h('code', {}, c.id)), quote(c.text))));
  }
  const label = e.kind === 'TERM' ? 'Term' : 'Settled';
  return h('p', { class: `event ${e.kind.toLowerCase()}` }, h('span', { class: 'kind' }, label), ' ',
    e.question ? [h('code', {}, e.question), ': '] : null, e.summary,
    e.kind === 'SETTLED' ? [' (', statementLink(e.statement), ')'] : null);
}

function openQuestion(q) {
  const s = q.settledBy;
  return h('li', { class: 'question', id: `question-${q.id}`, 'data-question': q.id },
    h('h3', {}, h('code', {}, q.id)),
    h('p', {}, q.question),
    h('p', { class: 'label' }, 'Raised by'),
    h('ul', { class: 'raised' }, q.raisedBy.map((who) => h('li', {}, who))),
    h('p', { class: 'label' }, 'Readings'),
    h('ul', {}, q.readings.map((r) => h('li', {}, h('strong', {}, r.id), ` (${r.effect}): `, r.says,
      r.id === q.presumed ? h('span', { class: 'presumed' }, ' — presumed until a statement ends it') : null))),
    h('p', { class: 'settled-by' }, s == null ? 'Not settled by any statement.'
      : [s.partial ? 'Partly settled' : `Settled as “${s.reading}”`, ' by ', statementLink(s.statement),
        ` on ${s.on}`, s.note ? [': ', s.note] : '.']));
}

function citation(rule, statements) {
  const parts = [];
  if (rule.clause) {
    const clause = [...statements.values()].flatMap((s) => s.clauses).find((c) => c.id === rule.clause);
    parts.push(h('a', { href: '#', onclick: scrollTo(`clause-${rule.clause}`) }, rule.clause));
    if (clause) parts.push(' ', h('q', {}, clause.text));
  }
  if (rule.question) {
    parts.push(parts.length ? ' · ' : '', 'question ', h('a', { href: '#', onclick: scrollTo(`question-${rule.question}`) },
      rule.question));
  }
  return parts;
}

function statementLink(id) {
  return h('a', { href: '#', onclick: scrollTo(`statement-${id}`) }, id);
}

/** In-page links that keep the URL (the hash is the route): scroll to and focus the target. */
function scrollTo(id) {
  return (event) => {
    event.preventDefault();
    const target = document.getElementById(id);
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };
}

function termText(term, day) {
  if (!term) return `No term known ${day}.`;
  const end = term.untilFurtherNotice ? 'until further notice' : `through ${term.until}`;
  return `Term ${term.from} ${end} (set by ${term.setBy}), ${term.inForce ? 'in force' : 'not in force'} ${day}.`;
}
