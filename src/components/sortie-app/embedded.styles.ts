import { css } from 'lit';

/**
 * The app inside an article (`embedded`, set by `<sortie-map>`): a map that is never smaller
 * than its own chrome, a key that is one line of chips, credits folded to an ⓘ on narrow
 * maps, a gesture hint that reads in both themes, and no scroll trap. Appended to the
 * app's styles, so these rules win over the general layout where they overlap.
 */
export const embeddedStyles = css`
  /*
   * The map area keeps its minimum (--sortie-stage-min-height, from <sortie-map>: 320 px
   * unless the page sizes the element) in every layout.
   */
  :host([embedded]) .stage {
    min-height: var(--sortie-stage-min-height, 0px);
  }

  /* The key: one line of chips along the top of the map, clear of the zoom buttons. */
  sortie-legend {
    top: 10px;
    left: 10px;
    right: 52px;
    width: auto;
    max-width: none;
    max-height: calc(100% - 20px);
    overflow: visible;
  }

  @container sortie (max-width: 760px) {
    /* The shell may scroll inside a full-controls embed; at its ends the article scrolls on. */
    :host([embedded]) .shell {
      overscroll-behavior: auto;
    }

    /* The header in two short rows: name, count and Embed; then the description. */
    :host([embedded]) header .tagline {
      order: 1;
      flex-basis: 100%;
    }

    :host([embedded]) header .embed {
      margin-left: auto;
      min-height: 28px;
      padding: 3px 12px;
    }

    /* Full controls: a map of fixed height (not a share of an iframe's own viewport). */
    :host([embedded]) .controls-full .stage {
      height: auto;
    }

    /* The minimal and bare layouts take their content's height; the element sizes to it. */
    :host([embedded]) .controls-minimal .stage,
    :host([embedded]) .controls-none .stage {
      min-height: max(var(--sortie-stage-min-height, 0px), 120px);
    }
  }

  /* MapLibre's cooperative-gesture hint: a dark veil with large white type, legible over either basemap. */
  .maplibregl-cooperative-gesture-screen {
    background: rgba(18, 19, 22, 0.66);
    font: 600 1.0625rem/1.35 'Noto Sans', system-ui, sans-serif;
    text-align: center;
    text-shadow: 0 1px 2px rgba(0, 0, 0, 0.6);
  }

  /* Credits: legible in the dark theme too (MapLibre draws them black on translucent white). */
  .dark .maplibregl-ctrl.maplibregl-ctrl-attrib {
    background-color: rgba(27, 29, 33, 0.8);
    color: #ececec;
  }

  .dark .maplibregl-ctrl-attrib a {
    color: #ececec;
  }

  .dark .maplibregl-ctrl-attrib.maplibregl-compact {
    background-color: #1b1d21;
  }

  .dark .maplibregl-ctrl-attrib-button {
    background-color: rgba(236, 236, 236, 0.9);
  }

  .maplibregl-ctrl-attrib-button:focus-visible {
    outline: 2px solid var(--sortie-focus);
    outline-offset: 2px;
  }
`;
