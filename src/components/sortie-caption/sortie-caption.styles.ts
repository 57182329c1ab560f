import { css } from 'lit';
import { visuallyHidden } from '../shared/visually-hidden.styles';

export const styles = [
  visuallyHidden,
  css`
    :host {
      display: block;
      pointer-events: none;
      font-family: var(--sortie-font, system-ui, sans-serif);
    }

    .caption {
      pointer-events: auto;
      box-sizing: border-box;
      max-width: min(36rem, 100%);
      margin: 0 auto;
      padding: 6px 8px 6px 12px;
      color: var(--sortie-fg, #1f2328);
      background: var(--sortie-bg, #fff);
      border: 1px solid var(--sortie-border, #d0d7de);
      border-left: 4px solid var(--sortie-accent, #0b5cad);
      border-radius: 6px;
      box-shadow: 0 2px 8px rgb(0 0 0 / 18%);
      font-size: 0.875rem;
      line-height: 1.35;
    }

    @media (prefers-reduced-motion: no-preference) {
      .caption {
        animation: rise 220ms ease-out;
      }
    }

    @keyframes rise {
      from {
        opacity: 0;
        transform: translateY(6px);
      }
    }

    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    li {
      display: flex;
      align-items: center;
      gap: 8px;
    }

    li + li {
      margin-top: 4px;
    }

    .text {
      flex: 1 1 auto;
      min-width: 0;
    }

    .date {
      color: var(--sortie-muted, #57606a);
      white-space: nowrap;
    }

    .title {
      font-weight: 600;
    }

    .more {
      margin: 4px 0 0;
      color: var(--sortie-muted, #57606a);
    }

    button {
      flex: none;
      min-height: 32px;
      padding: 2px 10px;
      font: inherit;
      color: var(--sortie-accent, #0b5cad);
      background: transparent;
      border: 1px solid currentColor;
      border-radius: 4px;
      cursor: pointer;
    }

    button:hover {
      background: color-mix(in srgb, var(--sortie-accent, #0b5cad) 10%, transparent);
    }

    button:focus-visible {
      outline: 3px solid var(--sortie-focus, #0969da);
      outline-offset: 2px;
    }
  `,
];
