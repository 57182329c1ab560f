import { LitElement, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import './open-data-dialog';
import type { SortieOpenDataDialog } from './open-data-dialog';
import { styles } from './sortie-open-data.styles';

/** What the file chooser offers first; anything else can still be picked and gets a clear error. */
const ACCEPT = '.csv,.tsv,.tab,.txt,.json,.geojson,.parquet,text/csv,text/tab-separated-values,application/json,application/geo+json,application/vnd.apache.parquet';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * @summary "Open data…": the explorer header's button that opens a local CSV, TSV, GeoJSON or GeoParquet
 * file in the Open data dialog, and the drop target that takes such a file dropped anywhere
 * on the explorer (a full-screen overlay says where to let go).
 *
 * Listens for drags on the element that contains it (the explorer, through its shadow root),
 * from connect to disconnect. The file input is the fallback the button clicks; it is
 * labelled, so assistive technology and tests can give it a file directly.
 *
 * @event sortie-open-data - From the dialog, when the reader opens the converted data.
 */
@customElement('sortie-open-data')
export class SortieOpenData extends LitElement {
  static override styles = styles;

  @query('button.open') private button!: HTMLButtonElement;
  @query('input[type=file]') private input!: HTMLInputElement;
  @query('sortie-open-data-dialog') private dialog!: SortieOpenDataDialog;
  @query('.drop') private overlay!: HTMLElement;

  @state() private dragging = false;

  #target: EventTarget | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    this.#target = root instanceof ShadowRoot ? root.host : window;
    this.#target.addEventListener('dragenter', this.handleDragEnter as EventListener);
    this.#target.addEventListener('dragover', this.handleDragOver as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#target?.removeEventListener('dragenter', this.handleDragEnter as EventListener);
    this.#target?.removeEventListener('dragover', this.handleDragOver as EventListener);
    this.#target = null;
  }

  /** Opens the dialog on a file, as a drop or the file chooser does. */
  openFile(file: File): Promise<void> {
    return this.dialog.show(file);
  }

  #showOverlay(show: boolean): void {
    if (show === this.dragging) return;
    this.dragging = show;
    // The top layer puts the overlay over the map, the panel and every stacking context.
    if (show) this.overlay.showPopover();
    else this.overlay.hidePopover();
  }

  private readonly handleDragEnter = (event: DragEvent): void => {
    if (!carriesFiles(event) || this.dialog.open) return;
    event.preventDefault();
    this.#showOverlay(true);
  };

  /** Without this a file dropped just before the overlay shows would replace the page. */
  private readonly handleDragOver = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.dialog.open ? 'none' : 'copy';
  };

  private readonly handleOverlayOver = (event: DragEvent): void => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };

  private readonly handleOverlayLeave = (event: DragEvent): void => {
    // Leaving for the overlay's own text is not leaving (its children let the pointer through anyway).
    if (event.relatedTarget instanceof Node && this.overlay.contains(event.relatedTarget)) return;
    this.#showOverlay(false);
  };

  private readonly handleDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.#showOverlay(false);
    const file = event.dataTransfer?.files[0];
    if (file) void this.openFile(file);
  };

  private readonly handleChoose = (): void => {
    this.input.value = '';
    this.input.click();
  };

  private readonly handleInput = (): void => {
    const file = this.input.files?.[0];
    if (file) void this.openFile(file);
  };

  /** Focus returns to the button, whether the dialog opened from it or from a drop. */
  private readonly handleDialogClose = (): void => {
    this.button?.focus();
  };

  protected override render() {
    return html`<button type="button" class="open" aria-haspopup="dialog" @click=${this.handleChoose}>Open data…</button>
      <input type="file" id="file" class="visually-hidden" tabindex="-1" accept=${ACCEPT} aria-label="Data file to open" @change=${this.handleInput} />
      <div class="drop" popover="manual" aria-hidden="true" @dragover=${this.handleOverlayOver} @dragleave=${this.handleOverlayLeave} @drop=${this.handleDrop}>
        <p>Drop a CSV, TSV, GeoJSON or GeoParquet file<span>It is read in this browser and never uploaded.</span></p>
      </div>
      <sortie-open-data-dialog @close=${this.handleDialogClose}></sortie-open-data-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-open-data': SortieOpenData;
  }
}
