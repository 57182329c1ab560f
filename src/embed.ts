/**
 * The library entry, built to `dist/sortie-map.js` (vite.lib.config.ts): one
 * `<script type="module">` gives a page the `<sortie-map>` element and story mode.
 *
 * It defines nothing global but the custom element, and only if no other copy has
 * defined it: a page that loads the script twice (even from two URLs, which makes two
 * module instances) gets one definition and one set of stories. The explorer and
 * MapLibre load later, from `<sortie-map>`, when an element comes near the viewport.
 */
import { SortieMap } from './components/sortie-map/sortie-map';
import { initStories } from './story';

export { SortieMap } from './components/sortie-map/sortie-map';
export type { SortieMapStatus } from './components/sortie-map/sortie-map';
export { SortieStory, initStories, readStep } from './story';
export type { StoryMap, StoryStep } from './story';

if (!customElements.get('sortie-map')) {
  customElements.define('sortie-map', SortieMap);
  // Module scripts run after parsing, but one added by script may run earlier.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => initStories(), { once: true });
  } else {
    initStories();
  }
}
