import { css } from 'lit';

/** MapLibre's controls (zoom, attribution) and the hover tooltip in the explorer's dark theme. */
export const darkMapControls = css`
  /*
   * MapLibre's own controls in the dark theme: zoom buttons, the attribution (its credits
   * must stay legible: light text on a dark plate, ≥ 4.5:1) and the tooltip.
   */
  .dark .maplibregl-ctrl-group {
    background: var(--sortie-panel);
    box-shadow: 0 0 0 2px rgba(255, 255, 255, 0.12);
  }

  .dark .maplibregl-ctrl-group button + button {
    border-top-color: var(--sortie-rule);
  }

  .dark .maplibregl-ctrl button:not(:disabled):hover {
    background-color: rgba(255, 255, 255, 0.1);
  }

  .dark .maplibregl-ctrl-icon,
  .dark .maplibregl-ctrl-attrib-button {
    filter: invert(1);
  }

  .dark .maplibregl-ctrl.maplibregl-ctrl-attrib,
  .dark .maplibregl-ctrl-attrib.maplibregl-compact {
    background-color: rgba(18, 19, 22, 0.86);
    color: #d8dadd;
  }

  .dark .maplibregl-ctrl-attrib a {
    color: #d8dadd;
  }

  .dark .sortie-tooltip .maplibregl-popup-content {
    background: var(--sortie-panel);
    color: var(--sortie-ink);
    box-shadow: 0 2px 10px rgba(0, 0, 0, 0.5);
  }

  .dark .sortie-tooltip[class*='anchor-bottom'] .maplibregl-popup-tip {
    border-top-color: var(--sortie-panel);
  }

  .dark .sortie-tooltip[class*='anchor-top'] .maplibregl-popup-tip {
    border-bottom-color: var(--sortie-panel);
  }

  .dark .sortie-tooltip.maplibregl-popup-anchor-left .maplibregl-popup-tip {
    border-right-color: var(--sortie-panel);
  }

  .dark .sortie-tooltip.maplibregl-popup-anchor-right .maplibregl-popup-tip {
    border-left-color: var(--sortie-panel);
  }
`;
