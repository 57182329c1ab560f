import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Mapping } from '../../data/import/mapping';
import { sortieOpenData } from '../../events/sortie-open-data';
import { kb } from './file-format';
import { Cancelled, ImportClient, type Request } from './import-client';
import { mappingForm, missingFields, withSelect } from './mapping-form';
import { previewPart } from './preview-part';
import type { Inspection, PreviewResult } from './protocol';
import { styles } from './open-data-dialog.styles';
import { formatCount } from '../shared/format';

type Phase = 'reading' | 'ready' | 'failed' | 'opening';
interface ProgressState {
  label: string;
  done: number;
  total: number;
}

/** The title template re-runs the preview this long after the last keystroke. */
const TYPING_DELAY_MS = 300;
const PRESETS = { acled: 'ACLED', ucdp: 'UCDP GED' } as const;

/**
 * @summary The Open data dialog: takes a local CSV, TSV, GeoJSON or GeoParquet file, shows the columns it
 * found and how each feeds an event (changeable), previews the first events and the rows that
 * will be skipped, and converts the whole file, with progress, when the reader opens it.
 *
 * All reading and converting happens in a worker (import.worker.ts); nothing is uploaded.
 * A modal `<dialog>`: focus stays inside, Escape or Close shuts it (and stops any work).
 *
 * @event sortie-open-data - The reader chose "Open in explorer": `{ dataset, name, skipped, problems }`.
 * @event close - The dialog closed (the opener returns focus).
 */
@customElement('sortie-open-data-dialog')
export class SortieOpenDataDialog extends LitElement {
  static override styles = styles;

  @query('dialog') private dialog!: HTMLDialogElement;

  @state() private file: File | null = null;
  @state() private phase: Phase = 'reading';
  @state() private error = '';
  @state() private inspection: Inspection | null = null;
  @state() private mapping: Mapping = {};
  @state() private preview: PreviewResult | null = null;
  @state() private progress: ProgressState | null = null;

