import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATASET_TIMEOUT_MS, fetchCollection, loadEvents } from './load';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchCollection failures', () => {
  it('gives up after DATASET_TIMEOUT_MS with a message saying the server did not answer', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }));
    const result = fetchCollection('https://data.example/slow.geojson').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DATASET_TIMEOUT_MS - 1);
    let settled = false;
    void result.then(() => { settled = true; });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await result;
    expect(error).toMatchObject({ name: 'DatasetError' });
    expect(String((error as Error).message)).toMatch(/slow\.geojson\) did not arrive within 30 s/);
  });

  it('says a cross-origin server did not allow the page (CORS) when fetch throws a TypeError', async () => {
    vi.stubGlobal('location', { origin: 'https://news.example' });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchCollection('https://data.example/events.geojson')).rejects.toThrow(
      'the server at https://data.example did not allow this page to load it (CORS)',
    );
  });

  it('names a malformed escape without throwing a URIError', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('nope', { status: 404, statusText: 'Not Found' })));
    await expect(fetchCollection('/data%zz.geojson')).rejects.toThrow('(data%zz.geojson) could not be loaded: the server answered 404 Not Found');
  });

  it('loads the bundled dataset when given no src (null)', async () => {
    const seen: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      seen.push(url);
      return Promise.resolve(new Response(JSON.stringify({ type: 'FeatureCollection', features: [] })));
    });
    await loadEvents(null);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/events.*\.geojson/);
  });
});
