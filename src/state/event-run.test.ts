import { describe, expect, it } from 'vitest';
import { EventRun } from './event-run';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('EventRun', () => {
  it('reads the picked positions, then the stretch', () => {
    const run = new EventRun(letters, Int32Array.from([0, 2]), 4, 6);
    expect(run.length).toBe(4);
    expect([run.at(0), run.at(1), run.at(2), run.at(3)]).toEqual(['a', 'c', 'e', 'f']);
    expect(run.at(4)).toBeUndefined();
    expect(run.at(-1)).toBeUndefined();
    expect([...run]).toEqual(['a', 'c', 'e', 'f']);
    expect(run.toArray()).toEqual(['a', 'c', 'e', 'f']);
    expect(run.head(3)).toEqual(['a', 'c', 'e']);
    expect(run.head(99)).toEqual(['a', 'c', 'e', 'f']);
    expect(run.findIndex((x) => x === 'e')).toBe(2);
    expect(run.findIndex((x) => x === 'b')).toBe(-1);
  });

  it('is empty for a stretch that ends where it begins', () => {
    const run = new EventRun(letters, new Int32Array(0), 3, 3);
    expect(run.length).toBe(0);
    expect(run.toArray()).toEqual([]);
    expect(EventRun.EMPTY.length).toBe(0);
  });

  it('hands out the array itself when the run is all of it', () => {
    expect(EventRun.of(letters).toArray()).toBe(letters);
  });

  it('passes for an array that reads only the indices asked for', () => {
    const seen: number[] = [];
    const items = Array.from({ length: 100_000 }, (_, i) => ({ i }));
    const spy = new Proxy(items, {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) seen.push(Number(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const run = new EventRun(spy, new Int32Array(0), 10, 100_000);
    const array = run.asArray();
    expect(Array.isArray(array)).toBe(true);
    expect(array.length).toBe(99_990);
    expect(array[0]).toEqual({ i: 10 });
    expect(array[99_989]).toEqual({ i: 99_999 });
    expect(array[99_990]).toBeUndefined();
    expect(seen).toEqual([10, 99_999]);
    expect(run.asArray()).toBe(array);
    // A key arrays do not have (Lit's directive marker, read off every bound value) reads nothing.
    expect((array as unknown as Record<string, unknown>)._$litDirective$).toBeUndefined();
    expect(seen).toEqual([10, 99_999]);
    // Anything beyond length and indices reads the real items.
    expect(array.slice(0, 2)).toEqual([{ i: 10 }, { i: 11 }]);
  });
});
