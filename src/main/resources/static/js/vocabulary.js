// The facts a query can state, as GET /v1/vocabulary lists them:
//   {facts: [{path, kind: enumeration|date|country|boolean|text, description, values: [{id, description}],
//             sets: {name: [ids]}, example, declaredBy: [pack ids]}]}
// A query may give a set's name where it knows a value only that far ("police" for agency.type).
// A path maps to nested JSON in the query: "agency.type" is {"agency": {"type": …}}.
import { api, RELOADED } from './api.js';

let loaded;
window.addEventListener(RELOADED, () => {
  loaded = undefined;
});

/** The vocabulary, fetched once. */
export function vocabulary() {
  loaded ??= api.vocabulary().catch((e) => {
    loaded = undefined;
    throw e;
  });
  return loaded;
}

/** The two dates every query has: they default to today, the other facts to unknown. */
export const DATES = ['useDate', 'asKnownOn'];

export function factByPath(vocab, path) {
  return vocab.facts.find((f) => f.path === path);
}

/** The description of an enumeration value, if the vocabulary gives one. */
export function valueDescription(vocab, path, id) {
  return factByPath(vocab, path)?.values?.find((v) => v.id === id)?.description;
}
