/**
 * A camera request from outside the app (a story step): a `view`, else a `bbox` to fit,
 * else the geometry of an event to fit with the map's padding. Applied every time it is
 * asked for, even when the values equal the element's current attributes: a step must put
 * the camera back after the reader (or a selection's own camera move) has moved it.
 */
import type { MapView } from '../../map/map-view';
import type { SortieNotice } from '../sortie-notices/sortie-notices';
import { parseAppOptions } from './app-options';
import { urlNotice } from './notices';

export interface CameraRequest {
  /** `lng,lat,zoom`. */
  view?: string | null;
  /** `west,south,east,north`, fitted when there is no view. */
  bbox?: string | null;
  /** Id of an event whose geometry is fitted when there is neither. */
  event?: string | null;
}

export interface FrameHost {
  readonly mapView: MapView | null;
  readonly events: ReadonlyArray<{ id: string }>;
  addNotice(notice: SortieNotice): void;
  reducedMotion(): boolean;
}

/** Moves `host`'s camera to `camera`; a value that does not parse is named in a notice and the next one is used. */
export function frameCamera(host: FrameHost, camera: CameraRequest): void {
  const view = host.mapView;
  if (!view) return;
  const options = parseAppOptions({ view: camera.view, bbox: camera.bbox }, { eventIds: new Set(), actors: new Set() });
  if (options.notices.length) host.addNotice(urlNotice(options.notices, 'story camera'));
  if (options.patch.view) view.setView(options.patch.view);
  else if (options.bbox) view.fitBbox(options.bbox);
  else if (camera.event && host.events.some((e) => e.id === camera.event)) view.focusEvent(camera.event, !host.reducedMotion());
}
