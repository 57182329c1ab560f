import { css } from 'lit';

/**
 * The explorer below 960 px of its own width (phones, tablets in portrait, narrow embeds):
 * one column; on phones a two-line header; the details as a sheet over the map.
 */
export const stackedLayout = css`
  /*
   * Phones, tablets in portrait and narrow embeds: the width that matters is the element's,
   * not the window's (an embed in an article column is narrow on a wide screen). Full
   * controls stack in one column that scrolls inside the element: the first screen is the
   * header, the map and the whole time slider, the map taking what the other two leave
   * (at least 300 px); the filters and the list follow below.
   */
  @container sortie (max-width: 960px) {
    .controls-full {
      overflow-y: auto;
      overscroll-behavior: contain;
    }

    .controls-full .body {
      flex: 1 0 auto;
      display: flex;
      flex-direction: column;
      position: relative;
    }

    .controls-full .stage {
      flex: 1 1 auto;
      min-height: 300px;
      anchor-name: --sortie-stage;
    }

    /*
     * The panel takes no height of its own, so the map and slider share the first screen;
     * its content hangs below the slider and scrolls into view like any content would.
     */
    .controls-full .panel {
      flex: 0 0 0;
      height: 0;
      min-height: 0;
      overflow: visible;
      border-left: 0;
      background: none;
    }

    .controls-full .panel > sortie-filters,
    .controls-full .panel > sortie-event-list {
      background: var(--sortie-panel);
    }

    /* The details of the selected event: a sheet over the lower part of the map, so the
       slider and Play stay where they were. */
    .controls-full .panel > sortie-details {
      --_sheet: var(--sortie-sheet-share);
      position: absolute;
      z-index: 5;
      position-anchor: --sortie-stage;
      left: anchor(left);
      right: anchor(right);
      bottom: anchor(bottom);
      height: calc(anchor-size(height) * var(--_sheet));
      overflow-y: auto;
      overscroll-behavior: contain;
      padding: 0 14px 12px;
      border-bottom: 0;
      background: var(--sortie-panel);
      border-radius: 14px 14px 0 0;
      box-shadow: 0 -4px 20px rgba(0, 0, 0, 0.25);
    }

    header {
      padding: 8px 12px 7px;
    }

    .tagline {
      font-size: 0.8125rem;
    }
  }

  /*
   * The map's share that the details sheet covers: read by the camera (fitPadding) so a
   * selected event is framed above the sheet. 0 where the details are a side panel.
   */
  .shell {
    --sortie-sheet-share: 0;
  }

  @container sortie (max-width: 960px) {
    .controls-full {
      --sortie-sheet-share: 0.55;
    }
  }

  /* Without anchor positioning the details stay in the column, under the slider. */
  @supports not (anchor-name: --a) {
    @container sortie (max-width: 960px) {
      .controls-full .panel {
        flex: none;
        height: auto;
      }

      .controls-full .panel > sortie-details {
        position: static;
        height: auto;
        border-radius: 0;
        box-shadow: none;
      }
    }
  }

  /* Phones: the header on two short lines (name, count, Embed; then the tagline). */
  @container sortie (max-width: 600px) {
    header {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      row-gap: 3px;
    }

    .tagline {
      grid-row: 2;
      grid-column: 1 / -1;
      font-size: 0.75rem;
      line-height: 1.35;
    }

    .meta {
      justify-self: end;
    }
  }

  /* Minimal and none: the map takes whatever height the timeline leaves. */
  @container sortie (max-width: 760px) {
    .controls-minimal .body,
    .controls-none .body {
      display: flex;
      flex-direction: column;
      flex: 1 1 auto;
      min-height: 0;
    }

    .controls-minimal .stage,
    .controls-none .stage {
      flex: 1 1 auto;
      height: auto;
      min-height: 200px;
    }

    /* Top left, clear of the zoom buttons (top right) and the attribution (bottom right). */
    sortie-legend {
      top: 10px;
      left: 10px;
      width: auto;
      max-width: calc(100% - 72px);
      max-height: calc(100% - 48px);
    }
  }
`;
