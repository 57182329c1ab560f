/**
 * Property tests (fast-check, fixed seed): whatever a dataset holds, GeoParquet gives back
 * the features and the `sortie` member the GeoJSON would have, so validation treats both
 * formats identically, bad rows included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenEventFeature } from '../dataset-format';
import { datasetArbitrary } from '../dataset.arbitrary';
import { validateEvents } from '../validate';
import { readColumnar } from './index';
import { features, meta } from './features.arbitrary';
import { writeColumnar } from './write';

process.env.TZ = 'UTC';

const RUNS = { seed: 20_261_201, numRuns: 60 };

const toBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('readColumnar(writeColumnar(features, meta))', () => {
  it('gives back every valid feature and the meta, deep-equal', async () => {
    await fc.assert(fc.asyncProperty(features, meta, async (fs, m) => {
      const back = await readColumnar(toBuffer(await writeColumnar(fs, m)));
      expect(back.features).toStrictEqual(fs);
      // The meta is JSON in both formats: compare with what a GeoJSON file would hold.
      expect(back.sortie).toStrictEqual(m === undefined ? undefined : JSON.parse(JSON.stringify(m)));
    }), RUNS);
  }, 120_000);

  it('gives back broken features as they were, so validation names the same features and fields', async () => {
    await fc.assert(fc.asyncProperty(datasetArbitrary(), async (generated) => {
      const input = generated.map((g) => g.feature);
      const back = await readColumnar(toBuffer(await writeColumnar(input as OpenEventFeature[], undefined)));
      // toEqual: a property set to undefined (one breakage does that) is absent in a file.
      expect(back.features).toEqual(input);
      expect(validateEvents(back.features)).toStrictEqual(validateEvents(input));
    }), RUNS);
  }, 120_000);
});
