import { defineConfig } from 'vitest/config';

// maplibre-gl must not be pre-bundled: its worker fails to load when Vite's
// dependency optimiser rewrites it.
export default defineConfig({
  publicDir: false,
  optimizeDeps: { exclude: ['maplibre-gl'] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
