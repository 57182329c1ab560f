/**
 * MapLibre's attribution control, folded to its ⓘ button on narrow maps from the start.
 *
 * MapLibre itself turns the control compact when the map is 640 px wide or less, but opens
 * it (two lines of credits over a small map) until the reader first drags the map. This
 * control starts such a map folded: the credits (Natural Earth, GeoNames) stay one press
 * away, on a real disclosure (`<details>`/`<summary>`) whose `open` state matches what is
 * shown, so assistive tech hears "collapsed" / "expanded" truthfully. (MapLibre leaves
 * `open` set when a drag folds it; this keeps them in step.)
 */
import { AttributionControl, type AttributionControlOptions, type Map as MapLibreMap } from 'maplibre-gl';

const COMPACT = 'maplibregl-compact';
const SHOWN = 'maplibregl-compact-show';

export class CompactAttribution extends AttributionControl {
  #map: MapLibreMap | null = null;
  #details: HTMLElement | null = null;
  #wasCompact = false;

  constructor(options: AttributionControlOptions = {}) {
    super(options);
  }

  override onAdd(map: MapLibreMap): HTMLElement {
    const details = super.onAdd(map);
    this.#map = map;
    this.#details = details;
    this.#fold();
    // Registered after MapLibre's own handlers, so these see the classes it has just set.
    map.on('resize', this.#onResize);
    map.on('drag', this.#sync);
    map.on('styledata', this.#onResize);
    return details;
  }

  override onRemove(): void {
    this.#map?.off('resize', this.#onResize);
    this.#map?.off('drag', this.#sync);
    this.#map?.off('styledata', this.#onResize);
    this.#map = null;
    this.#details = null;
    super.onRemove();
  }

  /** Folds the control if MapLibre has just made it compact; otherwise leaves it alone. */
  #fold(): void {
    const details = this.#details;
    if (!details) return;
    const compact = details.classList.contains(COMPACT);
    if (compact && !this.#wasCompact) details.classList.remove(SHOWN);
    this.#wasCompact = compact;
    this.#sync();
  }

  readonly #onResize = (): void => {
    this.#fold();
  };

  /** `open` says whether the credits are visible (always, when the control is not compact). */
  readonly #sync = (): void => {
    const details = this.#details;
    if (!details) return;
    const visible = !details.classList.contains(COMPACT) || details.classList.contains(SHOWN);
    details.toggleAttribute('open', visible);
  };
}
