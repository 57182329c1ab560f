/**
 * Writes the dataset feature by feature to a temp file beside OUTPUT and renames it over
 * OUTPUT only when the import succeeds, so a failed run leaves the previous file as it was.
 * The `sortie` member goes last: it needs the kinds and bbox of every event (JSON member
 * order carries no meaning).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import type { OpenEventFeature, SortieMeta } from '../../src/data/dataset-format';

const CHUNK = 1 << 16;

export class DatasetWriter {
  readonly temp: string;
  private readonly stream: WriteStream;
  private n = 0;
  /** Features are batched into chunks of about CHUNK characters: one write per feature costs more than the JSON. */
  private pending: string[] = [];
  private pendingLength = 0;
  bytes = 0;

  constructor(private readonly out: string) {
    this.temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
    this.stream = createWriteStream(this.temp, { encoding: 'utf8' });
    this.write('{"type":"FeatureCollection","features":[');
  }

  private write(text: string): Promise<void> | null {
    this.bytes += Buffer.byteLength(text);
    return this.stream.write(text) ? null : once(this.stream, 'drain').then(() => undefined);
  }

  private flush(): Promise<void> | null {
    if (this.pending.length === 0) return null;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    return this.write(text);
  }

  /** Adds one feature; when it returns a promise, await it (the stream's backpressure). */
  add(feature: OpenEventFeature): Promise<void> | null {
    const text = `${this.n++ === 0 ? '\n' : ',\n'}${JSON.stringify(feature)}`;
    this.pending.push(text);
    this.pendingLength += text.length;
    return this.pendingLength >= CHUNK ? this.flush() : null;
  }

  /** Ends the collection with the sortie member and renames the temp file to OUTPUT. */
  async commit(meta: SortieMeta): Promise<void> {
    await this.flush();
    this.write(`\n],\n"sortie":${JSON.stringify(meta, null, 1)}}\n`);
    this.stream.end();
    await once(this.stream, 'finish');
    await rename(this.temp, this.out);
  }

  /** Drops the temp file; OUTPUT is not touched. */
  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true });
  }
}
