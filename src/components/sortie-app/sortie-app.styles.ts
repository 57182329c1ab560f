import { css, unsafeCSS } from 'lit';
// MapLibre's control and canvas styles must live inside the shadow root that holds the map.
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { embeddedStyles } from './embedded.styles';
import { darkMapControls } from './dark-map-controls.styles';
import { stackedLayout } from './stacked-layout.styles';

const app = css`
  :host {
    display: block;
    container: sortie / inline-size;
    position: relative;
    height: 100%;
    min-height: 320px;
    font-family: 'Noto Sans', system-ui, -apple-system, 'Segoe UI', sans-serif;
    -webkit-font-smoothing: antialiased;
  }

  * {
    box-sizing: border-box;
  }

  /*
   * One palette for every child: the timeline reads --sortie-ink/panel/rule, the reading
   * components --sortie-bg/fg/border. Set here explicitly so an OS dark mode cannot mix
   * themes; the element's \`theme\` option picks the class.
   */
  .shell {
    --sortie-ink: #1f2328;
    --sortie-fg: #1f2328;
    --sortie-muted: #57606a;
    --sortie-rule: rgba(31, 35, 40, 0.14);
    --sortie-border: #c4c4c4;
    --sortie-panel: #ffffff;
    --sortie-bg: #ffffff;
    --sortie-page: #f4f3ef;
    --sortie-focus: #0969da;
    --sortie-accent: #0b5cad;
    --sortie-brand: #b3261e;
    color: var(--sortie-ink);
    background: var(--sortie-page);
    display: flex;
    flex-direction: column;
    height: 100%;
    /* Contains absolutely placed descendants (visually hidden live regions), so they scroll
       with the shell instead of stretching the page below it. */
    position: relative;
  }

  .shell.dark {
    --sortie-ink: #ececec;
    --sortie-fg: #ececec;
    --sortie-muted: #a8a8a8;
    --sortie-rule: rgba(236, 236, 236, 0.18);
    --sortie-border: #4a4a4a;
    --sortie-panel: #1b1d21;
    --sortie-bg: #1b1d21;
    --sortie-page: #121316;
    --sortie-focus: #7cb7ff;
    --sortie-accent: #7cb7ff;
    --sortie-brand: #ff8a80;
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 14px;
    row-gap: 2px;
    padding: 8px 16px;
    /* Room for a row of 32 px buttons from the start: they arrive with the data and the
       explorer's tools, and a header that grew then made the map below resize and redraw. */
    min-height: calc(32px + 2 * 8px + 1px);
    background: var(--sortie-panel);
    border-bottom: 1px solid var(--sortie-rule);
    position: relative;
    z-index: 3;
  }

  h1 {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 600;
    letter-spacing: 0.01em;
    padding-left: 10px;
    border-left: 4px solid var(--sortie-brand);
    line-height: 1.2;
  }

  .tagline {
    margin: 0;
    font-size: 0.875rem;
    color: var(--sortie-muted);
    flex: 1 1 24ch;
  }

  .meta {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--sortie-muted);
    font-variant-numeric: tabular-nums;
  }

  header .embed {
    padding: 5px 14px;
    min-height: 32px;
    border: 1px solid var(--sortie-ink);
    border-radius: 4px;
    background: var(--sortie-panel);
    color: var(--sortie-ink);
    font-weight: 600;
    font-size: 0.875rem;
  }

  header .embed:hover {
    background: var(--sortie-ink);
    color: var(--sortie-panel);
  }

  /* Desktop: map over the timeline on the left, the reading panel on the right. */
  .body {
    flex: 1 1 auto;
    min-height: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) 400px;
    grid-template-rows: minmax(0, 1fr) auto;
    grid-template-areas: 'stage panel' 'timeline panel';
  }

  .controls-minimal .body,
  .controls-none .body {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'stage' 'timeline';
  }

  .stage {
    grid-area: stage;
    position: relative;
    min-height: 0;
  }

  sortie-timeline {
    grid-area: timeline;
    border-top: 1px solid var(--sortie-rule);
  }

  .panel {
    grid-area: panel;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    background: var(--sortie-panel);
    border-left: 1px solid var(--sortie-rule);
    display: flex;
    flex-direction: column;
  }

  .panel > * {
    padding: 12px 14px;
    border-bottom: 1px solid var(--sortie-rule);
  }

  .map {
    position: absolute;
    inset: 0;
  }

  sortie-legend {
    position: absolute;
    z-index: 2;
    top: 12px;
    left: 12px;
    width: 250px;
    max-height: calc(100% - 24px);
    overflow: auto;
  }

  /* Playback caption: bottom of the map, clear of the attribution (bottom right). */
  .caption {
    position: absolute;
    z-index: 3;
    left: 8px;
    right: 8px;
    bottom: 28px;
  }

  /* "Skip to timeline": out of sight until it has keyboard focus; its landmark takes no room. */
  nav.skip {
    position: absolute;
    z-index: 10;
    top: 0;
    left: 0;
  }

  .skip-link {
    position: absolute;
    z-index: 10;
    top: 4px;
    left: 4px;
    padding: 8px 12px;
    color: var(--sortie-bg);
    background: var(--sortie-accent);
    border: 0;
    border-radius: 4px;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transform: translateY(-200%);
  }

  .skip-link:focus {
    transform: none;
    outline: 3px solid var(--sortie-fg);
    outline-offset: 2px;
  }

  .notices {
    position: absolute;
    z-index: 4;
    top: 12px;
    left: 50%;
    transform: translateX(-50%);
    width: min(520px, calc(100% - 24px));
    max-height: calc(100% - 24px);
    overflow: auto;
  }

  sortie-picker {
    z-index: 6;
  }

  .print-only {
    display: none;
  }

  /* Print: a picture of the map and the list of events, not the live canvas and controls. */
  @media print {
    .print-only {
      display: block;
      grid-column: 1 / -1;
      padding: 0 0 12px;
      color: #000;
    }

    .print-map {
      width: 100%;
      height: auto;
      border: 1px solid #999;
    }

    .print-only h2 {
      font-size: 1rem;
      margin: 12px 0 6px;
    }

    .print-only ol {
      margin: 0;
      padding-left: 1.4em;
      font-size: 0.8125rem;
    }

    .stage,
    sortie-timeline,
    .panel,
    header .embed {
      display: none;
    }

    .shell,
    .body {
      display: block;
      height: auto;
      overflow: visible;
      background: #fff;
    }
  }

  /* The hover tooltip (MapLibre popup, text only). */
  .sortie-tooltip .maplibregl-popup-content {
    font: 600 0.8125rem/1.35 'Noto Sans', system-ui, sans-serif;
    color: #1f2328;
    padding: 6px 10px;
    box-shadow: 0 2px 8px rgba(31, 35, 40, 0.2);
  }

  .notice-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 12px;
  }

  .notice h2,
  .status h2 {
    margin: 0;
    font-size: 0.9375rem;
    font-weight: 600;
  }

  .notice ul {
    margin: 6px 0 0;
    padding-left: 18px;
  }

  .notice p {
    margin: 6px 0 0;
  }

  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8125rem;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  button:focus-visible {
    outline: 2px solid var(--sortie-focus);
    outline-offset: 2px;
  }

  .dismiss {
    flex: none;
    font-size: 0.8125rem;
    padding: 2px 10px;
    border: 1px solid #c9a640;
    border-radius: 4px;
    background: #fff;
    color: var(--sortie-ink);
  }

  .status {
    position: absolute;
    z-index: 5;
    top: 50%;
    left: 50%;
    transform: translate(-50%, -50%);
    width: min(440px, calc(100% - 32px));
    padding: 18px 20px;
    background: var(--sortie-panel);
    border: 1px solid var(--sortie-rule);
    border-radius: 8px;
    box-shadow: 0 2px 10px rgba(31, 35, 40, 0.15);
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 10px;
    font-size: 0.9375rem;
  }

  .status.loading {
    flex-direction: column;
  }

  .status.loading p {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 10px;
  }

  .status progress {
    width: 100%;
    height: 8px;
    accent-color: var(--sortie-accent);
  }

  .progress-detail {
    color: var(--sortie-muted);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
    min-height: 1.2em;
  }

  .status.error {
    display: block;
    border-left: 4px solid var(--sortie-accent);
  }

  .status.error p {
    margin: 8px 0 14px;
    color: var(--sortie-muted);
    overflow-wrap: anywhere;
  }

  .status.error button {
    padding: 6px 14px;
    border-radius: 4px;
    border: 1px solid var(--sortie-ink);
    background: var(--sortie-ink);
    color: #fff;
    font-weight: 600;
  }

  /* A dataset with nothing to draw: a readable box over the empty map, scrolling if long. */
  .status.empty {
    display: block;
    max-height: calc(100% - 32px);
    overflow: auto;
  }

  .status.empty p,
  .status.empty ul {
    margin: 8px 0 0;
    color: var(--sortie-muted);
    overflow-wrap: anywhere;
  }

  .status.empty ul {
    padding-left: 18px;
  }

  .spinner {
    width: 16px;
    height: 16px;
    border: 2px solid var(--sortie-rule);
    border-top-color: var(--sortie-ink);
    border-radius: 50%;
    animation: spin 0.96s steps(8) infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  .sortie-map-failure {
    margin: 0;
    position: absolute;
    inset: auto 16px 50% 16px;
    padding: 16px;
    text-align: center;
    color: var(--sortie-ink);
  }

`;

export const styles = [unsafeCSS(maplibreCss), app, darkMapControls, stackedLayout, embeddedStyles];
