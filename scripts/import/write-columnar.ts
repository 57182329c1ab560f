/**
 * The import's output as GeoParquet (`--out events.parquet`): features are held until the
 * import ends (Parquet writes a column at a time, so it needs them all), then written to a
 * temp file beside OUTPUT and renamed over it, so a failed run leaves the previous file.
 * Same methods as DatasetWriter (write-output.ts), which run.ts picks by the extension.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { COLUMNAR_EXTENSION } from '../../src/data/columnar';
import { writeColumnar } from '../../src/data/columnar/write';
import type { OpenEventFeature, SortieMeta } from '../../src/data/dataset-format';

export const isColumnarOutput = (path: string) => path.toLowerCase().endsWith(COLUMNAR_EXTENSION);

export class ColumnarWriter {
  readonly temp: string;
  private features: OpenEventFeature[] = [];
  bytes = 0;

  constructor(private readonly out: string) {
    this.temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  }

  add(feature: OpenEventFeature): null {
    this.features.push(feature);
    return null;
  }

  async commit(meta: SortieMeta): Promise<void> {
    const bytes = await writeColumnar(this.features, meta);
    this.features = [];
    this.bytes = bytes.byteLength;
    try {
      await writeFile(this.temp, bytes);
      await rename(this.temp, this.out);
    } catch (error) {
      await rm(this.temp, { force: true });
      throw error;
    }
  }

  async abort(): Promise<void> {
    this.features = [];
    await rm(this.temp, { force: true });
  }
}
