import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { UrlState } from '../../state/url-state';
import { elementCode, embedUrl, iframeCode } from './embed-code';
import { styles } from './sortie-embed-dialog.styles';

type Which = 'iframe' | 'element';

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
   * `dist/`). Default: the directory of the page the dialog is on.
   */
  @property({ attribute: 'base-url' }) baseUrl = '';

  @state() private message: Partial<Record<Which, string>> = {};

  /** Whether the dialog is showing. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog (modal). */
  async show(): Promise<void> {
    this.message = {};
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** Closes the dialog. */
  close(): void {
    this.dialog?.close();
  }

  #base(): string {
    return this.baseUrl || new URL('./', location.href).href;
  }

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
    return html`<dialog aria-labelledby="embed-title" @click=${this.handleDialogClick}>
      <div class="head">
        <h2 id="embed-title">Embed this view</h2>
        <button type="button" class="close" @click=${this.handleClose}>Close</button>
      </div>
      <p class="intro">
        Paste either code into a page to show ${this.#describe(state)}, framed as it is here
        (the embed's own size decides how much of the map shows).
      </p>
      ${this.#renderBlock('iframe', iframeCode(state, base), 'Iframe',
        'Works on any site that allows iframes. The script lets the frame take the map’s height; sites using pym.js can use pym.Parent instead.')}
      ${this.#renderBlock('element', elementCode(state, base), 'Element',
        'For pages that can load a script from this site. The map loads only when a reader scrolls near it; without JavaScript the picture shows.')}
      ${this.state ? html`<p class="preview"><a href=${embedUrl(state, base)} target="_blank" rel="noopener">Open the embed in a new tab</a></p>` : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-embed-dialog': SortieEmbedDialog;
  }
}
