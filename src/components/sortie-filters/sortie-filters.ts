import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EMPTY_META, kindStyle, type KindRegistry } from '../../data/dataset-meta';
import { SYMBOL_PATHS } from '../../data/symbols';
import type { SortieEvent } from '../../data/validate';
import { sortieFilterChange } from '../../events/sortie-filter-change';
import type { TimeMode } from '../../data/time';
import type { TimeIndex } from '../../state/time-index';
import { actorRows, countShown, countShownAt, countTotals, kindRows, legendKinds, shortCount, type Count, type Totals } from './counts';
import { filterToArray, isOn, onlyValue, toggleValue, type FilterSet } from './filter-set';
import { kindSwatch } from './kind-swatch';
import { styles } from './sortie-filters.styles';
import { formatCount } from '../shared/format';

/** The example symbol of the "Symbols" key: it explains filled and hollow, not a kind. */
const KEY_EXAMPLE = { color: '#0072B2', shape: SYMBOL_PATHS.circle };

/**
 * @summary The legend, which is also the filter: one toggle per kind (symbol, name, counts)
 * and per actor, a "Show all" reset, and a key to the hollow (imprecise) symbols.
 *
 * @event sortie-filter-change - The reader toggled a kind or actor, chose "only" or "Show
 *   all"; the detail carries both resulting filters (null = all).
 *
 * @csspart base - The outer section.
 * @csspart swatch - Each kind symbol.
 * @csspart toggle - Each kind or actor toggle button.
 * @csspart reset - The "Show all" button.
 *
 * @cssproperty --sortie-bg, --sortie-fg, --sortie-muted, --sortie-accent, --sortie-border,
 *   --sortie-font - Theme.
 */
export class SortieFilters extends LitElement {
  static override styles = styles;

  /** Whether the actor list is unfolded; starts unfolded on wide screens only. */
  // Folded at first: the kinds and the event list matter more to most readers.
  @state() private actorsOpen = false;
  /** Why the last click changed nothing, for sighted and screen-reader users alike. */
  @state() private message = '';
  private kindCounts: Count<string>[] = [];
  private actorCounts: Count<string>[] = [];
  /** Counted once per dataset (when `events` changes), not per step. */
  private totals: Totals = countTotals([]);

