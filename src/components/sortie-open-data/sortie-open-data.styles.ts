import { css } from 'lit';
import { visuallyHidden } from '../shared/visually-hidden.styles';

export const styles = [
  visuallyHidden,
  css`
    :host {
      display: contents;
    }

    /* Looks like the header's Embed button, its neighbour. */
    button.open {
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

    button.open:hover {
      background: var(--sortie-ink, #1f2328);
      color: var(--sortie-panel, #fff);
    }

    button.open:focus-visible {
      outline: 3px solid var(--sortie-accent, #0b5cad);
      outline-offset: 2px;
    }

    .drop {
      inset: 0;
      width: auto;
      height: auto;
      margin: 0;
      padding: 16px;
      border: 0;
      background: rgba(15, 17, 20, 0.55);
      color: #fff;
    }

    .drop:popover-open {
      display: flex;
      align-items: center;
      justify-content: center;
    }

    .drop p {
      display: flex;
      flex-direction: column;
      gap: 6px;
      align-items: center;
      margin: 0;
      padding: 40px 48px;
      border: 3px dashed #fff;
      border-radius: 14px;
      background: rgba(15, 17, 20, 0.6);
      font: 600 1.375rem/1.3 'Noto Sans', system-ui, sans-serif;
      text-align: center;
      pointer-events: none;
    }

    .drop span {
      font-size: 0.9375rem;
      font-weight: 400;
    }

    @media print {
      button.open {
        display: none;
      }
    }
  `,
];
