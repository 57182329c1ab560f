import { css } from 'lit';

// Colours come from the explorer's custom properties (they inherit into this shadow root),
// so the dialog follows its light or dark theme; the fallbacks are the light theme.
export const styles = css`
  :host {
    display: contents;
  }

  dialog {
    width: min(760px, calc(100vw - 24px));
    max-height: calc(100dvh - 24px);
    overflow: auto;
    padding: 0;
    border: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
    border-radius: 10px;
    background: var(--sortie-panel, #fff);
    color: var(--sortie-ink, #1f2328);
    box-shadow: 0 8px 30px rgba(0, 0, 0, 0.25);
    font: 0.9375rem/1.45 'Noto Sans', system-ui, -apple-system, 'Segoe UI', sans-serif;
  }

  dialog::backdrop {
    background: rgba(15, 17, 20, 0.45);
  }

  .head {
    position: sticky;
    top: 0;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    padding: 14px 20px 10px;
    background: inherit;
    border-bottom: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
  }

  h2 {
    margin: 0;
    font-size: 1.125rem;
  }

  h3 {
    margin: 0;
    font-size: 1rem;
  }

  .intro,
  .block,
  .preview {
    margin: 14px 20px 0;
  }

  .preview {
    margin-bottom: 18px;
  }

  .help {
    margin: 2px 0 8px;
    color: var(--sortie-muted, #57606a);
    font-size: 0.875rem;
  }

  textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    resize: vertical;
    padding: 10px 12px;
    border: 1px solid var(--sortie-border, #c4c4c4);
    border-radius: 6px;
    background: var(--sortie-page, #f4f3ef);
    color: inherit;
    font: 0.8125rem/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    /* Long URLs wrap inside the box instead of scrolling it sideways. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 12px 24px;
    align-items: flex-start;
    margin: 14px 20px 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    max-width: 16rem;
  }

  .field input {
    width: 9rem;
    min-height: 32px;
    padding: 4px 8px;
    font: inherit;
    color: inherit;
    background: var(--sortie-bg, #fff);
    border: 1px solid var(--sortie-border, #c4c4c4);
    border-radius: 4px;
  }

  .field input[aria-invalid='true'] {
    border-color: #b42318;
  }

  .unit {
    color: var(--sortie-muted, #57606a);
    font-weight: normal;
  }

  .error {
    color: #b42318;
    font-size: 0.8125rem;
  }

  .error:empty {
    display: none;
  }

  .choice {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .choice legend {
    width: 100%;
    padding: 0;
    margin-bottom: 4px;
  }

  .choice label {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 32px;
  }

  .preview-box {
    margin: 14px 20px 0;
  }

  .preview-box figcaption {
    color: var(--sortie-muted, #57606a);
    font-size: 0.8125rem;
    margin-bottom: 4px;
  }

  .preview-frame {
    display: block;
    width: 100%;
    border: 1px solid var(--sortie-border, #c4c4c4);
    border-radius: 6px;
    background: var(--sortie-page, #f4f3ef);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 12px;
    margin-top: 8px;
  }

  button {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    padding: 6px 14px;
    border-radius: 6px;
    border: 1px solid var(--sortie-ink, #1f2328);
    background: var(--sortie-ink, #1f2328);
    color: var(--sortie-panel, #fff);
    cursor: pointer;
  }

  button.close {
    background: transparent;
    color: inherit;
    border-color: var(--sortie-border, #c4c4c4);
  }

  button:focus-visible,
  textarea:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--sortie-focus, #0969da);
    outline-offset: 2px;
  }

  .message {
    font-size: 0.8125rem;
    color: var(--sortie-muted, #57606a);
  }

  a {
    color: var(--sortie-accent, #0b5cad);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