  /** Every valid event of the dataset (the totals). */
  @property({ attribute: false }) events: SortieEvent[] = [];
  /**
   * The events shown on the map now, with time and filters applied: the visible counts
   * when no `timeIndex` is given (a pass over them on every change).
   */
  @property({ attribute: false }) visibleEvents: SortieEvent[] = [];
  /**
   * TimeIndex of the events that pass the filters. With it (and `time`, `mode`,
   * `windowMs`), the visible counts come from the index per step instead of `visibleEvents`.
   */
  @property({ attribute: false }) timeIndex: TimeIndex | null = null;
  /** The time shown (epoch ms), read with `timeIndex`. */
  @property({ type: Number }) time = 0;
  /** 'cumulative' or 'window', read with `timeIndex`. */
  @property() mode: TimeMode = 'cumulative';
  /** Trailing window length (ms) in 'window' mode, read with `timeIndex`. */
  @property({ type: Number, attribute: 'window-ms' }) windowMs = 0;
  /** The dataset's kinds (label, colour, symbol), in legend order. */
  @property({ attribute: false }) kindRegistry: KindRegistry = EMPTY_META.kinds;
  /** Kinds shown; null shows all. */
  @property({ attribute: false }) kinds: FilterSet<string> = null;
  /** Actors shown; null shows all. */
  @property({ attribute: false }) actors: FilterSet<string> = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events')) this.totals = countTotals(this.events);
    const index = this.timeIndex;
    const inputs = index
      ? ['events', 'timeIndex', 'time', 'mode', 'windowMs', 'kindRegistry']
      : ['events', 'timeIndex', 'visibleEvents', 'kindRegistry'];
    if (inputs.some((name) => (changed as Map<PropertyKey, unknown>).has(name))) {
      const shown = index ? countShownAt(index, this.time, this.mode, this.windowMs) : countShown(this.visibleEvents);
      this.kindCounts = kindRows(this.kindRegistry, this.totals, shown);
      this.actorCounts = actorRows(this.totals, shown);
    }
  }

  private get actorUniverse(): string[] {
    return this.actorCounts.map((c) => c.value);
  }

  private get kindUniverse(): string[] {
    return legendKinds(this.kindRegistry);
  }

  private emit(kinds: FilterSet<string>, actors: FilterSet<string>): void {
    this.message = '';
    this.dispatchEvent(sortieFilterChange({
      kinds: filterToArray(this.kindUniverse, kinds),
      actors: filterToArray(this.actorUniverse, actors),
    }));
  }

  private toggleKind(kind: string): void {
    const { next, refused } = toggleValue(this.kindUniverse, this.kinds, kind);
    if (refused) {
      this.message = 'At least one kind has to stay on. Choose “Show all” to see every kind again.';
      return;
    }
    this.emit(next, this.actors);
  }

  private toggleActor(actor: string): void {
    const { next, refused } = toggleValue(this.actorUniverse, this.actors, actor);
    if (refused) {
      this.message = 'At least one actor has to stay on. Choose “Show all” to see every actor again.';
      return;
    }
    this.emit(this.kinds, next);
  }

  private readonly handleShowAll = (): void => {
    this.emit(null, null);
  };

  private readonly handleActorsDisclosure = (): void => {
    this.actorsOpen = !this.actorsOpen;
  };

  /**
   * One handler for every row's buttons, reading the row's group and value from the
   * button: a new closure per row on every render made Lit swap each button's listener at
   * every step of the time (the counts re-render then).
   */
  private readonly handleRowClick = (e: Event): void => {
    const button = e.currentTarget as HTMLElement;
    const { group, value, action } = button.dataset;
    if (value === undefined) return;
    if (group === 'kind') {
      if (action === 'only') this.emit(onlyValue(this.kindUniverse, value), this.actors);
      else this.toggleKind(value);
    } else if (action === 'only') this.emit(this.kinds, onlyValue(this.actorUniverse, value));
    else this.toggleActor(value);
  };

  private renderRow(name: string, count: Count<string>, pressed: boolean, swatch: unknown, group: 'kind' | 'actor') {
    return html`
      <li class="row">
        <button class="toggle" part="toggle" aria-pressed=${pressed ? 'true' : 'false'}
          data-group=${group} data-value=${count.value} @click=${this.handleRowClick}>
          ${swatch}
          <span class="label">${name}</span>
          <span class="count" aria-hidden="true">${shortCount(count.visible, count.total)}/${shortCount(count.total, count.total)}</span>
          <span class="visually-hidden">, ${formatCount(count.visible)} of ${formatCount(count.total)} shown</span>
        </button>
        <button class="only" aria-label="Show only ${name}" data-group=${group} data-value=${count.value} data-action="only"
          @click=${this.handleRowClick}>only</button>
      </li>
    `;
  }

  private renderKinds() {
    return html`
      <h3 id="kinds-title">Kinds</h3>
      <ul class="rows kinds" aria-labelledby="kinds-title">
        ${this.kindCounts.map((count) => {
          const style = kindStyle(this.kindRegistry, count.value);
          return this.renderRow(style.plural, count, isOn(this.kinds, count.value), kindSwatch(style), 'kind');
        })}
      </ul>
    `;
  }

  private renderActors() {
    const on = this.actors === null ? this.actorCounts.length : this.actorCounts.filter((c) => this.actors?.has(c.value)).length;
    return html`
      <h3 class="disclosure-heading">
        <button class="disclosure" aria-expanded=${this.actorsOpen ? 'true' : 'false'} aria-controls="actors-list"
          @click=${this.handleActorsDisclosure}>
          <span class="chevron" aria-hidden="true"></span>
          <span id="actors-title">Actors</span>
          <span class="muted">(${on} of ${this.actorCounts.length} on)</span>
        </button>
      </h3>
      <ul class="rows" id="actors-list" aria-labelledby="actors-title" ?hidden=${!this.actorsOpen}>
        ${this.actorCounts.map((count) => this.renderRow(count.value, count, isOn(this.actors, count.value), null, 'actor'))}
      </ul>
    `;
  }

  protected override render() {
    const all = this.kinds === null && this.actors === null;
    return html`
      <section part="base" aria-labelledby="filters-title">
        <div class="head">
          <h2 id="filters-title">Legend and filters</h2>
          <button class="reset" part="reset" ?disabled=${all} @click=${this.handleShowAll}>Show all</button>
        </div>
        <p class="muted hint">Press a symbol to hide or show that kind.</p>
        ${this.renderKinds()}
        ${this.actorCounts.length ? this.renderActors() : nothing}
        <p class="message" role="status">${this.message}</p>
        <h3 id="key-title">Symbols</h3>
        <ul class="key" aria-labelledby="key-title">
          <li>${kindSwatch(KEY_EXAMPLE)}<span>Filled: the place and date are as the source gives them</span></li>
          <li>${kindSwatch(KEY_EXAMPLE, true)}<span>Hollow: only the country is known, or the date is inferred or approximate</span></li>
        </ul>
      </section>
    `;
  }
}

if (!customElements.get('sortie-filters')) customElements.define('sortie-filters', SortieFilters);

declare global {
  interface HTMLElementTagNameMap {
    'sortie-filters': SortieFilters;
  }
}
