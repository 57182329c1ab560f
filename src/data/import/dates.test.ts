import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayInZone, intervalText, readDateCell } from './dates';

// Seeded, so every run tries the same cases (STYLE.md: seeded randomness).
fc.configureGlobal({ seed: 20_261_201, numRuns: 200 });

const read = (v: unknown, zone?: string) => {
  const r = readDateCell(v, zone);
  return r.ok ? r.date.edtf : `ERR ${r.message}`;
};

describe('readDateCell', () => {
  it('reads each documented format to the day, and no finer', () => {
    expect(read('2019-03-14')).toBe('2019-03-14');
    expect(read('2019-03')).toBe('2019-03');
    expect(read('2019')).toBe('2019');
    expect(read('2019-03-14T10:30:00')).toBe('2019-03-14');
    expect(read('2019-03-14 10:30')).toBe('2019-03-14');
    expect(read('14-03-2019')).toBe('2019-03-14');
    expect(read('14.03.2019')).toBe('2019-03-14');
    expect(read('14 March 2019')).toBe('2019-03-14');
    expect(read('4 Sept 2019')).toBe('2019-09-04');
    expect(read('14-Mar-2019')).toBe('2019-03-14');
    expect(read('March 14, 2019')).toBe('2019-03-14');
    expect(read('Mar 14 2019')).toBe('2019-03-14');
  });

  it('refuses impossible and ambiguous dates (round trip)', () => {
    expect(read('31-02-2019')).toBe('ERR is not a date');
    expect(read('2019-02-29')).toBe('ERR is not a date');
    expect(read('2020-02-29')).toBe('2020-02-29');
    expect(read('2019-13')).toBe('ERR is not a date');
    expect(read('31 Smarch 2019')).toBe('ERR is not a date');
    expect(read('2019-03-14T25:00')).toBe('ERR is not a date');
    expect(read('03/04/2019')).toMatch(/^ERR is ambiguous/);
    expect(read('yesterday')).toBe('ERR is not a date');
  });

  it('picks epoch seconds or milliseconds by magnitude', () => {
    expect(read(1517966773840)).toBe('2018-02-07'); // ms (USGS)
    expect(read(1517966773)).toBe('2018-02-07'); // s
    expect(read('1517966773')).toBe('2018-02-07');
    expect(read('1517966773840')).toBe('2018-02-07');
  });

  it('puts an instant on its day in the import zone, around midnight', () => {
    expect(read('2019-03-01T23:30:00Z')).toBe('2019-03-01');
    expect(read('2019-03-01T23:30:00Z', 'Asia/Tokyo')).toBe('2019-03-02');
    expect(read('2019-03-01T00:30:00+00:00', 'America/New_York')).toBe('2019-02-28');
    expect(read('2019-03-01T23:30:00+0200', 'UTC')).toBe('2019-03-01');
    // A naive timestamp is already in the import zone: its written day stands.
    expect(read('2019-03-01T23:30:00', 'Asia/Tokyo')).toBe('2019-03-01');
  });

  it('round-trips every real day through each written format (property)', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        const name = months[Number(m) - 1];
        expect(read(iso)).toBe(iso);
        expect(read(`${day}-${m}-${y}`)).toBe(iso);
        expect(read(`${Number(day)} ${name} ${y}`)).toBe(iso);
        expect(read(`${name} ${Number(day)}, ${y}`)).toBe(iso);
        // Epoch milliseconds are told from seconds by magnitude (|n| ≥ 1e11, about March 1973
        // onwards; docs/import.md): an earlier ms value reads as seconds, by design.
        if (Math.abs(d.getTime()) >= 1e11) expect(read(d.getTime())).toBe(iso);
      }),
    );
  });

  it('never throws and only returns EDTF that edtf.js reads (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer()), (v) => {
        const r = readDateCell(v);
        if (r.ok) expect(() => edtf(r.date.edtf)).not.toThrow();
      }),
    );
  });
});

describe('dayInZone', () => {
  it('refuses instants outside years 1 to 9999', () => {
    expect(dayInZone(-1e15, 'UTC')).toBeNull();
    expect(dayInZone(Number.NaN, 'UTC')).toBeNull();
  });
});

describe('intervalText', () => {
  const d = (edtf: string) => ({ edtf, precision: 'day' as const });
  it('collapses equal ends, whole months and whole years', () => {
    expect(intervalText(d('2019-03-01'), d('2019-03-07'))).toEqual({ ok: true, edtf: '2019-03-01/2019-03-07' });
    expect(intervalText(d('2019-03-01'), d('2019-03-01'))).toEqual({ ok: true, edtf: '2019-03-01' });
    expect(intervalText(d('2019-02-01'), d('2019-02-28'))).toEqual({ ok: true, edtf: '2019-02' });
    expect(intervalText(d('2020-02-01'), d('2020-02-28'))).toEqual({ ok: true, edtf: '2020-02-01/2020-02-28' });
    expect(intervalText(d('2019-01-01'), d('2019-12-31'))).toEqual({ ok: true, edtf: '2019' });
  });
  it('refuses an end before the start', () => {
    expect(intervalText(d('2019-03-07'), d('2019-03-01')).ok).toBe(false);
  });
});
