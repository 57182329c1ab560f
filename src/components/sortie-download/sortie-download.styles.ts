import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }

  .wrap {
    position: relative;
  }

  /* Looks like the header's Embed button, its neighbour. */
  .trigger {
    padding: 5px 14px;
    min-height: 32px;
    border: 1px solid var(--sortie-ink, #1f2328);
    border-radius: 4px;
    background: var(--sortie-panel, #fff);
    color: var(--sortie-ink, #1f2328);
    font: inherit;
    font-weight: 600;
    font-size: 0.875rem;
    cursor: pointer;
  }

  .trigger:hover,
  .trigger[aria-expanded='true'] {
    background: var(--sortie-ink, #1f2328);
    color: var(--sortie-panel, #fff);
  }

  button:focus-visible {
    outline: 3px solid var(--sortie-accent, #0b5cad);
    outline-offset: 2px;
  }

  [role='menu'] {
    position: fixed;
    inset: auto;
    margin: 0;
    flex-direction: column;
    min-width: 16rem;
    padding: 4px;
    border: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
    border-radius: 6px;
    background: var(--sortie-panel, #fff);
    box-shadow: 0 6px 20px rgba(0, 0, 0, 0.2);
  }

  [role='menu']:popover-open {
    display: flex;
  }

  [role='menuitem'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 1px;
    padding: 8px 10px;
    border: 0;
    border-radius: 4px;
    background: none;
    color: var(--sortie-ink, #1f2328);
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    text-align: left;
    cursor: pointer;
  }

  [role='menuitem']:hover,
  [role='menuitem']:focus {
    background: color-mix(in srgb, var(--sortie-ink, #1f2328) 10%, transparent);
  }

  .sub {
    font-weight: 400;
    font-size: 0.8125rem;
    color: var(--sortie-muted, #57606a);
  }

  .message {
    position: absolute;
    right: 0;
    top: calc(100% + 4px);
    width: 18rem;
    margin: 0;
    padding: 8px 10px;
    background: var(--sortie-panel, #fff);
    color: var(--sortie-error, #b42318);
    border: 1px solid currentColor;
    border-radius: 6px;
    font-size: 0.8125rem;
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
