/**
 * Measures a PMTiles archive for the vector-tile trial (docs/beyond-the-browser.md), read
 * with the `pmtiles` package from the file itself (no server): per zoom, how many tiles,
 * their total bytes, the median and largest tile (as stored: gzip-compressed MVT, what a
 * CDN sends), and how many features the largest tile holds once decoded.
 *
 *   npx tsx scripts/trials/tiles-stats.ts tiles-trial/events-1000000.pmtiles [--json out.json]
 */
import { open, type FileHandle } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { countFeatures } from './tiles-math';
import { PMTiles, Compression, tileIdToZxy, type Entry, type Header, type Source } from 'pmtiles';

class NodeFileSource implements Source {
  constructor(private readonly handle: FileHandle, private readonly path: string) {}
  getKey(): string {
    return this.path;
  }
  async getBytes(offset: number, length: number): Promise<{ data: ArrayBuffer }> {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await this.handle.read(buffer, 0, length, offset);
    return { data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + bytesRead) };
  }
}

interface ZoomStats {
  zoom: number;
  tiles: number;
  bytes: number;
  medianBytes: number;
  maxBytes: number;
  maxTile: string;
  /** Features in the largest tile, decoded. */
  maxFeatures: number;
  /** Features over every tile of the zoom (the points plus the copies in tile buffers). */
  features?: number;
}

/** Every tile entry of the archive, leaf directories followed. */
async function tileEntries(archive: PMTiles, source: Source, header: Header): Promise<Entry[]> {
  const out: Entry[] = [];
  const walk = async (offset: number, length: number): Promise<void> => {
    const entries = await archive.cache.getDirectory(source, offset, length, header);
    for (const e of entries) {
      if (e.runLength === 0) await walk(header.leafDirectoryOffset + e.offset, e.length);
      else out.push(e);
    }
  };
  await walk(header.rootDirectoryOffset, header.rootDirectoryLength);
  return out;
}

async function decodeCount(source: Source, header: Header, entry: Entry): Promise<number> {
  const { data } = await source.getBytes(header.tileDataOffset + entry.offset, entry.length);
  const raw = header.tileCompression === Compression.Gzip ? gunzipSync(Buffer.from(data)) : Buffer.from(data);
  return countFeatures(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
}

async function archiveStats(path: string, countAll = false): Promise<{ header: Header; zooms: ZoomStats[]; fileBytes: number }> {
  const handle = await open(path, 'r');
  try {
    const source = new NodeFileSource(handle, path);
    const archive = new PMTiles(source);
    const header = await archive.getHeader();
    const entries = await tileEntries(archive, source, header);
    const byZoom = new Map<number, Array<{ entry: Entry; tileId: number }>>();
    for (const entry of entries) {
      // A run stands for runLength consecutive tiles of identical content (empty ocean, mostly).
      for (let i = 0; i < entry.runLength; i++) {
        const tileId = entry.tileId + i;
        const [z] = tileIdToZxy(tileId);
        (byZoom.get(z) ?? byZoom.set(z, []).get(z)!).push({ entry, tileId });
      }
    }
    const zooms: ZoomStats[] = [];
    for (const [zoom, tiles] of [...byZoom].sort((a, b) => a[0] - b[0])) {
      const sizes = tiles.map((t) => t.entry.length).sort((a, b) => a - b);
      const largest = tiles.reduce((a, b) => (b.entry.length > a.entry.length ? b : a));
      const [, x, y] = tileIdToZxy(largest.tileId);
      const stats: ZoomStats = {
        zoom,
        tiles: tiles.length,
        bytes: sizes.reduce((a, b) => a + b, 0),
        medianBytes: sizes[Math.floor(sizes.length / 2)] ?? 0,
        maxBytes: largest.entry.length,
        maxTile: `${zoom}/${x}/${y}`,
        maxFeatures: await decodeCount(source, header, largest.entry),
      };
      if (countAll) {
        let features = 0;
        for (const t of tiles) features += await decodeCount(source, header, t.entry);
        stats.features = features;
      }
      zooms.push(stats);
    }
    const { size } = await handle.stat();
    return { header, zooms, fileBytes: size };
  } finally {
    await handle.close();
  }
}

const kb = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(1)} KB`);

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { json: { type: 'string' }, 'count-all': { type: 'boolean' } }, allowPositionals: true, strict: true });
  const path = positionals[0];
  if (!path) throw new Error('usage: tiles-stats.ts ARCHIVE.pmtiles [--json out.json] [--count-all]');
  const { header, zooms, fileBytes } = await archiveStats(path, values['count-all'] ?? false);
  console.log(`${path}: ${kb(fileBytes)}, zoom ${header.minZoom}–${header.maxZoom}, ${header.numAddressedTiles.toLocaleString('en-GB')} tiles addressed, ${header.numTileContents.toLocaleString('en-GB')} distinct contents`);
  console.log('\n| zoom | tiles | bytes | median tile | largest tile | features in largest |' + (values['count-all'] ? ' features in zoom |' : ''));
  console.log('| --- | --- | --- | --- | --- | --- |' + (values['count-all'] ? ' --- |' : ''));
  for (const z of zooms) {
    console.log(`| ${z.zoom} | ${z.tiles.toLocaleString('en-GB')} | ${kb(z.bytes)} | ${kb(z.medianBytes)} | ${kb(z.maxBytes)} (${z.maxTile}) | ${z.maxFeatures.toLocaleString('en-GB')} |` + (z.features !== undefined ? ` ${z.features.toLocaleString('en-GB')} |` : ''));
  }
  if (values.json) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(values.json, JSON.stringify({ path, fileBytes, header, zooms }, null, 2));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
