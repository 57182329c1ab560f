import { css } from 'lit';

export const reviewStyles = css`
  :host { display: block; padding: 1rem; max-width: 90rem; margin: 0 auto; color: #1f2328; }
  h1 { font-size: 1.4rem; margin: 0 0 0.5rem; }
  form { display: grid; gap: 0.5rem; grid-template-columns: 1fr 1fr; }
  form label:first-child { grid-column: 1 / -1; }
  label { display: grid; gap: 0.25rem; font-weight: 600; }
  textarea, input, select { font: inherit; font-weight: normal; padding: 0.3rem; width: 100%; min-width: 0; box-sizing: border-box; }
  button { font: inherit; padding: 0.35rem 0.8rem; cursor: pointer; }
  button[aria-pressed='true'] { background: #1f2328; color: #fff; }
  .workbench { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; margin-top: 1rem; }
  @media (max-width: 48rem) { .workbench, form { grid-template-columns: minmax(0, 1fr); } }
  .workbench > *, form > * { min-width: 0; }
  .card dd a { overflow-wrap: anywhere; }
  .article pre { white-space: pre-wrap; font-family: inherit; line-height: 1.5; max-height: 80vh; overflow: auto; }
  mark { background: #fff1a8; }
  mark.accepted { background: #c8f0c8; }
  mark.rejected { background: #eee; text-decoration: line-through; }
  mark a { color: inherit; text-decoration: none; }
  .cards { list-style: none; padding: 0; display: grid; gap: 0.75rem; max-height: 80vh; overflow: auto; }
  .card { border: 1px solid #c4bdb1; border-radius: 6px; padding: 0.75rem; background: #fff; }
  .card:focus { outline: 3px solid #0072b2; outline-offset: 2px; }
  .card.accepted { border-color: #1a7f37; }
  .card.rejected { opacity: 0.7; }
  .card h3 { font-size: 1rem; margin: 0; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 0.2rem 0.6rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .warning { color: #8a4600; }
  .error { color: #b00020; font-weight: 600; }
  .actions { display: flex; gap: 0.5rem; margin-top: 0.5rem; flex-wrap: wrap; }
  .downloads { display: flex; gap: 1rem; margin-bottom: 0.5rem; }
  .map-caption, .map-empty { font-size: 0.9rem; margin: 0.25rem 0 0.75rem; }
  @media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
`;
