// The workbench's router: the URL's hash names the view (#/ask?…, #/pledges, #/pledges/ID, #/map/ID?…,
// #/diff/ID?…, #/ruleset).
import { RELOADED } from './api.js';
import { AskView } from './ask.js';
import { DiffView } from './diff.js';
import { MapView } from './map.js';
import { fill, h, problem } from './dom.js';
import { currentParams } from './query.js';
import { pledgeDetail, pledgeList } from './pledges.js';
import { ruleSetView } from './ruleset.js';

const main = document.getElementById('main');
let askView;
let mapView;
let diffView;
let shown;

async function route() {
  const hash = location.hash || '#/ask';
  const [path] = hash.slice(1).split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const view = parts[0] ?? 'ask';
  for (const link of document.querySelectorAll('nav a')) {
    if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const previous = shown;
  shown = `${view}/${parts.slice(1).join('/')}`;
  try {
    if (view === 'ask') {
      askView ??= new AskView();
      if (main.firstElementChild !== askView.root) fill(main, askView.root);
      document.title = 'Ask — PledgeScope';
      await askView.show(currentParams());
    } else if (view === 'map' || view === 'diff') {
      main.setAttribute('aria-busy', 'true');
      const persistent = view === 'map' ? (mapView ??= new MapView()) : (diffView ??= new DiffView());
      await persistent.show(parts[1], currentParams());
      if (main.firstElementChild !== persistent.root) fill(main, persistent.root);
      document.title = `${view === 'map' ? 'Map' : 'Diff'} — PledgeScope`;
    } else {
      main.setAttribute('aria-busy', 'true');
      let content;
      if (view === 'pledges' && parts[1]) content = await pledgeDetail(parts[1]);
      else if (view === 'pledges') content = await pledgeList();
      else if (view === 'ruleset') content = await ruleSetView();
      else content = h('p', {}, 'No such view. ', h('a', { href: '#/ask' }, 'Ask a question'), '.');
      fill(main, content);
      document.title = `${main.querySelector('h1')?.textContent ?? 'PledgeScope'} — PledgeScope`;
    }
  } catch (e) {
    fill(main, h('h1', {}, 'Something went wrong'), problem(e, 'The view could not be loaded'));
  } finally {
    main.removeAttribute('aria-busy');
    main.dataset.view = shown;
  }
  if (previous === undefined) performance.mark('pledgescope:first-view');
  if (previous !== undefined && previous !== shown) main.focus({ preventScroll: false });
}

window.addEventListener('hashchange', route);
window.addEventListener(RELOADED, () => {
  askView = undefined;
  mapView = undefined;
  diffView = undefined;
});
route();
