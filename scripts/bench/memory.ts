/**
 * What a page holds in memory, two ways: its JS heap (CDP Performance.getMetrics,
 * JSHeapUsedSize) and the resident memory of its renderer and of the GPU process (where
 * SwiftShader keeps WebGL's buffers), read from /proc. The browser is launched for one
 * page, so the largest renderer is that page's.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';

export interface Memory {
  heap: number;
  /** Bytes resident in the page's renderer plus the GPU process; NaN where /proc is not readable. */
  rss: number;
}

async function rssOf(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

export async function measureMemory(browser: Browser, page: Page): Promise<Memory> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  let rss = NaN;
  try {
    const system = await browser.newBrowserCDPSession();
    const { processInfo } = (await system.send('SystemInfo.getProcessInfo' as never)) as { processInfo: { type: string; id: number }[] };
    await system.detach();
    const renderers = await Promise.all(processInfo.filter((p) => p.type === 'renderer').map((p) => rssOf(p.id)));
    const gpu = await Promise.all(processInfo.filter((p) => p.type === 'GPU').map((p) => rssOf(p.id)));
    rss = Math.max(...renderers) + gpu.reduce((a, b) => a + b, 0);
  } catch {
    // Not Chromium, or no /proc: the heap is still printed.
  }
  return { heap, rss };
}
