// Building the page without ever parsing markup: every string becomes a text node or an attribute value,
// so whatever a pack says (a clause with "<script>", a publisher with "&") shows as text.
import { ApiError } from './api.js';

/** An element with attributes (on* keys are listeners) and children (nodes, strings, arrays, null). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'href') el.setAttribute('href', safeHref(value));
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Links to the web (http, https) and within the page only: a pack's "javascript:" URL becomes a dead link. */
export function safeHref(url) {
  const s = String(url);
  return /^(https?:\/\/|#)/i.test(s) ? s : '#';
}

const verdictWords = {
  COVERED: 'Covered — the pledge restricts this use',
  NOT_COVERED: 'Not covered — the pledge does not reach this use',
  UNDETERMINED: 'Undetermined — it hinges on what is named below',
};

/** A verdict badge: the verdict word (for tests and screen readers) with a class for its colour. */
export function verdictBadge(verdict, long = false) {
  return h('span', { class: `verdict v-${String(verdict).toLowerCase()}`, 'data-verdict': verdict },
    long ? verdictWords[verdict] ?? verdict : verdict);
}

/** A quoted clause with publisher, date and a link to the source. */
export function quote(text, source) {
  return h('figure', { class: 'quote' },
    h('blockquote', {}, text),
    source ? h('figcaption', {}, '— ', source.publisher ?? '', source.published ? `, ${source.published}` : '',
      source.url ? [', ', h('a', { href: source.url, class: 'source' }, source.title ?? 'source')]
        : source.title ? [', ', h('cite', {}, source.title)] : null) : null);
}

/** "1 statement", "2 statements": a count with its noun in the number it takes. */
export function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

/** An RFC 9457 problem as an alert: its detail and every field at fault. */
export function problem(e, what) {
  const p = e instanceof ApiError ? e.problem : { detail: String(e?.message ?? e) };
  return h('div', { class: 'problem', role: 'alert' },
    h('p', {}, h('strong', {}, what), e instanceof ApiError ? ` (HTTP ${e.status})` : '', ': ', p.title ?? ''),
    p.detail ? h('p', {}, p.detail) : null,
    p.errors?.length ? h('ul', {}, p.errors.map((err) => h('li', {},
      err.field ? [h('code', {}, err.field), ': '] : null, err.message))) : null);
}
