import { LitElement, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { styles } from './sortie-settings.styles';

/** A "tune" icon: three sliders. */
const ICON = 'M3 6h9.2a2.5 2.5 0 0 1 4.6 0H21v2h-4.2a2.5 2.5 0 0 1-4.6 0H3zm0 5h3.2a2.5 2.5 0 0 1 4.6 0H21v2H10.8a2.5 2.5 0 0 1-4.6 0H3zm0 5h11.2a2.5 2.5 0 0 1 4.6 0H21v2h-2.2a2.5 2.5 0 0 1-4.6 0H3z';

/**
 * @summary A compact settings menu: a button that opens a small non-modal popup holding
 * the slotted controls (the timeline puts speed, skip, loop and mode in it on phones).
 *
 * The caller slots one element with `role="dialog"` and a name, holding the controls: they
 * stay the caller's light DOM, so their names, handlers and styles are the caller's (and a
 * test can find them inside the dialog). Opening moves focus to the first control; Escape
 * closes and puts focus back on the button; a press outside, or focus leaving, closes it.
 *
 * @slot - The dialog with the controls.
 * @csspart button - The button that opens the menu.
 * @csspart panel - The dialog.
 * @cssproperty --sortie-ink, --sortie-panel, --sortie-rule, --sortie-focus - Theme.
 */
@customElement('sortie-settings')
export class SortieSettings extends LitElement {
  static override styles = styles;

  @query('button.toggle') private button!: HTMLButtonElement;

  /** The accessible name of the button (give the slotted dialog the same name). */
  @property() label = 'Settings';
  /** The short text shown on the button. */
  @property({ attribute: 'button-text' }) buttonText = 'Settings';

  @state() private open = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening();
    this.open = false;
  }

  /** Opens the menu and moves focus to its first control. */
  async show(): Promise<void> {
    if (this.open) return;
    this.open = true;
    // A press on the button itself toggles; listening from the next task skips that press.
    setTimeout(() => {
      if (this.open) document.addEventListener('pointerdown', this.handleOutside, true);
    });
    await this.updateComplete;
    const first = this.querySelector<HTMLElement>('select, input, button, [tabindex]');
    first?.focus();
  }

  /** Closes the menu; `restoreFocus` puts focus back on the button. */
  hide(restoreFocus = false): void {
    if (!this.open) return;
    this.open = false;
    this.#stopListening();
    if (restoreFocus) this.button.focus();
  }

  #stopListening(): void {
    document.removeEventListener('pointerdown', this.handleOutside, true);
  }

  private readonly handleToggle = (): void => {
    if (this.open) this.hide(true);
    else void this.show();
  };

  private readonly handleOutside = (e: PointerEvent): void => {
    if (!e.composedPath().includes(this)) this.hide(false);
  };

  private readonly handleKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.open || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    this.hide(true);
  };

  private readonly handleFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget instanceof Node ? e.relatedTarget : null;
    // Focus moving to nowhere (a click on blank space inside) is not leaving.
    if (next && !this.contains(next) && !this.renderRoot.contains(next)) this.hide(false);
  };

  protected override render() {
    return html`<div class="wrap" @keydown=${this.handleKeyDown} @focusout=${this.handleFocusOut}>
      <button type="button" class="toggle" part="button" aria-label=${this.label} title=${this.label}
        aria-haspopup="dialog" aria-expanded=${String(this.open)} @click=${this.handleToggle}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d=${ICON}></path></svg>
        <span class="text" aria-hidden="true">${this.buttonText}</span>
      </button>
      <div class="panel" part="panel" ?hidden=${!this.open}>
        <slot></slot>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sortie-settings': SortieSettings;
  }
}
