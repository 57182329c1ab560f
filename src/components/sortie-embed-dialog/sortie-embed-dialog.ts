import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { UrlState } from '../../state/url-state';
import { elementCode, embedUrl, iframeCode, type EmbedOptions } from './embed-code';
import { libraryBaseUrl } from './library-base';
import { defaultHostedSrc, downloadName, hostedSrcProblem, hostingSection } from './hosting';
import { saveBlob } from '../sortie-download/save-file';
import { styles } from './sortie-embed-dialog.styles';

type Which = 'iframe' | 'element';
type Controls = NonNullable<EmbedOptions['controls']>;
type Theme = NonNullable<EmbedOptions['theme']>;

const CONTROLS: Array<[Controls, string]> = [['full', 'Full'], ['minimal', 'Minimal'], ['none', 'None']];
const THEMES: Array<[Theme, string]> = [['light', 'Light'], ['dark', 'Dark'], ['auto', 'Auto']];
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 2000;
/** The preview reloads this long after the last change, not on every keystroke. */
const PREVIEW_DELAY_MS = 500;

/**
 * @summary The "Embed" dialog: the code that puts the explorer's current view into another
 * page, as an iframe (any site) or as the `<sortie-map>` element (pages that can load a
 * script), each with a Copy button.
 *
 * Usage (the explorer's Embed button):
 *
 *   <sortie-embed-dialog .state=${app.getShareState()}></sortie-embed-dialog>
 *   dialog.show();
 *
 * The editor chooses a height, the controls (full, minimal, none) and a theme; both codes
 * and a live preview (embed.html in a frame, inert so it never takes focus) follow. The
 * code keeps the element's own dataset (`src`, element code only: embed.html takes none)
 * and `basemap`.
 *
 * A modal `<dialog>`: focus moves into it, Escape or Close shuts it and focus returns to
 * where it was. Copy uses the clipboard when the browser allows it and otherwise selects
 * the code, saying how to copy it.
 */
@customElement('sortie-embed-dialog')
export class SortieEmbedDialog extends LitElement {
  static override styles = styles;

  @query('dialog') private dialog!: HTMLDialogElement;

  /** The view to embed: what `<sortie-app>.getShareState()` returns. */
  @property({ attribute: false }) state: UrlState | null = null;

  /**
   * Absolute URL of the directory that serves embed.html and sortie-map.js (the built
   * `dist/`). Default: where this library was loaded from (see library-base.ts), so the code
   * is right even when the dialog opens inside a `<sortie-map>` on another site.
   */
  @property({ attribute: 'base-url' }) baseUrl = '';
  /** The element's own dataset URL (null: Sortie's); written into the element code, made absolute. */
  @property({ attribute: false }) src: string | null = null;
  /** The element's basemap style URL (null: the built-in one); made absolute. */
  @property({ attribute: false }) basemap: string | null = null;
  /** What the reader calls the dataset (the opened file's name, or the last part of `src`). */
  @property({ attribute: false }) dataName = '';
  /** The theme the dialog starts with (the explorer's own). */
  @property({ attribute: false }) initialTheme: Theme = 'light';