  readonly #client = new ImportClient();
  /** The request in flight that Cancel stops (reading or converting). */
  #busy: Request<unknown> | null = null;
  #previewRun = 0;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typingTimer);
    this.#client.close();
  }

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog on a file and starts reading it. */
  async show(file: File): Promise<void> {
    this.#stop();
    this.file = file;
    this.phase = 'reading';
    this.error = '';
    this.inspection = null;
    this.preview = null;
    this.mapping = {};
    this.progress = null;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    const request = this.#client.inspect(file, (_, done, total) => {
      this.progress = { label: `Reading ${file.name}: ${kb(done)} of ${kb(total)}`, done, total };
    });
    this.#busy = request;
    try {
      const inspection = await request.result;
      if (this.file !== file) return;
      this.inspection = inspection;
      this.mapping = inspection.mapping;
      this.phase = 'ready';
      await this.#runPreview();
    } catch (error) {
      if (this.file === file) this.#fail(error);
    } finally {
      if (this.#busy === request) this.#busy = null;
      this.progress = null;
    }
  }

  close(): void {
    this.#stop();
    if (this.dialog?.open) this.dialog.close();
  }

  #stop(): void {
    clearTimeout(this.#typingTimer);
    if (this.#busy) this.#client.cancel(this.#busy.id);
    this.#busy = null;
    this.progress = null;
  }

  #fail(error: unknown): void {
    if (error instanceof Cancelled) return;
    this.phase = 'failed';
    this.error = error instanceof Error ? error.message : String(error);
  }

  async #runPreview(): Promise<void> {
    const run = ++this.#previewRun;
    try {
      const result = await this.#client.preview(this.mapping).result;
      if (run !== this.#previewRun) return;
      this.preview = result;
      this.error = '';
    } catch (error) {
      // A mapping the converter refuses is the reader's to change: keep the form, say why.
      if (run !== this.#previewRun || error instanceof Cancelled) return;
      this.preview = null;
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  #canOpen(): boolean {
    if (this.phase !== 'ready' || !this.inspection || !this.preview) return false;
    const missing = missingFields(this.mapping, this.inspection.format);
    return !missing.date && !missing.location && !missing.other && this.preview.events > 0;
  }

  private readonly handleSelect = (event: Event): void => {
    this.mapping = withSelect(this.mapping, event.target as HTMLSelectElement);
    void this.#runPreview();
  };

  private readonly handleTitle = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    const next: Mapping = { ...this.mapping };
    if (value.trim()) next.title = value;
    else delete next.title;
    this.mapping = next;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => void this.#runPreview(), TYPING_DELAY_MS);
  };

  private readonly handleZone = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value.trim();
    const next: Mapping = { ...this.mapping };
    if (value) next.tz = value;
    else delete next.tz;
    this.mapping = next;
    clearTimeout(this.#typingTimer);
    // An unknown zone is reported next to the field; the preview waits for a real one.
    if (!missingFields(next, this.inspection?.format ?? 'csv').other) {
      this.#typingTimer = setTimeout(() => void this.#runPreview(), TYPING_DELAY_MS);
    }
  };

  private readonly handleOpen = async (): Promise<void> => {
    const file = this.file;
    if (!file || !this.#canOpen()) return;
    // A preview still waiting on the last keystroke must not be skipped.
    clearTimeout(this.#typingTimer);
    this.phase = 'opening';
    const unit = this.inspection?.format === 'geojson' ? 'features' : 'rows';
    const request = this.#client.convert(this.mapping, (phase, done, total) => {
      this.progress = phase === 'reading'
        ? { label: `Reading ${file.name}: ${kb(done)} of ${kb(total)}`, done, total }
        : { label: `Converting ${file.name}: ${formatCount(done)} of ${formatCount(total)} ${unit}`, done, total };
    });
    this.#busy = request;
    this.progress = { label: `Reading ${file.name}…`, done: 0, total: file.size };
    try {
      const result = await request.result;
      if (this.file !== file) return;
      if (result.dataset.features.length === 0) {
        this.phase = 'ready';
        this.error = `None of the ${formatCount(result.rows)} ${unit} of ${file.name} converts into an event.`;
        return;
      }
      this.dispatchEvent(sortieOpenData({ dataset: result.dataset, name: file.name, skipped: result.skipped, problems: result.problems }));
      this.close();
    } catch (error) {
      if (error instanceof Cancelled) this.phase = 'ready';
      else this.#fail(error);
    } finally {
      if (this.#busy === request) this.#busy = null;
      this.progress = null;
    }
  };

  private readonly handleCancel = (): void => {
    const reading = this.phase === 'reading';
    this.#stop();
    // Stopping the first read leaves nothing to show: close. Stopping a conversion goes back to the mapping.
    if (reading) this.close();
    else this.phase = 'ready';
  };

  private readonly handleClose = (): void => this.close();

  /**
   * Escape (the dialog's cancel) also stops the work. The close event comes a task after the
   * dialog shut: when a new file has opened it again meanwhile (Close, then at once another
   * file), that file's reading is not this close's to stop.
   */
  private readonly handleDialogClose = (): void => {
    if (this.dialog.open) return;
    this.#stop();
    this.dispatchEvent(new Event('close'));
  };

  #renderProgress() {
    const p = this.progress;
    if (!p) return nothing;
    return html`<div class="progress">
      <label for="open-progress" id="open-progress-label">${p.label}</label>
      <div class="progress-row">
        <progress id="open-progress" max=${Math.max(p.total, 1)} .value=${p.done}></progress>
        <button type="button" @click=${this.handleCancel}>Cancel</button>
      </div>
    </div>`;
  }

  #renderBody() {
    if (this.phase === 'failed') return html`<p class="error" role="alert">${this.error}</p>`;
    const inspection = this.inspection;
    if (!inspection) return html`<p class="muted" role="status">Reading the file…</p>`;
    const unit = inspection.format === 'geojson' ? 'feature' : 'row';
    const missing = missingFields(this.mapping, inspection.format);
    // Wide screens: the setup on the left, what it gives on the right; phones: one after the other.
    return html`<div class="layout">
      <div class="setup">
        <section class="columns" aria-labelledby="columns-heading">
          <h3 id="columns-heading">${inspection.columns.length} columns found</h3>
          ${inspection.preset ? html`<p class="preset">Recognised as ${PRESETS[inspection.preset]} data: its columns are mapped as that format defines them.</p>` : nothing}
          <ul class="column-list">${inspection.columns.map((c) => html`<li>${c}</li>`)}</ul>
          ${inspection.notes.length
            ? html`<details class="notes"><summary>Why these columns</summary><ul>${inspection.notes.map((note) => html`<li>${note}</li>`)}</ul></details>`
            : nothing}
        </section>
        ${missing.date || missing.location || missing.other
          ? html`<p class="error" role="alert">${[missing.date, missing.location, missing.other].filter(Boolean).join(' ')}</p>`
          : nothing}
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        ${mappingForm({ columns: inspection.columns, mapping: this.mapping, format: inspection.format, onSelect: this.handleSelect, onTitle: this.handleTitle, onZone: this.handleZone })}
      </div>
      <div class="results">${this.preview ? previewPart(this.preview, inspection.complete, unit) : nothing}</div>
    </div>`;
  }

  protected override render() {
    const file = this.file;
    const canOpen = this.#canOpen();
    return html`<dialog aria-labelledby="open-title" aria-describedby="open-file" @close=${this.handleDialogClose}>
      <div class="head">
        <h2 id="open-title">Open data</h2>
        <button type="button" class="close" @click=${this.handleClose}>Close</button>
      </div>
      <div class="content">
        <p class="file" id="open-file">
          ${file ? html`<strong>${file.name}</strong> <span class="muted">(${kb(file.size)})</span>` : nothing}
          <span class="muted">· read in this browser, never uploaded</span>
        </p>
        ${this.#renderProgress()}
        ${this.#renderBody()}
      </div>
      <div class="foot">
        <button type="button" class="primary" ?disabled=${!canOpen} @click=${this.handleOpen}>
          ${this.phase === 'opening' ? 'Opening…' : 'Open in explorer'}
        </button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-open-data-dialog': SortieOpenDataDialog;
  }
}
