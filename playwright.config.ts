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

/**
 * Which software renderer draws WebGL. By default ANGLE over EGL, which on Debian is Mesa's
 * llvmpipe (packages libegl-mesa0 and libgl1-mesa-dri): a map load costs about half the CPU
 * it costs on SwiftShader, and the browser tests spend most of their time drawing maps
 * (README, "Test it"). Where Mesa's EGL is missing, Chromium falls back to SwiftShader by
 * itself (--enable-unsafe-swiftshader). SORTIE_GL=swiftshader asks for SwiftShader directly.
 */
function webglArgs(): string[] {
  const angle = process.env.SORTIE_GL === 'swiftshader' ? ['--use-angle=swiftshader'] : ['--use-angle=gl-egl', '--ignore-gpu-blocklist'];
  return ['--use-gl=angle', ...angle, '--enable-unsafe-swiftshader'];
}

// Overridable so two builds can be tested side by side (e.g. SORTIE_PORT=4180 SORTIE_DIST=dist-b).
const PORT = Number(process.env.SORTIE_PORT ?? 4173);
const DIST = process.env.SORTIE_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Spec files run side by side (two cores); tests in one file stay in order, except in the
  // files that say `mode: 'parallel'` (their tests share nothing).
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.SORTIE_E2E_REPORT ?? 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    timezoneId: 'UTC',
    locale: 'en-GB',
    // Pages open as for a reader who asked for reduced motion (no pulses, no label fades, no
    // eased camera): a frame costs tens of milliseconds of CPU here, and motion is what draws
    // frames. The tests of motion itself ask for it (test.use({ reducedMotion: 'no-preference' })).
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...webglArgs(),
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
