/** A dismissible message about something the app set aside (an ignored option, a skipped feature). */
export interface Notice {
  /** Stable id, sent back in `sortie-notice-dismiss`; a new notice with the same id replaces the old. */
  id: string;
  /** One line saying what happened. */
  title: string;
  /** The details, one item per line (which parameter, which feature and field, and why). */
  lines: string[];
}

/** The co-located events under a click, offered as a menu at the click's position. */
export interface PickerState {
  ids: string[];
  /** Position in the map's pixels. */
  x: number;
  y: number;
}
