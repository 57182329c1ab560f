/**
 * What the scripts that look at the built app share (screenshot, snapshot, bench): serving
 * dist/ with `vite preview`, and opening Debian's Chromium with the browser tests' flags
 * (playwright.config.ts), with a page that reports errors and other-origin requests.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import config from '../../playwright.config';

export const ROOT = resolve(import.meta.dirname, '../..');

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Serves dist/ on `port` until the returned function is called. `needs` is a built file
 * the caller relies on, checked first so a missing build gets a clear message.
 */
export async function servePreview(port: number, needs: string): Promise<() => void> {
  if (!existsSync(resolve(ROOT, 'dist', needs))) {
    throw new Error(`dist/ has no ${needs}: run \`npm run build\` first (this script builds nothing).`);
  }
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer(`http://localhost:${port}/`, 30_000);
  } catch (error) {
    server.kill();
    throw error;
  }
  return () => server.kill();
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...config.use?.launchOptions, headless: true });
}

/** Warns (on stderr) about page errors, console errors and requests to other origins. */
export function reportProblems(page: Page, origin: string): void {
  page.on('request', (request) => {
    const target = request.url();
    if (/^https?:/.test(target) && new URL(target).origin !== origin) console.warn(`warning: request to another origin: ${target}`);
  });
  page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.warn(`page ${message.type()}: ${message.text()}`);
  });
}
