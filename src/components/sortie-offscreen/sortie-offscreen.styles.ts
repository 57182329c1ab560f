import { css } from 'lit';

export const styles = css`
  /* A layer over the map that lets the map have every pointer event except on the buttons. */
  :host {
    position: absolute;
    inset: 0;
    z-index: 3;
    pointer-events: none;
    overflow: hidden;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  button {
    position: absolute;
    left: var(--x);
    top: var(--y);
    transform: translate(-50%, -50%);
    pointer-events: auto;
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-width: 44px;
    min-height: 32px;
    padding: 4px 9px 4px 7px;
    border: 1px solid var(--sortie-border, #c4c4c4);
    border-radius: 999px;
    background: var(--sortie-bg, #ffffff);
    color: var(--sortie-fg, #1f2328);
    font: 600 0.8125rem/1 var(--sortie-font, 'Noto Sans', system-ui, sans-serif);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
    cursor: pointer;
  }

  button:hover {
    border-color: currentColor;
  }

  button:focus-visible {
    outline: 3px solid var(--sortie-focus, #0969da);
    outline-offset: 2px;
  }

  .arrow {
    display: inline-block;
    width: 14px;
    height: 14px;
    transform: rotate(var(--angle));
  }

  .arrow path {
    fill: currentColor;
  }

  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: left 0.2s ease-out, top 0.2s ease-out;
    }
  }
`;
