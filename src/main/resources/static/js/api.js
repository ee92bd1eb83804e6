// The JSON API, exactly as any other caller uses it.

/** A failed call, carrying the RFC 9457 problem (title, detail, errors [{field, message}]) when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

async function call(method, path, body, headers = {}, signal = undefined) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, signal };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { detail: text };
  }
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

export const api = {
  coverage: (query) => call('POST', 'v1/coverage', query),
  pledges: () => call('GET', 'v1/pledges'),
  pledge: (id) => call('GET', `v1/pledges/${encodeURIComponent(id)}`),
  timeline: (id) => call('GET', `v1/pledges/${encodeURIComponent(id)}/timeline`),
  ruleset: () => call('GET', 'v1/ruleset'),
  reload: (token) => call('POST', 'v1/ruleset/reload', undefined, { Authorization: `Bearer ${token}` }),
  vocabulary: () => call('GET', 'v1/vocabulary'),
  // Maps and diffs take the service seconds: a view aborts the one it no longer needs (signal), which closes its
  // connection, and the service stops making it.
  map: (id, params, signal) => call('GET', `v1/pledges/${encodeURIComponent(id)}/map${search(params)}`, undefined, {},
    signal),
  diff: (id, params, signal) => call('GET', `v1/pledges/${encodeURIComponent(id)}/diff${search(params)}`, undefined,
    {}, signal),
  diffFromPrevious: (id, params, signal) => call('GET',
    `v1/pledges/${encodeURIComponent(id)}/diff/previous${search(params)}`, undefined, {}, signal),
};

/** "?a=1&b=2" for the parameters given a value (an object), "" for none. */
function search(params) {
  const given = Object.entries(params ?? {}).filter(([, v]) => v != null && v !== '');
  return given.length ? `?${new URLSearchParams(given)}` : '';
}

let pledgeList;
/** GET /v1/pledges once per page load: titles and statements for the views. */
export function pledgesOnce() {
  pledgeList ??= api.pledges().catch((e) => {
    pledgeList = undefined;
    throw e;
  });
  return pledgeList;
}

/** After a reload the pledges and their facts may have changed: views listen for this event to start afresh. */
export const RELOADED = 'pledgescope:reloaded';
window.addEventListener(RELOADED, () => {
  pledgeList = undefined;
});
