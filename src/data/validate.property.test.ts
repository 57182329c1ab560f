/**
 * Property tests (fast-check, fixed seeds so every run is the same): whatever a dataset
 * holds, loading and validating it never throws, every broken feature is named with the
 * field at fault, every valid feature comes through, and every event has a finite interval
 * with start ≤ end.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetArbitrary, invalidDate, invalidGeometry, toGeoJsonText, validDate, validGeometry, type GeneratedFeature } from './dataset.arbitrary';
import { placeDate } from './date-rules';
import { geometryProblem } from './geometry-rules';
import { DatasetError, loadEvents } from './load';
import { validateEvents, type ValidationResult } from './validate';

process.env.TZ = 'UTC';

const RUNS = { seed: 20_261_201, numRuns: 200 };

/** The oracle: what the generator says the validator must do with these features. */
function checkResult(generated: readonly GeneratedFeature[], { events, problems }: ValidationResult): void {
  const valid = generated.filter((g) => g.valid);
  expect(events.map((e) => e.id)).toEqual(valid.map((g) => g.name));
  for (const g of generated.filter((x) => !x.valid)) {
    const named = problems.filter((p) => p.id === g.name);
    expect(named.map((p) => p.field), `${g.name} (${JSON.stringify(g.feature)?.slice(0, 200)})`).toContain(g.field);
  }
  // Nothing valid is blamed (a broken feature may carry a valid one's id only as a duplicate).
  const validIds = new Set(valid.map((g) => g.name));
  expect(problems.filter((p) => validIds.has(p.id) && p.field !== 'properties.id')).toEqual([]);
  for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
  for (const e of events) {
    expect(Number.isFinite(e.start) && Number.isFinite(e.end), `${e.id} ${e.date}`).toBe(true);
    expect(e.start).toBeLessThanOrEqual(e.end);
  }
}

describe('validateEvents on random datasets', () => {
  it('never throws, names every broken feature and field, keeps every valid one with a finite interval', () => {
    fc.assert(fc.property(datasetArbitrary(), (generated) => {
      checkResult(generated, validateEvents(generated.map((g) => g.feature)));
    }), RUNS);
  });

  it('treats the second feature with an id as the broken one, wherever it comes', () => {
    fc.assert(fc.property(datasetArbitrary({ maxLength: 6 }), fc.nat(), (generated, pick) => {
      const valid = generated.filter((g) => g.valid);
      fc.pre(valid.length > 0);
      const original = valid[pick % valid.length]!;
      const copy = structuredClone(original.feature) as { properties: { id: string } };
      const { events, problems } = validateEvents([...generated.map((g) => g.feature), copy]);
      expect(events.map((e) => e.id)).toEqual(valid.map((g) => g.name));
      expect(problems).toContainEqual({ id: original.name, field: 'properties.id', message: 'is used by an earlier feature too' });
    }), { ...RUNS, numRuns: 50 });
  });
});

describe('the date and geometry rules on their own', () => {
  it('place every valid date in a finite interval of at most a century, start ≤ end', () => {
    fc.assert(fc.property(validDate, (date) => {
      const placed = placeDate(date);
      expect(placed, date).toMatchObject({ ok: true });
      if (!placed.ok) return;
      const { start, end } = placed.time;
      expect(Number.isFinite(start) && Number.isFinite(end) && start <= end).toBe(true);
      expect(end - start).toBeLessThan(100.1 * 365.25 * 86_400_000);
    }), { ...RUNS, numRuns: 500 });
  });

  it('reject every invalid date with a message that quotes it', () => {
    fc.assert(fc.property(invalidDate, (date) => {
      const placed = placeDate(date);
      expect(placed.ok).toBe(false);
      if (!placed.ok) expect(placed.message).toContain(JSON.stringify(date));
    }), RUNS);
  });

  it('accept every valid geometry and reject every invalid one', () => {
    fc.assert(fc.property(validGeometry, (g) => {
      expect(geometryProblem(g)).toBeNull();
    }), RUNS);
    fc.assert(fc.property(invalidGeometry, (g) => {
      expect(geometryProblem(g)).toEqual(expect.any(String));
    }), RUNS);
  });
});

describe('loadEvents on random files', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const serve = (body: string) =>
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status: 200, headers: { 'content-type': 'application/geo+json' } })));

  it('reads a generated dataset from its GeoJSON text (1e999 and all) exactly as validateEvents does', async () => {
    await fc.assert(fc.asyncProperty(datasetArbitrary(), async (generated) => {
      const text = toGeoJsonText(generated);
      serve(text);
      const loaded = await loadEvents('/data/generated.geojson');
      // The text round trip turns NaN into null and drops undefined: compare with the parsed features.
      const parsed = (JSON.parse(text) as { features: unknown[] }).features;
      expect(loaded.features).toBe(generated.length);
      expect(loaded).toMatchObject(validateEvents(parsed));
      checkResult(generated, loaded);
    }), { ...RUNS, numRuns: 100 });
  });

  it('on any other text, resolves or rejects with a DatasetError, nothing else', async () => {
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((features) => JSON.stringify({ type: 'FeatureCollection', features })),
      fc.array(fc.jsonValue(), { maxLength: 5 }).map((features) => JSON.stringify({ type: 'FeatureCollection', features, articles: features })),
    );
    await fc.assert(fc.asyncProperty(body, async (text) => {
      serve(text);
      try {
        const { events, problems, features } = await loadEvents('/data/any.geojson');
        expect(events.length + new Set(problems.map((p) => p.id)).size).toBeLessThanOrEqual(features);
      } catch (error) {
        expect(error).toBeInstanceOf(DatasetError);
        expect((error as DatasetError).message).toContain('any.geojson');
      }
    }), { ...RUNS, numRuns: 300 });
  });
});
