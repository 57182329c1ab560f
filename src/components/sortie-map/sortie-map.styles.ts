import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    /* The element is a box in the article: nothing inside can push the page sideways. */
    max-width: 100%;
    contain: layout paint;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  /*
   * The default size is a 16:10 box, kept readable on phones and wide columns alike: tall
   * enough for the controls shown (the time slider and the event panel need room below the
   * map). A page can change it with the custom properties (e.g. a full-height sticky story
   * map), or the element's height attribute (which wins).
   */
  .frame {
    --default-min-height: 640px;
    position: relative;
    width: 100%;
    aspect-ratio: var(--sortie-map-aspect-ratio, 16 / 10);
    height: var(--sortie-map-height, auto);
    min-height: var(--sortie-map-min-height, var(--default-min-height));
    max-height: var(--sortie-map-max-height, 900px);
    overflow: hidden;
    background: #e9e7e1;
  }

  /* The height attribute (set through the CSSOM; see #applyHeight). */
  .frame.fixed {
    height: var(--fixed-height);
    aspect-ratio: auto;
    min-height: 0;
    max-height: none;
  }

  :host([controls='minimal']) .frame {
    --default-min-height: 520px;
  }

  :host([controls='none']) .frame {
    --default-min-height: 360px;
  }

  /*
   * Full controls in a phone-wide element: the app stacks header, map (at least 320 px),
   * buttons and slider, with the panel scrolling below them; the box is tall enough for the
   * first four to show whole.
   */
  :host {
    container-type: inline-size;
  }

  @container (max-width: 760px) {
    :host(:not([controls='minimal']):not([controls='none'])) .frame {
      /* Fits a 375×667 phone screen whole: map, slider and Play. */
      --default-min-height: 660px;
    }
  }

  .app {
    position: absolute;
    inset: 0;
    height: 100%;
    min-height: 0;
    /* The map area itself never gets smaller than this (the app's stage reads it). */
    --sortie-stage-min-height: var(--sortie-map-area-min-height, 320px);
  }

  /* A page that sizes the element itself decides; the map takes what the controls leave. */
  .frame.sized .app {
    --sortie-stage-min-height: var(--sortie-map-area-min-height, 0px);
  }

  /*
   * Minimal and no controls, sized by default: the box is the 16:10 shape at least
   * --sortie-map-min-height tall, and grows past it when the map area's minimum plus the
   * time slider need more (a phone, a narrow column), so the slider and its axis are never
   * cut off and nothing scrolls inside the element. The shape is computed from the width
   * (container units) rather than with aspect-ratio, which cannot grow to fit its content
   * once a min-height is set.
   */
  :host([controls='minimal']) .frame:not(.sized),
  :host([controls='none']) .frame:not(.sized) {
    container-type: inline-size;
    display: grid;
    aspect-ratio: auto;
    height: auto;
    min-height: 0;
  }

  :host([controls='minimal']) .frame:not(.sized) > :is(.app, .placeholder),
  :host([controls='none']) .frame:not(.sized) > :is(.app, .placeholder) {
    grid-area: 1 / 1;
    position: relative;
    inset: auto;
    height: auto;
    min-height: max(
      var(--sortie-map-min-height, var(--default-min-height)),
      calc(100cqw / (var(--sortie-map-aspect-ratio, 16 / 10)))
    );
  }

  :host([controls='minimal']) .frame:not(.sized) .placeholder img,
  :host([controls='none']) .frame:not(.sized) .placeholder img {
    position: absolute;
    inset: 0;
  }

  .placeholder {
    position: absolute;
    inset: 0;
    margin: 0;
  }

  .placeholder img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .placeholder figcaption {
    position: absolute;
    left: 12px;
    bottom: 12px;
    max-width: calc(100% - 24px);
    padding: 8px 12px;
    border-radius: 6px;
    background: rgba(255, 255, 255, 0.92);
    color: #1f2328;
    font: 0.875rem/1.35 system-ui, -apple-system, 'Segoe UI', sans-serif;
    box-shadow: 0 1px 4px rgba(31, 35, 40, 0.2);
  }

  .placeholder figcaption span {
    display: block;
    color: #57606a;
  }

  .problem {
    position: absolute;
    z-index: 1;
    top: 50%;
    left: 50%;
    transform: translate(-50%, -50%);
    width: min(460px, calc(100% - 32px));
    padding: 16px 20px;
    background: #fff;
    color: #1f2328;
    border: 1px solid rgba(31, 35, 40, 0.14);
    border-left: 4px solid #b3261e;
    border-radius: 8px;
    box-shadow: 0 2px 10px rgba(31, 35, 40, 0.15);
    font: 0.9375rem/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif;
  }

  .problem h2 {
    margin: 0;
    font-size: 1rem;
  }

  .problem p {
    margin: 8px 0 0;
    color: #57606a;
    overflow-wrap: anywhere;
  }

  .problem button {
    margin-top: 12px;
    padding: 6px 14px;
    font: inherit;
    font-weight: 600;
    border: 1px solid #1f2328;
    border-radius: 4px;
    background: #1f2328;
    color: #fff;
    cursor: pointer;
  }

  .problem button:focus-visible {
    outline: 2px solid #0969da;
    outline-offset: 2px;
  }
`;
