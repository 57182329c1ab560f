import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/**
 * Pages that point at the library bundle (`../sortie-map.js` and its picture
 * `../sortie-map.png`, written by vite.lib.config.ts) use the `vite-ignore` attribute so the
 * app build leaves those URLs alone. In development the files do not exist yet: serve their
 * sources under their names instead.
 */
const LIBRARY_SOURCES: Record<string, string> = {
  '/sortie-map.js': '/src/embed.ts',
  '/sortie-map.png': '/docs/sortie-map.png',
};

function serveLibraryInDev(): Plugin {
  return {
    name: 'sortie:serve-library-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const source = LIBRARY_SOURCES[req.url?.split('?')[0] ?? ''];
        if (source) req.url = source;
        next();
      });
    },
  };
}

// maplibre-gl must not be pre-bundled: its worker fails to load when Vite's
// dependency optimiser rewrites it.
export default defineConfig({
  publicDir: false,
  plugins: [serveLibraryInDev()],
  optimizeDeps: { exclude: ['maplibre-gl'] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // The explorer, the iframe embed and the demo article. The library bundle
      // (dist/sortie-map.js) is a second build: vite.lib.config.ts.
      input: {
        main: 'index.html',
        embed: 'embed.html',
        article: 'examples/article.html',
        review: 'review.html',
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The test files share no module state they mutate, so one module graph per worker
    // serves them all: 16 s instead of 32 s here (README, "Test it").
    isolate: false,
  },
});
