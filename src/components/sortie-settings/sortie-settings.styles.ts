import { css } from 'lit';

export const styles = css`
  :host {
    --_ink: var(--sortie-ink, #1f2328);
    --_panel: var(--sortie-panel, #ffffff);
    --_rule: var(--sortie-rule, rgba(31, 35, 40, 0.18));
    --_focus: var(--sortie-focus, #0969da);
    display: inline-block;
    position: relative;
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
    padding: 0 14px 0 10px;
    border: 1px solid var(--_rule);
    border-radius: 22px;
    background: var(--_panel);
    color: var(--_ink);
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    cursor: pointer;
  }

  .toggle svg {
    fill: currentColor;
  }

  .toggle:hover,
  .toggle[aria-expanded='true'] {
    border-color: var(--_ink);
  }

  .toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Opens upwards: the timeline sits at the bottom of the first screen, the map above it. */
  .panel {
    position: absolute;
    z-index: 20;
    right: 0;
    bottom: calc(100% + 8px);
    width: max-content;
    min-width: 220px;
    max-width: min(320px, calc(100vw - 24px));
    padding: 10px 14px;
    background: var(--_panel);
    color: var(--_ink);
    border: 1px solid var(--_rule);
    border-radius: 8px;
    box-shadow: 0 6px 24px rgba(0, 0, 0, 0.28);
  }

  .panel[hidden] {
    display: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .panel {
      animation: rise 140ms ease-out;
    }
  }

  @keyframes rise {
    from {
      opacity: 0;
      transform: translateY(6px);
    }
  }
`;
