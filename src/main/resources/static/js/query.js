// The query lives in the URL: #/ask?useDate=2020-07-15&agency.type=SHERIFF&assume.amazon-existing-contracts=applies
// Each parameter is a fact path (nested JSON in the query), "pledge", or "assume.<question>" = reading.

/** URL parameters to the JSON query POSTed to /v1/coverage (boolean facts as JSON booleans). */
export function toQuery(params, vocab) {
  const booleans = new Set(vocab.facts.filter((f) => f.kind === 'boolean').map((f) => f.path));
  const query = {};
  for (const [key, value] of params) {
    if (value === '') continue;
    const path = key.split('.');
    let node = query;
    for (const part of path.slice(0, -1)) node = node[part] ??= {};
    const last = path[path.length - 1];
    node[last] = booleans.has(key) && (value === 'true' || value === 'false') ? value === 'true' : value;
  }
  if (query.assume && typeof query.assume !== 'object') delete query.assume;
  return query;
}

/** The hash that shows the answer to these parameters. */
export function askHash(params) {
  const sorted = new URLSearchParams([...params].filter(([, v]) => v !== ''));
  return `#/ask?${sorted.toString()}`;
}

/** The parameters of the current #/ask?… URL. */
export function currentParams() {
  const hash = location.hash;
  const i = hash.indexOf('?');
  return new URLSearchParams(i < 0 ? '' : hash.slice(i + 1));
}
