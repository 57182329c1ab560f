/**
 * Styles every reading-side component shares: the theme (custom properties with light and
 * dark defaults, so a component looks right even before the root sets them), focus rings,
 * touch targets and the visually-hidden helper. Defaults meet WCAG AA on both themes:
 * muted text is ≥ 4.5:1 and the accent ≥ 4.5:1 against the background.
 */
import { css } from 'lit';
import { visuallyHidden } from '../shared/visually-hidden.styles';

const base = css`
  :host {
    --_bg: var(--sortie-bg, #ffffff);
    --_fg: var(--sortie-fg, #1b1b1b);
    --_muted: var(--sortie-muted, #595959);
    --_accent: var(--sortie-accent, #0b5cad);
    --_border: var(--sortie-border, #c4c4c4);
    --_raised: var(--sortie-raised, color-mix(in srgb, var(--_fg) 6%, var(--_bg)));
    --_selected: color-mix(in srgb, var(--_accent) 14%, var(--_bg));
    color: var(--_fg);
    font-family: var(--sortie-font, 'Noto Sans', system-ui, sans-serif);
    font-size: 0.9375rem;
    line-height: 1.4;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--sortie-bg, #161616);
      --_fg: var(--sortie-fg, #ececec);
      --_muted: var(--sortie-muted, #a8a8a8);
      --_accent: var(--sortie-accent, #7cb7ff);
      --_border: var(--sortie-border, #4a4a4a);
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.25rem 0.5rem;
    cursor: pointer;
    min-height: 2rem;
  }

  button:hover {
    background: var(--_raised);
  }

  button:disabled {
    cursor: default;
    color: var(--_muted);
    background: none;
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  /* WCAG 2.5.5: 44 px targets where the pointer is a finger. */
  @media (pointer: coarse), (max-width: 639px) {
    button {
      min-height: 44px;
      min-width: 44px;
    }
  }

  .muted {
    color: var(--_muted);
  }
`;

export const readingStyles = [base, visuallyHidden];
