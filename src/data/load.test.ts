import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATASET_TIMEOUT_MS, fetchBytes, loadEvents } from './load';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchBytes failures', () => {
  it('gives up after DATASET_TIMEOUT_MS with a message saying the server did not answer', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }));
    const result = fetchBytes('https://data.example/slow.geojson').catch((e: unknown) => e);
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
    await expect(fetchBytes('https://data.example/events.geojson')).rejects.toThrow(
      'the server at https://data.example did not allow this page to load it (CORS)',
    );
  });

  it('names a malformed escape without throwing a URIError', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('nope', { status: 404, statusText: 'Not Found' })));
    await expect(fetchBytes('/data%zz.geojson')).rejects.toThrow('(data%zz.geojson) could not be loaded: the server answered 404 Not Found');
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

describe('fetchBytes progress and stalls', () => {
  /** A response whose body sends `chunks` and then, unless `end`, never finishes (until aborted). */
  function streamed(chunks: string[], headers: Record<string, string>, end: boolean) {
    return (_url: string, init: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
          if (end) controller.close();
          init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return Promise.resolve(new Response(body, { headers }));
    };
  }

  it('reports bytes received against Content-Length, and no total when the body is compressed', async () => {
    const seen: Array<[number, number | null]> = [];
    vi.stubGlobal('fetch', streamed(['{"type":', '"FeatureCollection","features":[]}'], { 'content-length': '42' }, true));
    await fetchBytes('/a.geojson', { onProgress: (p) => seen.push([p.done, p.total]) });
    expect(seen).toEqual([[0, 42], [8, 42], [42, 42]]);

    const compressed: Array<number | null> = [];
    vi.stubGlobal('fetch', streamed(['{}'], { 'content-length': '20', 'content-encoding': 'gzip' }, true));
    await fetchBytes('/b.geojson', { onProgress: (p) => compressed.push(p.total) });
    expect(compressed.every((t) => t === null)).toBe(true);
  });

  it('fails a download that stops sending for DATASET_TIMEOUT_MS, naming the file', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', streamed(['{"type":'], {}, false));
    const result = fetchBytes('https://data.example/stalled.geojson').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DATASET_TIMEOUT_MS + 1);
    expect(String((await result as Error).message)).toMatch(/stalled\.geojson\) did not arrive within 30 s/);
  });
});
