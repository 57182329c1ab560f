/**
 * The part of bench-scale.ts that runs in the page, installed with `addInitScript` before
 * any of the page's own scripts. A string, not a function: tsx compiles named functions
 * with a `__name` helper that the page does not have.
 *
 * `window.__bench` records when the page got ready (the first `data-ready` attribute:
 * Sortie's html and element, and the baseline page's html) and measures a page through a
 * `target`: Sortie (its store and map) or the baseline (a plain MapLibre map, two ways of
 * changing the time). Every figure is main-thread `performance.now()` in the page.
 */
export const PAGE_HARNESS = String.raw`(() => {
  const bench = (window.__bench = { readyAt: null });
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  // Exact moment: a MutationObserver callback runs right after the attribute is set.
  new MutationObserver((records, observer) => {
    if (records.some((r) => r.target.hasAttribute && r.target.hasAttribute('data-ready'))) {
      bench.readyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });

  const app = () => document.querySelector('sortie-app') || document.querySelector('sortie-map')?.shadowRoot?.querySelector('sortie-app');

  // The app's update and its children's (list, strip, legend...), which Lit runs after the
  // app's own render: until none of them has an update pending.
  async function litSettled(root) {
    for (let round = 0; round < 10; round++) {
      await root.updateComplete;
      const pending = [...root.shadowRoot.querySelectorAll('*')].filter((el) => el.isUpdatePending);
      if (pending.length === 0 && !root.isUpdatePending) return;
      await Promise.all(pending.map((el) => el.updateComplete));
    }
  }

  const targets = {
    sortie: {
      map: () => app().mapView.map,
      apply: (t) => app().store.set({ time: app().clampTime(t) }),
      settle: () => litSettled(app()),
      drawn: () => nextFrame(),
    },
    setFilter: {
      map: () => window.__map,
      apply: (t) => window.__map.setFilter('events', ['<=', ['get', 'start'], t]),
      settle: async () => {},
      drawn: () => window.__idle(),
    },
    setData: {
      map: () => window.__map,
      apply: (t) => window.__map.getSource('events').setData({ type: 'FeatureCollection', features: window.__features.filter((f) => f.properties.start <= t) }),
      settle: async () => {},
      drawn: () => window.__idle(),
    },
  };

  /** rAF deltas over 'count' frames; with redraw, the map redraws every frame (same events). */
  bench.frames = async (name, count, redraw) => {
    const map = redraw ? targets[name].map() : null;
    const deltas = [];
    let last = null;
    for (let i = 0; i <= count; i++) {
      if (map) map.triggerRepaint();
      await nextFrame();
      const now = performance.now();
      if (last !== null) deltas.push(now - last);
      last = now;
    }
    return deltas;
  };

  /**
   * One change of time per call, waited out: 'main' is the synchronous change plus the
   * Lit updates it causes (Sortie) or the synchronous call (baselines); 'render' is the
   * next frame's animation-frame callbacks (the map's redraw); 'settled' is until the change
   * is on screen: the next frame (Sortie) or the map's idle event (baselines: their workers
   * rebuild the tiles first).
   */
  bench.steps = async (name, times, budgetMs) => {
    const target = targets[name];
    const out = [];
    const began = performance.now();
    for (const t of times) {
      if (performance.now() - began > budgetMs) break;
      let frameStart = NaN;
      requestAnimationFrame(() => { frameStart = performance.now(); });
      const t0 = performance.now();
      target.apply(t);
      const t1 = performance.now();
      await target.settle();
      const t2 = performance.now();
      // Asked for after the change, so Sortie's frame callback runs after the map's redraw.
      await target.drawn();
      const t3 = performance.now();
      out.push({ sync: t1 - t0, main: t2 - t0, render: name === 'sortie' ? t3 - frameStart : NaN, settled: t3 - t0 });
    }
    return out;
  };

  /** Continuous scrubbing: one change of time per animation frame; returns the rAF deltas. */
  bench.scrub = (name, times, budgetMs) => new Promise((resolve) => {
    const target = targets[name];
    const deltas = [];
    const began = performance.now();
    let last = null;
    let i = 0;
    const tick = (now) => {
      if (last !== null) deltas.push(now - last);
      last = now;
      if (i >= times.length || performance.now() - began > budgetMs) return resolve(deltas);
      target.apply(times[i++]);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

  /** The loaded dataset's resource timing (the bytes), ms since navigation. */
  bench.bytesTiming = (fragment) => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes(fragment));
    return entry ? { start: entry.startTime, end: entry.responseEnd } : null;
  };
})()`;
