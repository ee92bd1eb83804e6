// Ask: a form generated from the vocabulary, and every pledge's answer side by side.
import { api, pledgesOnce } from './api.js';
import { fill, h, problem, quote, today, verdictBadge } from './dom.js';
import { askHash, toQuery } from './query.js';
import { DATES, factByPath, valueDescription, vocabulary } from './vocabulary.js';

const controlId = (path) => `fact-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export class AskView {
  constructor() {
    this.params = new URLSearchParams();
    this.form = h('form', { id: 'ask-form', novalidate: true, onsubmit: (e) => this.submit(e) });
    this.answer = h('section', { id: 'answer', 'aria-live': 'polite', 'aria-labelledby': 'answer-heading',
      'data-state': 'empty' });
    this.root = h('div', { class: 'ask' },
      h('h1', {}, 'Ask'),
      h('p', { class: 'lede' }, 'Say what you know about a use; leave the rest unknown. Every pledge answers ',
        'side by side, quoting the text its answer rests on and naming what it hinges on.'),
      this.form, this.answer);
    this.ready = this.build();
  }

  async build() {
    const [vocab, pledges] = await Promise.all([vocabulary(), pledgesOnce()]);
    this.vocab = vocab;
    this.pledges = pledges;
    this.clauses = await clauseIndex(pledges);
    const facts = vocab.facts.filter((f) => !DATES.includes(f.path));
    const groups = new Map();
    for (const fact of facts) {
      const group = fact.declaredBy?.length ? `Declared by ${fact.declaredBy.join(', ')}`
        : fact.path.includes('.') ? fact.path.split('.')[0] : 'use';
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group).push(fact);
    }
    const dates = DATES.map((path) => factByPath(vocab, path) ?? { path, kind: 'date' });
    fill(this.form,
      h('div', { class: 'field' },
        h('label', { for: 'fact-pledge' }, 'Pledge'),
        h('select', { id: 'fact-pledge', name: 'pledge', 'aria-describedby': 'fact-pledge-desc',
          onchange: () => this.showPackFacts() },
          h('option', { value: '' }, 'Every pledge, side by side'),
          pledges.map((p) => h('option', { value: p.id }, p.title ?? p.id))),
        h('p', { class: 'hint', id: 'fact-pledge-desc' }, 'Which pledge to ask; by default every loaded pledge.')),
      h('fieldset', { class: 'dates' }, h('legend', {}, 'When'), dates.map((f) => this.control(f, true))),
      [...groups].map(([group, list]) => h('fieldset', { 'data-declared-by': list[0].declaredBy?.join(' ') || null },
        h('legend', {}, group === 'use' ? 'The use' : group[0].toUpperCase() + group.slice(1)),
        list.map((f) => this.control(f, false)))),
      this.assumedList = h('div', { class: 'assumed', 'aria-live': 'polite' }),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', id: 'ask-button' }, 'Ask'),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.clear() }, 'Clear the facts')));
  }

  /** One labelled control per fact; every one may be left unknown but the two dates. */
  control(fact, isDate) {
    const id = controlId(fact.path);
    const descId = `${id}-desc`;
    const described = { 'aria-describedby': descId };
    let input;
    let hint;
    if (fact.kind === 'enumeration' || fact.kind === 'boolean') {
      const values = fact.kind === 'boolean' ? [{ id: 'true' }, { id: 'false' }] : fact.values ?? [];
      const sets = Object.entries(fact.sets ?? {});
      input = h('select', { id, name: fact.path, ...described },
        h('option', { value: '' }, 'unknown'),
        values.map((v) => h('option', { value: v.id }, v.description ? `${v.id} — ${v.description}` : v.id)),
        sets.length ? h('optgroup', { label: 'Known only as one of a set' }, sets.map(([name, ids]) =>
          h('option', { value: name }, `${name} — one of ${ids.join(', ')}`))) : null);
      hint = 'Unknown if not said.';
    } else if (fact.kind === 'country') {
      input = h('input', { id, name: fact.path, type: 'text', maxlength: 2, size: 4, autocomplete: 'off',
        placeholder: fact.example ?? 'US', pattern: '[A-Za-z]{2}', ...described });
      hint = 'Two-letter ISO code (US, GB, …); empty = unknown.';
    } else if (fact.kind === 'text') {
      input = h('input', { id, name: fact.path, type: 'text', autocomplete: 'off', placeholder: fact.example,
        ...described });
      hint = 'Optional.';
    } else {
      input = h('input', { id, name: fact.path, type: 'text', inputmode: 'numeric', size: 12, autocomplete: 'off',
        placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', required: isDate, ...described });
      hint = isDate ? 'YYYY-MM-DD; empty = today.' : 'YYYY-MM-DD; empty = unknown.';
    }
    return h('div', { class: 'field', 'data-fact': fact.path },
      h('label', { for: id }, fact.path),
      input,
      h('p', { class: 'hint', id: descId }, fact.description ? `${fact.description} ` : '', hint),
      h('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
  }

  /** Shows the answer to the URL's parameters (none: just the form). */
  async show(params) {
    this.params = params;
    try {
      await this.ready;
    } catch (e) {
      fill(this.answer, problem(e, 'The form could not be built'));
      return;
    }
    for (const el of this.form.elements) {
      if (!el.name) continue;
      el.value = params.get(el.name) ?? (DATES.includes(el.name) ? today() : '');
    }
    this.showPackFacts();
    this.showAssumed();
    if ([...params.keys()].length === 0) {
      this.answer.dataset.state = 'empty';
      fill(this.answer, h('h2', { id: 'answer-heading' }, 'Answer'),
        h('p', {}, 'Fill in what you know and press Ask.'));
      return;
    }
    await this.ask(params);
  }

  /**
   * With one pledge chosen, only the facts of its own pack among those packs declare (another pack's facts cannot
   * change its answer); with every pledge, all of them. A fact hidden is disabled, so it is not sent.
   */
  showPackFacts() {
    const chosen = this.form.elements.namedItem('pledge')?.value ?? '';
    for (const fieldset of this.form.querySelectorAll('fieldset[data-declared-by]')) {
      const shown = chosen === '' || fieldset.dataset.declaredBy.split(' ').includes(chosen);
      fieldset.hidden = !shown;
      fieldset.disabled = !shown;
    }
  }

  showAssumed() {
    const assumed = [...this.params].filter(([k]) => k.startsWith('assume.'));
    fill(this.assumedList, assumed.length === 0 ? null : [
      h('p', { class: 'label' }, 'Readings assumed'),
      h('ul', {}, assumed.map(([k, reading]) => {
        const question = k.slice('assume.'.length);
        return h('li', {}, h('code', {}, question), ' = ', h('code', {}, reading), ' ',
          h('button', { type: 'button', class: 'small secondary', 'data-drop': question,
            'aria-label': `Drop the assumption ${question} = ${reading}`,
            onclick: () => this.go((p) => p.delete(k)) }, 'Drop the assumption'));
      }))]);
  }

  /** The form's facts plus the assumptions kept from the URL. */
  formParams() {
    const params = new URLSearchParams();
    for (const el of this.form.elements) {
      if (!el.name || el.value.trim() === '' || el.matches(':disabled')) continue;
      const value = el.value.trim();
      params.set(el.name, factByPath(this.vocab, el.name)?.kind === 'country' ? value.toUpperCase() : value);
    }
    for (const [k, v] of this.params) if (k.startsWith('assume.')) params.set(k, v);
    return params;
  }

  submit(event) {
    event.preventDefault();
    this.go(() => {});
  }

  clear() {
    for (const el of this.form.elements) if (el.name) el.value = DATES.includes(el.name) ? today() : '';
    this.params = new URLSearchParams();
    this.showPackFacts();
    this.showAssumed();
  }

  /** Puts the edited query into the URL; the router then asks it. */
  go(edit) {
    this.reveal = true;
    const params = this.formParams();
    edit(params);
    const hash = askHash(params);
    if (location.hash === hash) this.show(params);
    else location.hash = hash;
  }

  async ask(params) {
    const asked = (this.asked ?? 0) + 1;
    this.asked = asked;
    this.answer.dataset.state = 'loading';
    this.answer.setAttribute('aria-busy', 'true');
    this.form.querySelectorAll('[aria-invalid]').forEach((el) => {
      el.removeAttribute('aria-invalid');
      el.setAttribute('aria-describedby', `${el.id}-desc`);
    });
    this.form.querySelectorAll('.field-error').forEach((el) => { el.hidden = true; });
    try {
      const decision = await api.coverage(toQuery(params, this.vocab));
      if (asked !== this.asked) return; // a later question is on its way: its answer is the one to show
      this.render(decision);
      this.answer.dataset.state = 'done';
      this.answer.dataset.decisionId = decision.decisionId;
    } catch (e) {
      if (asked !== this.asked) return;
      this.markErrors(e);
      fill(this.answer, h('h2', { id: 'answer-heading' }, 'Answer'), problem(e, 'The question could not be asked'));
      this.answer.dataset.state = 'error';
    } finally {
      this.answer.removeAttribute('aria-busy');
      this.revealAnswer();
    }
  }

  /** After a question the user asked (not a page load), brings the answer into view if it is below it. */
  revealAnswer() {
    if (!this.reveal) return;
    this.reveal = false;
    if (this.answer.getBoundingClientRect().top > window.innerHeight * 0.8) {
      this.answer.scrollIntoView({ block: 'start' });
    }
  }

  markErrors(e) {
    for (const { field, message } of e.problem?.errors ?? []) {
      const input = this.form.elements.namedItem(field);
      if (!(input instanceof HTMLElement)) continue;
      input.setAttribute('aria-invalid', 'true');
      const error = document.getElementById(`${input.id}-error`);
      if (error) {
        fill(error, message);
        error.hidden = false;
        input.setAttribute('aria-describedby', `${input.id}-desc ${error.id}`);
      }
    }
  }

  render(decision) {
    const q = decision.query;
    fill(this.answer,
      h('h2', { id: 'answer-heading' }, 'Answer'),
      h('p', { class: 'meta' }, `Use on ${q.useDate}, pledges read as known on ${q.asKnownOn}. `,
        'Rule set ', h('code', { title: decision.rulesetRevision }, decision.rulesetRevision.slice(0, 15)), ', decision ',
        h('code', {}, decision.decisionId), '. ',
        h('a', { href: location.hash, id: 'share-link' }, 'Link to this answer'), ' (share it or reload it).'),
      h('div', { class: 'results' }, decision.results.map((r) => this.result(r))));
  }

  result(r) {
    const title = this.pledges.find((p) => p.id === r.pledge)?.title ?? r.pledge;
    const headingId = `result-${r.pledge}`;
    const quoted = (r.reasons ?? []).filter((reason) => reason.quote);
    const decisive = new Set([...(r.openQuestions ?? []), ...(r.presumptions ?? [])].map((q) => q.id));
    const alsoOpen = (r.reasons ?? []).filter((reason) => !reason.quote && !decisive.has(reason.question));
    return h('article', { class: 'result', 'data-pledge': r.pledge, 'data-verdict': r.verdict,
      'aria-labelledby': headingId },
    h('h3', { id: headingId }, title),
    h('p', { class: 'verdict-line' }, verdictBadge(r.verdict, true)),
    h('p', { class: 'because' }, r.because),
    Object.keys(r.assumed ?? {}).length ? h('p', { class: 'assumed-note' }, 'Assuming ',
      Object.entries(r.assumed).map(([question, reading], i) => [i ? ', ' : '', h('code', {}, question), ' = ',
        h('code', {}, reading)]), '.') : null,
    Object.keys(r.presumed ?? {}).length ? h('p', { class: 'presumed-note' }, 'Presuming ',
      Object.entries(r.presumed).map(([question, reading], i) => [i ? ', ' : '', h('code', {}, question), ' = ',
        h('code', {}, reading)]), ': the reading that holds until a statement ends it or you assume another.') : null,
    quoted.length ? [h('h4', {}, 'The text it rests on'), h('ul', { class: 'reasons' }, quoted.map((reason) =>
      h('li', { class: 'reason', 'data-clause': reason.clause },
        h('p', { class: 'effect' }, h('span', { class: `effect e-${reason.effect.toLowerCase()}` }, reason.effect), ' ',
          h('code', {}, reason.clause), ' by rule ', h('code', {}, reason.rule),
          reason.dependsOn?.length ? [' — if read broadly: ', reason.dependsOn.join(', ')] : null),
        quote(reason.quote, reason.source))))] : null,
    alsoOpen.length ? h('p', { class: 'hint' }, 'Also raised, not decisive here: ', alsoOpen.map((o, i) => [i ? ', ' : '',
      h('code', {}, o.question ?? o.rule)])) : null,
    r.openQuestions?.length ? [h('h4', {}, 'Open questions it hinges on'),
      r.openQuestions.map((oq) => this.openQuestion(oq))] : null,
    r.presumptions?.length ? [h('h4', {}, 'Presumed readings it rests on'),
      r.presumptions.map((oq) => this.openQuestion(oq, r.presumed?.[oq.id]))] : null,
    r.missingFacts?.length ? [h('h4', {}, 'Missing facts it hinges on'),
      r.missingFacts.map((mf) => this.missingFact(mf))] : null,
    h('h4', {}, 'Term'),
    this.term(r));
  }

  /** The term as known, quoting the clause that sets it, and the statements known. */
  term(r) {
    const known = h('p', { class: 'term' }, 'Statements known: ', (r.knownStatements ?? []).join(', ') || 'none', '.');
    if (!r.term) return known;
    const clause = this.clauses.get(r.term.clause);
    return h('div', { class: 'term' },
      h('p', {}, 'As known: ', r.term.from,
        r.term.untilFurtherNotice ? ' until further notice' : r.term.until ? ` through ${r.term.until}` : '',
        `, set by ${r.term.setBy}`, clause ? ':' : '.'),
      clause ? quote(clause.text, clause.source) : null,
      known);
  }

  /** An open question with the verdict under each reading; {@code presumed}: the reading the answer presumes. */
  openQuestion(oq, presumed) {
    return h('section', { class: presumed ? 'question presumed' : 'question', 'data-question': oq.id,
      'aria-label': `${presumed ? 'Presumed reading of' : 'Open question'} ${oq.id}` },
      h('p', { class: 'q' }, h('code', {}, oq.id), ': ', oq.question),
      oq.raisedBy?.length ? h('div', { class: 'raised' }, h('p', { class: 'label' }, 'Raised by'),
        h('ul', {}, oq.raisedBy.map((who) => h('li', {}, who)))) : null,
      h('ul', { class: 'choices' }, oq.readings.map((reading) => h('li', { 'data-reading': reading.id },
        h('p', {}, h('strong', {}, reading.id), ': ', reading.says,
          reading.id === presumed ? h('span', { class: 'presumed' }, ' (presumed: this answer)') : null),
        h('p', {}, 'Then: ', verdictBadge(reading.verdict), ' ',
          h('button', { type: 'button', class: 'small', 'data-assume': `${oq.id}=${reading.id}`,
            'aria-label': `Re-ask with this reading: ${oq.id} = ${reading.id}`,
            onclick: () => this.go((p) => p.set(`assume.${oq.id}`, reading.id)) },
          'Re-ask with this reading'))))));
  }

  missingFact(mf) {
    const fact = factByPath(this.vocab, mf.field);
    return h('section', { class: 'missing', 'data-missing': mf.field, 'aria-label': `Missing fact ${mf.field}` },
      h('p', { class: 'q' }, h('code', {}, mf.field), fact?.description ? `: ${fact.description}` : ' is unknown.'),
      mf.openQuestions?.length ? h('p', { class: 'hint' }, 'Whatever its value, the answer also hinges on ',
        mf.openQuestions.map((q, i) => [i ? ', ' : '', h('code', {}, q)]), '.') : null,
      h('ul', { class: 'choices' }, answersOf(mf).map((a) => {
        const description = a.enumerated ? valueDescription(this.vocab, mf.field, a.value) : null;
        return h('li', { 'data-value': a.value },
        h('p', {}, h('strong', {}, a.label), description ? [' — ', description] : null),
        h('p', {}, 'Then: ', verdictBadge(a.verdict), ' ',
          h('button', { type: 'button', class: 'small', 'data-fill': `${mf.field}=${a.value}`,
            'aria-label': `${a.label === a.value ? 'Fill it in' : `Fill in ${a.value}`}: ${mf.field} = ${a.value}`,
            onclick: () => this.go((p) => p.set(mf.field, a.value)) },
          a.label === a.value ? 'Fill it in' : `Fill in ${a.value}`)));
      })));
  }
}

/** Every clause of the pledges, by id, with its statement as source: the term's clause is quoted from here. */
async function clauseIndex(pledges) {
  const details = await Promise.all(pledges.map((p) => api.pledge(p.id)));
  const clauses = new Map();
  for (const statement of details.flatMap((d) => d.statements)) {
    for (const c of statement.clauses) clauses.set(c.id, { text: c.text, source: statement });
  }
  return clauses;
}

/** A missing fact's values with the verdict under each: its answers (each one a value to send back). */
function answersOf(mf) {
  if (!mf.answers?.length) {
    return Object.entries(mf.verdicts ?? {}).map(([value, verdict]) => ({ label: value, value, verdict }));
  }
  return mf.answers.map((a) => (a.value !== undefined
    ? { label: String(a.value), value: String(a.value), verdict: a.verdict, enumerated: true }
    : { label: describe(a), value: String(a.example), verdict: a.verdict }));
}

/** A range answer as a phrase: "before 2020-06-10", "on or after 2020-06-10", "a country other than US". */
function describe(a) {
  if (a.notIn) return `a country other than ${a.notIn.join(', ')}`;
  if (a.from && a.until) return `${a.from} to ${a.until}`;
  if (a.until) return `before ${dayAfter(a.until)}`;
  if (a.from) return `on or after ${a.from}`;
  return 'any value';
}

function dayAfter(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
