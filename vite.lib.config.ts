/**
 * The library build: `dist/sortie-map.js`, the ES module editors point a
 * `<script type="module">` at. Runs after the app build (`npm run build`) into the same
 * `dist/`, so one static host serves the explorer, embed.html, the examples and this.
 *
 *   dist/sortie-map.js          the loader: <sortie-map> + story mode (Lit, no MapLibre)
 *   dist/sortie-map/*.js        chunks loaded when an element comes near the viewport
 *   dist/sortie-map/*.{geojson,woff2,mjs,png}   dataset, basemap, fonts, MapLibre worker
 *   dist/sortie-map.png         the static picture under a stable name, for <noscript>,
 *                               print and social cards
 *
 * Every URL inside is relative to the module (`new URL(…, import.meta.url)`), so the
 * files work from any directory of any host.
 */
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/**
 * In library mode Vite inlines every imported asset as a data: URL and ignores
 * `assetsInlineLimit`. That would put the 1 MB basemap, the fonts and the MapLibre worker
 * (as a data: URL, which strict CSPs refuse for workers) into the JavaScript. Vite keeps
 * an asset as a file when its id carries `no-inline`, so add that to every `?url` import.
 */
function emitUrlAssetsAsFiles(): Plugin {
  return {
    name: 'sortie:emit-url-assets-as-files',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/[?&]url\b/.test(source) || /[?&]no-inline\b/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && { ...resolved, id: `${resolved.id}&no-inline` };
    },
  };
}

/** Copies the placeholder picture to a name that never changes, for pages to link to. */
function stablePlaceholder(): Plugin {
  return {
    name: 'sortie:stable-placeholder',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'sortie-map.png', source: readFileSync('docs/sortie-map.png') });
    },
  };
}

export default defineConfig({
  publicDir: false,
  base: './',
  plugins: [emitUrlAssetsAsFiles(), stablePlaceholder()],
  // Library mode leaves `process.env.NODE_ENV` for the consumer's bundler; this file goes
  // straight to browsers, and deck.gl (loaded for large datasets) reads it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // The dataset worker (large files are read off the page's thread) sits with the other chunks.
  worker: {
    format: 'es',
    rolldownOptions: { output: { entryFileNames: 'sortie-map/[name]-[hash].js', chunkFileNames: 'sortie-map/[name]-[hash].js' } },
  },
  build: {
    outDir: 'dist',
    // The app build has already written dist/; this adds to it.
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    lib: {
      entry: 'src/embed.ts',
      formats: ['es'],
      fileName: () => 'sortie-map.js',
    },
    rolldownOptions: {
      output: {
        // Vite leaves ES libraries' whitespace for the consumer's bundler to minify; this
        // file goes straight to browsers, so minify it fully, as the app build does.
        minify: true,
        comments: { annotation: false, jsdoc: false, legal: false },
        chunkFileNames: 'sortie-map/[name]-[hash].js',
        assetFileNames: 'sortie-map/[name]-[hash][extname]',
      },
    },
  },
});
