import { css } from 'lit';
import { swatchStyles } from '../sortie-filters/kind-swatch';
import { readingStyles } from '../sortie-filters/reading.styles';

export const styles = [
  readingStyles,
  swatchStyles,
  css`
    :host {
      position: absolute;
      left: var(--x, 50%);
      top: var(--y, 50%);
      z-index: 10;
      /* Centred under the point, clear of the symbol. */
      transform: translate(-50%, 14px);
      width: max-content;
      max-width: min(22rem, calc(100vw - 16px));
    }

    :host(:not([open])) {
      display: none;
    }

    .panel {
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: 8px;
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
      padding: 0.25rem;
    }

    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      padding-inline-start: 0.5rem;
    }

    h2 {
      margin: 0;
      font-size: 0.875rem;
    }

    .close {
      border-color: transparent;
      min-width: 2rem;
    }

    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      max-height: min(50vh, 20rem);
      overflow-y: auto;
    }

    [role='menuitem'] {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      width: 100%;
      text-align: start;
      border-color: transparent;
      padding: 0.4rem 0.5rem;
    }

    /* Focus arrives by script when the menu opens, so mark it even without focus-visible. */
    [role='menuitem']:focus {
      background: var(--_selected);
    }

    [role='menuitem']:focus-visible {
      outline-offset: -3px;
    }

    .text {
      display: grid;
      min-width: 0;
    }

    .title {
      font-weight: 600;
      overflow-wrap: anywhere;
    }

    .date {
      color: var(--_muted);
      font-size: 0.8125rem;
    }

    @media (max-width: 639px) {
      :host {
        position: fixed;
        left: 8px;
        right: 8px;
        top: auto;
        bottom: 8px;
        transform: none;
        width: auto;
        max-width: none;
      }
    }
  `,
];
