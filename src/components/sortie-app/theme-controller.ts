/**
 * Which palette the explorer shows: its `theme` option, and for `auto` the reader's system
 * setting, followed live. Panels take it from the shell's class (render asks `dark`); the
 * basemap is switched in place after each update (MapView.setTheme does nothing when the
 * palette is already the right one).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapView } from '../../map/map-view';

export interface ThemeHost extends ReactiveControllerHost {
  readonly theme: 'light' | 'dark' | 'auto';
  readonly mapView: MapView | null;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

export class ThemeController implements ReactiveController {
  #query: MediaQueryList | null = null;

  constructor(private readonly host: ThemeHost) {
    host.addController(this);
  }

  /** Whether the dark palette applies now. */
  get dark(): boolean {
    if (this.host.theme === 'dark') return true;
    if (this.host.theme !== 'auto') return false;
    return (this.#query ?? (typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null))?.matches ?? false;
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.#query = matchMedia(DARK_QUERY);
    this.#query.addEventListener('change', this.handleChange);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.handleChange);
    this.#query = null;
  }

  hostUpdated(): void {
    this.host.mapView?.setTheme(this.dark ? 'dark' : 'light');
  }

  private readonly handleChange = (): void => {
    this.host.requestUpdate();
  };
}
