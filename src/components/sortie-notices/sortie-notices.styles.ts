import { css } from 'lit';
import { readingStyles } from '../sortie-filters/reading.styles';

export const styles = [
  readingStyles,
  css`
    :host {
      display: block;
    }

    .stack {
      display: grid;
      gap: 0.5rem;
    }

    .notice {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      padding: 0.5rem 0.5rem 0.5rem 0.75rem;
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--sortie-notice, #b35900);
      border-radius: 6px;
      box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
    }

    .text {
      flex: 1;
      min-width: 0;
      overflow-wrap: anywhere;
    }

    .title {
      margin: 0.15rem 0 0;
      font-weight: 600;
    }

    ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.1rem;
      font-size: 0.8125rem;
      color: var(--_muted);
    }

    .dismiss {
      flex: none;
      white-space: nowrap;
    }
  `,
];