  @state() private message: Partial<Record<Which, string>> = {};
  /** Fixed height in px, or null for the embed's own size. */
  @state() private height: number | null = null;
  @state() private heightError = '';
  @state() private controls: Controls = 'full';
  @state() private theme: Theme = 'light';
  /** What the preview frame shows; follows the choices after PREVIEW_DELAY_MS. */
  @state() private previewUrl = '';
  /** The data file's address on the reader's site, as typed (null: the default, see hosting.ts). */
  @state() private hostedSrc: string | null = null;
  @state() private hostingMessage = '';
  #previewTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
  }

  /** Whether the dialog is showing. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog (modal). */
  async show(): Promise<void> {
    this.message = {};
    this.theme = this.initialTheme;
    this.hostedSrc = null;
    this.hostingMessage = '';
    this.previewUrl = embedUrl(this.state ?? {}, this.#base(), this.#options());
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** Closes the dialog. */
  close(): void {
    this.dialog?.close();
    clearTimeout(this.#previewTimer);
    // An empty frame stops the preview's map while the dialog is shut.
    this.previewUrl = '';
  }

  #base(): string {
    return this.baseUrl || libraryBaseUrl();
  }

  #absolute(url: string | null): string | null {
    if (!url) return null;
    try {
      return new URL(url, document.baseURI).href;
    } catch {
      return null;
    }
  }

  #options(): EmbedOptions {
    return { height: this.height, controls: this.controls, theme: this.theme, src: this.#codeSrc(), basemap: this.#absolute(this.basemap) };
  }

  /** The address typed for the hosted data file, or its default. */
  #hostedValue(): string {
    return this.src ? (this.hostedSrc ?? defaultHostedSrc(this.src, this.dataName)) : '';
  }

  /** The `src` the element code writes: never a blob: URL (see hosting.ts). */
  #codeSrc(): string | null {
    if (!this.src) return null;
    const value = this.#hostedValue();
    return hostedSrcProblem(value) ? defaultHostedSrc(this.src, this.dataName) : value.trim();
  }

  private readonly handleHostedSrc = (event: Event): void => {
    this.hostedSrc = (event.target as HTMLInputElement).value;
  };

  private readonly handleDownloadData = async (): Promise<void> => {
    if (!this.src) return;
    try {
      const response = await fetch(this.src);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      saveBlob(new Blob([await response.blob()], { type: 'application/geo+json' }), downloadName(this.#codeSrc() ?? '', this.dataName));
      this.hostingMessage = 'Downloaded.';
    } catch (error) {
      this.hostingMessage = `Could not download the data: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  #schedulePreview(): void {
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => {
      this.previewUrl = embedUrl(this.state ?? {}, this.#base(), this.#options());
    }, PREVIEW_DELAY_MS);
  }

  private readonly handleHeight = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const value = input.value.trim();
    if (value === '') {
      this.height = null;
      this.heightError = '';
    } else {
      const px = Number(value);
      if (!Number.isFinite(px) || px < MIN_HEIGHT || px > MAX_HEIGHT) {
        // Keep the last good height in the code; say what is wrong next to the field.
        this.heightError = `Enter a height from ${MIN_HEIGHT} to ${MAX_HEIGHT} pixels, or leave it empty for the map’s own size.`;
        return;
      }
      this.height = Math.round(px);
      this.heightError = '';
    }
    this.#schedulePreview();
  };

  private readonly handleChoice = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'controls') this.controls = input.value as Controls;
    if (input.name === 'theme') this.theme = input.value as Theme;
    this.#schedulePreview();
  };

  async #copy(which: Which): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${which}-code`);
    if (!area) return;
    const name = which === 'iframe' ? 'Iframe code' : 'Element code';
    try {
      // Missing outside secure contexts, and refused without permission: both fall through.
      await navigator.clipboard.writeText(area.value);
      this.message = { [which]: `${name} copied.` };
    } catch {
      area.focus();
      area.select();
      this.message = { [which]: `${name} selected: press Ctrl+C (⌘C on a Mac) to copy it.` };
    }
  }

  private readonly handleCopyIframe = (): void => void this.#copy('iframe');
  private readonly handleCopyElement = (): void => void this.#copy('element');
  private readonly handleClose = (): void => this.close();

  /** A click on the backdrop (outside the dialog's box) closes it, as Escape does. */
  private readonly handleDialogClick = (event: MouseEvent): void => {
    if (event.target !== this.dialog) return;
    const box = this.dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.close();
  };

  #describe(state: UrlState): string {
    const day = (t: number) => new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const parts = [state.time !== undefined ? `the map on ${day(state.time)}` : 'the map'];
    if (state.kinds?.size) parts.push(`${state.kinds.size === 1 ? 'one kind' : `${state.kinds.size} kinds`} of event`);
    if (state.actors?.size) parts.push(`${state.actors.size === 1 ? 'one actor' : `${state.actors.size} actors`}`);
    if (state.selectedId) parts.push('the selected event');
    return parts.join(', ');
  }

  #renderChoices() {
    const radios = <T extends string>(name: string, legend: string, options: Array<[T, string]>, current: T) => html`<fieldset class="choice">
      <legend>${legend}</legend>
      ${options.map(([value, label]) => html`<label><input type="radio" name=${name} .value=${value} .checked=${value === current} @change=${this.handleChoice} />${label}</label>`)}
    </fieldset>`;
    return html`<div class="choices">
      <div class="field">
        <label for="embed-height">Height <span class="unit">(px, empty for automatic)</span></label>
        <input id="embed-height" type="number" inputmode="numeric" min=${MIN_HEIGHT} max=${MAX_HEIGHT} step="10" placeholder="automatic"
          aria-describedby="embed-height-error" aria-invalid=${this.heightError ? 'true' : 'false'} @input=${this.handleHeight} />
        <span id="embed-height-error" class="error" role="status">${this.heightError}</span>
      </div>
      ${radios('controls', 'Controls', CONTROLS, this.controls)}
      ${radios('theme', 'Theme', THEMES, this.theme)}
    </div>`;
  }

  #renderPreview() {
    const height = Math.min(this.height ?? 420, 420);
    return html`<figure class="preview-box">
      <figcaption id="preview-caption">Preview (not interactive)${this.height && this.height > 420 ? ', cut to 420 px' : ''}</figcaption>
      ${this.previewUrl
        ? html`<iframe class="preview-frame" title="Preview of the embed" aria-describedby="preview-caption" inert tabindex="-1"
            src=${this.previewUrl} height=${height}></iframe>`
        : nothing}
    </figure>`;
  }

  #renderBlock(which: Which, code: string, title: string, help: string) {
    return html`<section class="block" aria-labelledby="${which}-heading">
      <h3 id="${which}-heading">${title}</h3>
      <p class="help">${help}</p>
      <label class="visually-hidden" for="${which}-code">${title} code</label>
      <textarea id="${which}-code" readonly spellcheck="false" rows=${which === 'iframe' ? 12 : 5} .value=${code}></textarea>
      <div class="actions">
        <button type="button" @click=${which === 'iframe' ? this.handleCopyIframe : this.handleCopyElement}>
          Copy ${which === 'iframe' ? 'iframe' : 'element'} code
        </button>
        <span class="message" role="status">${this.message[which] ?? ''}</span>
      </div>
    </section>`;
  }

  protected override render() {
    const state = this.state ?? {};
    const base = this.#base();
    const options = this.#options();
    return html`<dialog aria-labelledby="embed-title" @click=${this.handleDialogClick}>
      <div class="head">
        <h2 id="embed-title">Embed this view</h2>
        <button type="button" class="close" @click=${this.handleClose}>Close</button>
      </div>
      <p class="intro">
        Paste either code into a page to show ${this.#describe(state)}, framed as it is here
        (the embed's own size decides how much of the map shows).
      </p>
      ${this.#renderChoices()}
      ${this.src
        ? hostingSection({
          local: this.src.startsWith('blob:'), dataName: this.dataName || 'this dataset', value: this.#hostedValue(),
          problem: hostedSrcProblem(this.#hostedValue()), message: this.hostingMessage,
          onInput: this.handleHostedSrc, onDownload: () => void this.handleDownloadData(),
        })
        : nothing}
      ${this.#renderPreview()}
      ${this.#renderBlock('iframe', iframeCode(state, base, options), 'Iframe',
        `Works on any site that allows iframes. The script lets the frame take the map’s height; sites using pym.js can use pym.Parent instead.${options.src ? ' It shows Sortie’s own events: embed.html does not load other datasets, so use the element code for this one.' : ''}`)}
      ${this.#renderBlock('element', elementCode(state, base, options), 'Element',
        'For pages that can load a script from this site. The map loads only when a reader scrolls near it; without JavaScript the picture shows.')}
      ${this.state ? html`<p class="preview"><a href=${embedUrl(state, base, options)} target="_blank" rel="noopener">Open the embed in a new tab</a></p>` : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-embed-dialog': SortieEmbedDialog;
  }
}
