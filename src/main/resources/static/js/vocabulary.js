// The facts a query can state, as GET /v1/vocabulary lists them:
//   {facts: [{path, kind: enumeration|date|country|boolean, description, values: [{id, description}],
//             sets: {name: [ids]}, declaredBy: [pack ids]}]}
// A path maps to nested JSON in the query: "agency.type" is {"agency": {"type": …}}.
import { api, ApiError } from './api.js';

let loaded;

/** The vocabulary, fetched once. Served without /v1/vocabulary, the facts come from the OpenAPI Query schema. */
export function vocabulary() {
  loaded ??= api.vocabulary().catch((e) => {
    if (e instanceof ApiError && e.status === 404) return fromOpenApi();
    loaded = undefined;
    throw e;
  });
  return loaded;
}

/** The fallback: every property of the Query schema but pledge, assume and the echoed agency.name. */
async function fromOpenApi() {
  const doc = await api.openApi();
  const schemas = doc.components.schemas;
  const facts = [];
  const walk = (schema, prefix) => {
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      const path = prefix + name;
      if (['pledge', 'assume', 'agency.name'].includes(path)) continue;
      if (prop.$ref) walk(schemas[prop.$ref.split('/').pop()], `${path}.`);
      else if (prop.enum) facts.push({ path, kind: 'enumeration', values: prop.enum.map((id) => ({ id })) });
      else if (prop.format === 'date') facts.push({ path, kind: 'date' });
      else if (prop.type === 'boolean') facts.push({ path, kind: 'boolean' });
      else if (path.endsWith('country')) facts.push({ path, kind: 'country' });
    }
  };
  walk(schemas.Query, '');
  return { facts, fromOpenApi: true };
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
