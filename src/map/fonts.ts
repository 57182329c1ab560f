/**
 * The self-hosted Noto Sans that map labels are drawn in (files from @fontsource/noto-sans).
 *
 * The basemap style sets no `glyphs` URL, so MapLibre (≥ 5.11) draws each label glyph on a canvas
 * with TinySDF, reading the layer's `text-font` as a CSS font-family list with `sans-serif`
 * appended, and taking the weight from a word in the first name ("SemiBold" -> 600). The canvas
 * can only use fonts registered on `document.fonts`, so this module registers them there.
 *
 * It uses the CSS Font Loading API rather than importing @fontsource's CSS: an @font-face rule
 * only works at document level, which an embedded widget or a library build can't count on; a
 * FontFace added from script works in every case. Only the latin subset is loaded, because the
 * basemap build writes every label in Latin-1 (see `label` in scripts/build-basemap.ts).
 */
import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import semiboldUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';

const FAMILY = 'Noto Sans';
/** @fontsource's `unicode-range` for the latin subset, so the face never claims other scripts. */
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

/** `text-font` for regular labels (provinces, cities). */
export const MAP_FONT_REGULAR = [FAMILY];
/**
 * `text-font` for emphasised labels (countries, capitals). MapLibre reads the weight from the
 * first name; that family doesn't exist, so the browser falls through to Noto Sans at 600.
 */
export const MAP_FONT_SEMIBOLD = [`${FAMILY} SemiBold`, FAMILY];

/** How long the map waits for the fonts before drawing labels in the fallback sans-serif. */
export const MAP_FONT_TIMEOUT_MS = 3000;

let loading: Promise<void> | undefined;

/**
 * Registers the map fonts and resolves once they are usable, or after `timeoutMs` so the map
 * never waits forever (labels then use the system sans-serif). Never rejects; safe to call many
 * times. Call it before creating the map: the faces are registered synchronously, and MapLibre
 * waits for a registered face itself before drawing its first glyph with it, so awaiting the
 * result only matters to code that wants to know the fonts are ready.
 */
export function loadMapFonts(timeoutMs = MAP_FONT_TIMEOUT_MS): Promise<void> {
  loading ??= register(timeoutMs);
  return loading;
}

async function register(timeoutMs: number): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts || typeof FontFace === 'undefined') return;
  const faces = [
    { url: regularUrl, weight: '400' },
    { url: semiboldUrl, weight: '600' },
  ].map(({ url, weight }) => new FontFace(FAMILY, `url(${JSON.stringify(url)}) format('woff2')`, { weight, unicodeRange: LATIN_RANGE }));
  for (const face of faces) document.fonts.add(face);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([Promise.all(faces.map((face) => face.load())), timeout]);
    if (outcome === 'timeout') {
      console.warn(`Sortie: the map font (Noto Sans) did not load within ${timeoutMs} ms; labels use the system sans-serif.`);
    }
  } catch (error) {
    console.warn('Sortie: the map font (Noto Sans) failed to load; labels use the system sans-serif.', error);
  } finally {
    clearTimeout(timer);
  }
}
