import { defineConfig, devices } from '@playwright/test';
import { execSync } from 'node:child_process';

// Browser tests run in Debian's Chromium (never a downloaded browser), headless,
// against the built app served by `vite preview`.
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  }
}

// Overridable so two builds can be tested side by side (e.g. SORTIE_PORT=4180 SORTIE_DIST=dist-b).
const PORT = Number(process.env.SORTIE_PORT ?? 4173);
const DIST = process.env.SORTIE_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Spec files run side by side (two cores); tests in one file stay in order.
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.SORTIE_E2E_REPORT ?? 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    timezoneId: 'UTC',
    locale: 'en-GB',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--use-gl=angle',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
