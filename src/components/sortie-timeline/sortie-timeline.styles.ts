import { css } from 'lit';
import { visuallyHidden } from '../shared/visually-hidden.styles';

const timeline = css`
  :host {
    --_ink: var(--sortie-ink, #1f2328);
    --_muted: var(--sortie-muted, #57606a);
    --_accent: var(--sortie-accent, #0b5cad);
    --_focus: var(--sortie-focus, #0969da);
    --_rule: var(--sortie-rule, rgba(31, 35, 40, 0.18));
    --_panel: var(--sortie-panel, #ffffff);
    /* The strip's own ground: a shade off the panel, in either theme. */
    --_strip: color-mix(in srgb, var(--_ink) 5%, var(--_panel));
    display: block;
    color: var(--_ink);
    background: var(--_panel);
    font: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  .timeline {
    padding: 8px 12px 4px;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 20px;
  }

  .now {
    flex: 1 1 14rem;
  }

  .date {
    margin: 0;
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }

  .span {
    margin: 2px 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .transport {
    display: flex;
    gap: 6px;
  }

  button {
    display: inline-grid;
    place-items: center;
    width: 40px;
    height: 40px;
    padding: 0;
    border: 1px solid var(--_rule);
    border-radius: 50%;
    background: var(--_panel);
    color: var(--_ink);
    cursor: pointer;
  }

  button svg {
    fill: currentColor;
  }

  button.play {
    width: 44px;
    height: 44px;
    background: var(--_ink);
    border-color: var(--_ink);
    color: var(--_panel);
  }

  button:hover:not(:disabled) {
    border-color: var(--_ink);
  }

  button:disabled {
    color: #8c959f;
    cursor: default;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 16px;
    font-size: 0.875rem;
  }

  .field,
  .check,
  .mode label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    cursor: pointer;
  }

  select {
    font: inherit;
    min-height: 32px;
    padding: 2px 6px;
    border: 1px solid #8c959f;
    border-radius: 4px;
    background: var(--_panel);
    color: var(--_ink);
  }

  input {
    margin: 0;
    width: 16px;
    height: 16px;
    accent-color: var(--_accent);
  }

  .mode {
    display: inline-flex;
    align-items: center;
    gap: 10px;
  }

  .mode-label {
    color: var(--_muted);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .track {
    position: relative;
    margin-top: 6px;
    /* A vertical swipe scrolls the page; a sideways drag scrubs (pointer events, see handlePointerMove). */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: pointer;
    border-radius: 4px;
    min-height: 44px;
  }

  .track-svg {
    display: block;
    overflow: visible;
  }

  /* The histogram strip: the canvas sits over the track's SVG (strip ground, axis) and under
     its overlay (dimming, playhead). The track makes no stacking context, so z-index orders
     the three. Neither takes the pointer: the slider under them does. */
  .track-area {
    position: relative;
  }

  canvas.histogram {
    position: absolute;
    left: 0;
    /* below the track's 6px top margin */
    margin-top: 6px;
    z-index: 1;
    pointer-events: none;
  }

  .track-overlay {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 2;
    overflow: visible;
    pointer-events: none;
  }

  .dim {
    fill: var(--_panel);
  }

  .dim.future {
    fill-opacity: 0.65;
  }

  .dim.expired {
    fill-opacity: 0.5;
  }

  .selected-column {
    fill: none;
    stroke: var(--_ink);
    stroke-width: 2;
  }

  .hover-readout {
    position: absolute;
    top: 6px;
    z-index: 3;
    height: 18px;
    padding: 0 6px;
    border-radius: 9px;
    background: var(--_panel);
    border: 1px solid var(--_rule);
    color: var(--_ink);
    font-size: 0.75rem;
    line-height: 18px;
    white-space: nowrap;
    pointer-events: none;
    font-variant-numeric: tabular-nums;
  }

  .hover-readout.flip {
    transform: translateX(-100%);
  }

  .strip-bg {
    fill: var(--_strip);
  }

  .window {
    fill: var(--_accent);
    fill-opacity: 0.12;
  }

  .jump {
    fill: var(--_accent);
    fill-opacity: 0.08;
  }

  .mark.future {
    opacity: 0.3;
  }

  .mark.expired {
    opacity: 0.45;
  }

  .mark .hit {
    fill: transparent;
  }

  .mark .selected {
    fill: none;
    stroke: var(--_ink);
    stroke-width: 2;
  }

  .axis .line {
    stroke: var(--_muted);
    stroke-width: 1;
  }

  .axis .gap-line {
    stroke: var(--_muted);
    stroke-dasharray: 2 3;
  }

  .month-tick {
    stroke: var(--_muted);
  }

  .year-tick {
    stroke: var(--_rule);
  }

  text {
    font-family: inherit;
    font-size: 11px;
    fill: var(--_muted);
  }

  text.year {
    font-size: 12px;
    font-weight: 700;
    fill: var(--_ink);
  }

  .break-area {
    fill: var(--_panel);
    stroke: var(--_rule);
    stroke-dasharray: 3 3;
  }

  .zigzag {
    stroke: var(--_ink);
    stroke-width: 1.5;
    fill: none;
  }

  .break-label,
  .empty {
    text-anchor: middle;
    font-style: italic;
  }

  .empty {
    font-size: 13px;
  }

  .playhead {
    stroke: var(--_ink);
    stroke-width: 2;
  }

  .playhead-handle {
    fill: var(--_ink);
    stroke: var(--_panel);
    stroke-width: 1;
  }

  .track:focus-visible .playhead-handle {
    fill: var(--_focus);
  }

  .jump-note {
    position: absolute;
    top: 0;
    height: 18px;
    padding: 0 6px;
    border-radius: 9px;
    background: var(--_ink);
    color: var(--_panel);
    font-size: 0.75rem;
    line-height: 18px;
    white-space: nowrap;
    pointer-events: none;
  }

  .jump-note.flip {
    transform: translateX(-100%);
  }

  @media (prefers-reduced-motion: no-preference) {
    .jump-note {
      animation: appear 160ms ease-out;
    }

    button {
      transition: border-color 120ms;
    }
  }

  @keyframes appear {
    from {
      opacity: 0;
    }
  }

  .compact .date {
    font-size: 1.125rem;
  }

  /* Phones: the date on a line of its own above the buttons; the options wait in the
     "Playback settings" menu at the end of the button row, one per line. */
  .compact .now {
    flex-basis: 100%;
    order: -1;
  }

  .compact .head {
    gap: 6px 12px;
  }

  .settings {
    margin-inline-start: auto;
  }

  .compact .options {
    flex-direction: column;
    align-items: stretch;
    gap: 2px;
  }

  .compact .mode {
    flex-wrap: wrap;
    gap: 0 14px;
    padding-top: 4px;
    border-top: 1px solid var(--_rule);
    margin-top: 4px;
  }

  .compact .mode-label {
    flex-basis: 100%;
  }

  .compact .field {
    justify-content: space-between;
  }

  .compact .timeline {
    padding-bottom: 2px;
  }

  .compact button {
    width: 44px;
    height: 44px;
  }

  .compact .field,
  .compact .check,
  .compact .mode label,
  .compact select {
    min-height: 44px;
  }
`;

export const styles = [visuallyHidden, timeline];
