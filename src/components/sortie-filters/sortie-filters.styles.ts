import { css } from 'lit';
import { swatchStyles } from './kind-swatch';
import { readingStyles } from './reading.styles';

export const styles = [
  readingStyles,
  swatchStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }

    /* Two columns of kinds where the panel is wide enough, so the event list below starts higher. */
    @container (min-width: 360px) {
      .rows.kinds {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        column-gap: 6px;
      }

      /* A name is shown whole where the column is wide enough for it: when the name and its
         count do not fit on one line, the count goes under the name (a long count such as
         "166.3k/166.3k" used to cut the name to a letter). Only a name wider than the whole
         column is cut, with an ellipsis. */
      .rows.kinds .toggle {
        flex-wrap: wrap;
        padding-inline: 0.35rem;
        gap: 0 0.35rem;
      }

      .rows.kinds .label {
        flex: 1 1 auto;
        /* The rest of the first line after the swatch, so the name never wraps away from it. */
        max-width: calc(100% - var(--sortie-swatch-size, 1.125rem) - 0.35rem);
        overflow-wrap: normal;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }

      .rows.kinds .count {
        margin-inline-start: auto;
      }

      .rows.kinds .only {
        padding-inline: 0.3rem;
      }
    }

    h2,
    h3 {
      margin: 0;
      font-size: 0.9375rem;
    }

    h3 {
      margin-top: 0.75rem;
      margin-bottom: 0.25rem;
      font-size: 0.8125rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--_muted);
    }

    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }

    .hint {
      margin: 0.25rem 0 0;
      font-size: 0.8125rem;
    }

    .rows {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 2px;
    }

    .rows[hidden] {
      display: none;
    }

    .row {
      display: flex;
      gap: 2px;
    }

    /* Inset, so a scrolling parent cannot clip the ring. */
    .toggle:focus-visible,
    .only:focus-visible,
    .disclosure:focus-visible {
      outline-offset: -3px;
    }

    .toggle {
      flex: 1;
      display: flex;
      align-items: center;
      gap: 0.5rem;
      border-color: transparent;
      text-align: start;
      min-width: 0;
    }

    .toggle[aria-pressed='true'] {
      background: var(--_raised);
    }

    /* Off is shown by more than colour: the symbol fades and the name is struck through. */
    .toggle[aria-pressed='false'] .swatch {
      opacity: 0.3;
    }

    .toggle[aria-pressed='false'] .label {
      text-decoration: line-through;
      color: var(--_muted);
    }

    .label {
      flex: 1;
      min-width: 0;
      overflow-wrap: anywhere;
    }

    .count {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
      font-size: 0.8125rem;
    }

    .only {
      border-color: transparent;
      color: var(--_muted);
      font-size: 0.8125rem;
    }

    .only:hover,
    .only:focus-visible {
      color: var(--_fg);
    }

    .disclosure-heading {
      text-transform: none;
      letter-spacing: normal;
      font-size: inherit;
    }

    .disclosure {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      width: 100%;
      border-color: transparent;
      padding-inline: 0.25rem;
      font-weight: 600;
      color: var(--_fg);
    }

    .disclosure .muted {
      font-weight: normal;
    }

    .chevron::before {
      content: '▸';
      display: inline-block;
      transition: transform 0.15s;
    }

    .disclosure[aria-expanded='true'] .chevron::before {
      transform: rotate(90deg);
    }

    @media (prefers-reduced-motion: reduce) {
      .chevron::before {
        transition: none;
      }
    }

    .message {
      margin: 0.5rem 0 0;
      font-size: 0.8125rem;
    }

    .message:empty {
      margin: 0;
    }

    .key {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.25rem;
      font-size: 0.8125rem;
      color: var(--_muted);
    }

    .key li {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
    }
  `,
];
