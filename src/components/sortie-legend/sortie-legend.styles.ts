import { css } from 'lit';
import { visuallyHidden } from '../shared/visually-hidden.styles';

const legend = css`
  :host {
    display: block;
    font: inherit;
    color: var(--sortie-ink, #1f2328);
    /* The host spans the top of the map; only the chips and the button take pointer input. */
    pointer-events: none;
  }

  section {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 6px;
    max-width: 100%;
  }

  .row {
    display: flex;
    align-items: center;
    gap: 6px;
    max-width: 100%;
  }

  /* One line, always: chips that do not fit scroll sideways instead of wrapping. */
  .chips {
    display: flex;
    flex-wrap: nowrap;
    gap: 4px;
    min-width: 0;
    margin: 0;
    padding: 1px;
    list-style: none;
    overflow-x: auto;
    scrollbar-width: none;
    pointer-events: auto;
  }

  .chips::-webkit-scrollbar {
    display: none;
  }

  .chip {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 5px;
    height: 26px;
    padding: 0 9px 0 7px;
    border: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
    border-radius: 13px;
    background: color-mix(in srgb, var(--sortie-panel, #fff) 92%, transparent);
    box-shadow: 0 1px 2px rgba(31, 35, 40, 0.12);
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1;
    white-space: nowrap;
  }

  .toggle {
    flex: none;
    height: 26px;
    padding: 0 10px;
    font: inherit;
    font-size: 0.75rem;
    font-weight: 600;
    color: var(--sortie-ink, #1f2328);
    background: var(--sortie-panel, #fff);
    border: 1px solid var(--sortie-muted, #57606a);
    border-radius: 13px;
    cursor: pointer;
    pointer-events: auto;
  }

  .toggle[aria-expanded='true'] {
    background: var(--sortie-ink, #1f2328);
    color: var(--sortie-panel, #fff);
  }

  .toggle:focus-visible {
    outline: 2px solid var(--sortie-focus, #0969da);
    outline-offset: 2px;
  }

  .symbols {
    max-width: min(320px, 100%);
    padding: 8px 10px;
    background: var(--sortie-panel, #fff);
    border: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
    border-radius: 6px;
    box-shadow: 0 2px 8px rgba(31, 35, 40, 0.18);
    pointer-events: auto;
  }

  .symbols[hidden] {
    display: none;
  }

  h2 {
    margin: 0 0 4px;
    font-size: 0.6875rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--sortie-muted, #57606a);
  }

  .key {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .key li {
    display: grid;
    grid-template-columns: 16px 1fr;
    align-items: center;
    column-gap: 8px;
    min-height: 24px;
    font-size: 0.8125rem;
    line-height: 1.25;
    color: var(--sortie-muted, #57606a);
  }

  svg {
    display: block;
    flex: none;
    overflow: visible;
  }
`;

export const styles = [visuallyHidden, legend];
