import { css } from 'lit';

// Colours come from the explorer's custom properties (they inherit into this shadow root),
// so the dialog follows its light or dark theme; the fallbacks are the light theme.
export const styles = css`
  :host {
    display: contents;
  }

  dialog {
    width: min(1180px, calc(100vw - 24px));
    max-height: calc(100dvh - 24px);
    padding: 0;
    border: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
    border-radius: 10px;
    background: var(--sortie-panel, #fff);
    color: var(--sortie-ink, #1f2328);
    box-shadow: 0 8px 30px rgba(0, 0, 0, 0.25);
    font: 0.9375rem/1.45 'Noto Sans', system-ui, -apple-system, 'Segoe UI', sans-serif;
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
  }

  dialog::backdrop {
    background: rgba(15, 17, 20, 0.45);
  }

  .head,
  .foot {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 12px 20px;
    flex: none;
  }

  .head {
    justify-content: space-between;
    border-bottom: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
  }

  .foot {
    justify-content: flex-end;
    border-top: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
  }

  .content {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    padding: 4px 20px 16px;
  }

  h2 {
    margin: 0;
    font-size: 1.125rem;
  }

  h3 {
    margin: 16px 0 6px;
    font-size: 1rem;
  }

  h4 {
    margin: 14px 0 4px;
    font-size: 0.9375rem;
  }

  button {
    min-height: 32px;
    padding: 4px 14px;
    border: 1px solid var(--sortie-ink, #1f2328);
    border-radius: 4px;
    background: var(--sortie-panel, #fff);
    color: var(--sortie-ink, #1f2328);
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    cursor: pointer;
  }

  button.primary {
    background: var(--sortie-ink, #1f2328);
    color: var(--sortie-panel, #fff);
  }

  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  .table-scroll:focus-visible {
    outline: 3px solid var(--sortie-accent, #0b5cad);
    outline-offset: 2px;
  }

  .muted,
  .help {
    color: var(--sortie-muted, #57606a);
  }

  .help {
    font-size: 0.8125rem;
  }

  .error,
  .problem {
    color: var(--sortie-error, #b42318);
  }

  .error {
    padding: 8px 12px;
    border-left: 4px solid currentColor;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }

  .problem {
    font-size: 0.8125rem;
  }

  .column-list {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .column-list li {
    padding: 1px 8px;
    border: 1px solid var(--sortie-border, #c4c4c4);
    border-radius: 999px;
    font: 0.8125rem/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 28px;
  }

  /* Side by side where there is room: change a column on the left, see the events on the right. */
  @media (min-width: 960px) {
    .layout {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
      align-items: start;
    }

    .results {
      position: sticky;
      top: 0;
    }
  }

  .notes {
    margin: 8px 0 0;
    font-size: 0.875rem;
  }

  .notes summary {
    cursor: pointer;
    color: var(--sortie-muted, #57606a);
  }

  .notes ul {
    margin: 4px 0 0;
    padding-left: 1.2em;
  }

  .preset {
    margin: 0 0 8px;
    font-weight: 600;
  }

  fieldset.mapping {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 10px 16px;
    margin: 16px 0 0;
    padding: 10px 14px 14px;
    border: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
    border-radius: 6px;
  }

  legend {
    padding: 0 4px;
    font-weight: 600;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 3px;
    min-width: 0;
  }

  .wide {
    grid-column: 1 / -1;
  }

  label {
    font-size: 0.875rem;
    font-weight: 600;
  }

  select,
  input[type='text'] {
    box-sizing: border-box;
    width: 100%;
    min-height: 32px;
    padding: 4px 6px;
    border: 1px solid var(--sortie-border, #c4c4c4);
    border-radius: 4px;
    background: var(--sortie-bg, #fff);
    color: inherit;
    font: inherit;
    font-size: 0.875rem;
  }

  [aria-invalid='true'] {
    border-color: var(--sortie-error, #b42318);
  }

  .progress {
    margin: 12px 0;
  }

  .progress-row {
    display: flex;
    gap: 12px;
    align-items: center;
    margin-top: 4px;
  }

  progress {
    flex: 1 1 auto;
    height: 12px;
  }

  .counts {
    margin: 0 0 8px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .table-scroll {
    overflow-x: auto;
    border: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
    border-radius: 6px;
  }

  table {
    border-collapse: collapse;
    min-width: 100%;
    font-size: 0.8125rem;
  }

  caption {
    padding: 6px 10px;
    text-align: left;
    color: var(--sortie-muted, #57606a);
  }

  th,
  td {
    padding: 4px 10px;
    text-align: left;
    vertical-align: top;
    border-top: 1px solid var(--sortie-rule, rgba(31, 35, 40, 0.14));
  }

  td {
    min-width: 8rem;
  }

  .nowrap,
  .number {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  .number {
    text-align: right;
  }

  .problems ul {
    margin: 0;
    padding-left: 1.2em;
    font-size: 0.8125rem;
  }

  /* Phones: the dialog is the screen; the table scrolls sideways inside it. */
  @media (max-width: 600px) {
    dialog {
      width: 100vw;
      max-width: 100vw;
      height: 100dvh;
      max-height: 100dvh;
      margin: 0;
      border: 0;
      border-radius: 0;
    }

    .head,
    .foot {
      padding: 10px 14px;
    }

    .content {
      padding: 4px 14px 14px;
    }

    fieldset.mapping {
      grid-template-columns: 1fr;
    }
  }
`;
