import { css } from 'lit';
import { swatchStyles } from '../sortie-filters/kind-swatch';
import { readingStyles } from '../sortie-filters/reading.styles';

export const styles = [
  readingStyles,
  swatchStyles,
  css`
    :host {
      display: block;
    }

    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }

    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      padding: 0.15rem 0.5rem 0.15rem 0.35rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 600;
    }

    .actions {
      display: flex;
      gap: 0.25rem;
      margin-inline-start: auto;
    }

    h2 {
      margin: 0.5rem 0 0.5rem;
      font-size: 1.125rem;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }

    h2:focus {
      outline: none;
    }

    h2:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }

    .facts {
      margin: 0;
      display: grid;
      gap: 0.35rem;
    }

    .facts > div {
      display: grid;
      grid-template-columns: 4.5rem 1fr;
      gap: 0.5rem;
    }

    /* A dataset's own extra properties (fatalities, magnitude…): names can be long. */
    .extras {
      margin: 0 0 0.75rem;
      display: grid;
      grid-template-columns: minmax(4.5rem, max-content) 1fr;
      gap: 0.25rem 0.75rem;
    }

    .extras > div {
      display: contents;
    }

    dt {
      color: var(--_muted);
      font-size: 0.8125rem;
      padding-top: 0.1rem;
    }

    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }

    .note {
      margin: 0.15rem 0 0;
      color: var(--_muted);
      font-size: 0.8125rem;
    }

    .summary {
      margin: 0.75rem 0;
    }

    h3 {
      margin: 0.75rem 0 0.35rem;
      font-size: 0.8125rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--_muted);
    }

    .sources {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }

    figure {
      margin: 0;
    }

    blockquote {
      margin: 0 0 0.35rem;
      padding: 0.1rem 0 0.1rem 0.75rem;
      border-inline-start: 3px solid var(--_border);
      font-style: italic;
      overflow-wrap: anywhere;
    }

    blockquote::before {
      content: '“';
    }

    blockquote::after {
      content: '”';
    }

    figcaption {
      font-size: 0.8125rem;
      padding-inline-start: 0.75rem;
    }

    cite {
      font-style: normal;
      font-weight: 600;
    }

    .byline {
      display: block;
      color: var(--_muted);
    }

    a {
      color: var(--_accent);
    }

    details {
      margin-top: 0.25rem;
      color: var(--_muted);
    }

    summary {
      cursor: pointer;
      width: fit-content;
    }

    details p {
      margin: 0.25rem 0 0;
    }

    /*
     * Stacked layouts show the details as a sheet over the map (placed by the explorer's
     * styles; the nearest container is the explorer): the bar with Close stays at the top
     * while the sheet scrolls, under a grabber that marks it as a sheet.
     */
    @container (max-width: 960px) {
      .bar {
        position: sticky;
        top: 0;
        z-index: 1;
        margin: 0 -14px;
        padding: 16px 14px 8px;
        background: var(--_bg);
        border-bottom: 1px solid var(--_border);
      }

      .bar::before {
        content: '';
        position: absolute;
        top: 5px;
        left: 50%;
        width: 36px;
        height: 4px;
        margin-left: -18px;
        border-radius: 2px;
        background: var(--_border);
      }

      .close {
        min-height: 40px;
      }
    }

    @media (pointer: coarse), (max-width: 639px) {
      summary {
        padding-block: 0.75rem;
      }
    }
  `,
];
