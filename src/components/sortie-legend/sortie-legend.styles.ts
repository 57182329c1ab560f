import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--sortie-ink, #1f2328);
  }

  section {
    background: var(--sortie-panel, rgba(255, 255, 255, 0.94));
    border: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.12));
    border-radius: 6px;
    box-shadow: 0 1px 4px rgba(31, 35, 40, 0.12);
    padding: 10px 12px;
    backdrop-filter: blur(4px);
  }

  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
  }

  h2,
  h3 {
    margin: 0;
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--sortie-muted, #57606a);
  }

  h3 {
    margin-top: 12px;
  }

  .toggle {
    font: inherit;
    font-size: 0.75rem;
    color: var(--sortie-muted, #57606a);
    background: none;
    border: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.18));
    border-radius: 4px;
    padding: 2px 8px;
    cursor: pointer;
  }

  .toggle:focus-visible {
    outline: 2px solid var(--sortie-focus, #0969da);
    outline-offset: 1px;
  }

  ul {
    list-style: none;
    margin: 6px 0 0;
    padding: 0;
  }

  li {
    display: grid;
    grid-template-columns: 20px 1fr auto;
    align-items: center;
    column-gap: 8px;
    min-height: 26px;
    font-size: 0.875rem;
    line-height: 1.25;
  }

  .count {
    font-variant-numeric: tabular-nums;
    color: var(--sortie-muted, #57606a);
    font-size: 0.8125rem;
  }

  .key li {
    grid-template-columns: 20px 1fr;
    font-size: 0.8125rem;
    color: var(--sortie-muted, #57606a);
  }

  svg {
    display: block;
    overflow: visible;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
