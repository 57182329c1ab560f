import { css } from 'lit';
import { swatchStyles } from '../sortie-filters/kind-swatch';
import { readingStyles } from '../sortie-filters/reading.styles';

export const styles = [
  readingStyles,
  swatchStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      /* In a column of fixed height (the explorer's side panel) the list shrinks and scrolls
         inside, but not below a usable height: with the details open above it, it used to
         collapse to its heading and no other event could be chosen. */
      min-height: min(20rem, 50vh);
    }

    section {
      display: flex;
      flex-direction: column;
      min-height: 0;
      flex: 1;
    }

    .head {
      display: flex;
      align-items: baseline;
      gap: 0.4rem;
      padding-bottom: 0.25rem;
    }

    h2 {
      margin: 0;
      font-size: 0.9375rem;
    }

    .count {
      color: var(--_muted);
      font-size: 0.8125rem;
      font-variant-numeric: tabular-nums;
    }

    .scroller {
      /* offsetParent of the items, so scrollToSelected can read their offsets directly. */
      position: relative;
      flex: 1 1 auto;
      min-height: 0;
      max-height: var(--sortie-list-max-height, none);
      overflow-y: auto;
      overscroll-behavior: contain;
    }

    ul {
      list-style: none;
      margin: 0;
      padding: 2px;
      display: grid;
      gap: 2px;
    }

    /* The virtualizer places each row itself (absolute, by transform) and sizes the list to
       all of them; the gap becomes each row's padding, which it measures with the row. */
    .virtual > .row {
      width: 100%;
      box-sizing: border-box;
      padding: 1px 2px;
    }

    /* The list holds focus while the focused row is scrolled away (focus-keeper.ts). */
    .rows:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
    }

    /* Inset, so a scrolling parent cannot clip the ring. */
    .item:focus-visible {
      outline-offset: -3px;
    }

    .item {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      width: 100%;
      text-align: start;
      border-color: transparent;
      padding: 0.4rem 0.5rem;
    }

    .item .swatch {
      margin-top: 0.1rem;
    }

    .item[aria-current='true'] {
      background: var(--_selected);
      border-color: var(--_accent);
      box-shadow: inset 3px 0 0 var(--_accent);
    }

    .text {
      flex: 1;
      min-width: 0;
      display: grid;
    }

    .title {
      font-weight: 600;
      overflow-wrap: anywhere;
    }

    .meta {
      color: var(--_muted);
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }

    .sep {
      padding-inline: 0.35em;
    }

    .new {
      flex: none;
      align-self: center;
      font-size: 0.75rem;
      font-weight: 600;
      line-height: 1;
      padding: 0.2rem 0.4rem;
      border: 1px solid var(--_accent);
      border-radius: 999px;
      color: var(--_accent);
    }

    .empty {
      padding: 0.75rem 0.5rem;
    }

    .empty p {
      margin: 0 0 0.25rem;
    }
  `,
];
