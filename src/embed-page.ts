/**
 * embed.html, the iframe embed: one `<sortie-map>` filling the page's width, configured by
 * the page's URL parameters (see readEmbedParams), reporting its height to the parent
 * page with the pym.js protocol. Sites that already use pym.js (`new pym.Parent(…)`) work
 * unchanged; README "Embedding" has a few lines for sites without it.
 *
 * The page never writes its own URL either: `url-sync` is not set, so the reader's
 * back button on the article is never affected by the map.
 */
import pym from 'pym.js';
import './embed';
import { readEmbedParams } from './components/sortie-map/options';

const map = document.createElement('sortie-map');
const { attributes, notices } = readEmbedParams(location.search, location.origin);
for (const [name, value] of attributes) map.setAttribute(name, value);
// What the URL asked for that was ignored, shown inside the map like its other notices.
map.urlNotices = notices;
// The iframe itself is the lazy part (loading="lazy" on it); inside, start at once.
map.setAttribute('loading', 'eager');
// The screenshot and snapshot scripts wait for this, as they do on the explorer.
map.addEventListener('sortie-ready', () => document.documentElement.setAttribute('data-ready', ''));
document.body.replaceChildren(map);

// pym's child sends `document.body.offsetHeight` to the parent (it only ever posts that
// height; the only message it acts on is the parent's width, which just triggers another
// send). Send it whenever the body's size changes, and poll as a safety net.
const child = new pym.Child({ polling: 500 });
new ResizeObserver(() => child.sendHeight()).observe(document.body);
