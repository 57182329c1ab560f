import { describe, expect, it, vi } from 'vitest';
import { Store } from './store';

// The store holds epoch-ms times only; pinned to UTC like every other test here.
process.env.TZ = 'UTC';

describe('Store', () => {
  it('starts from defaults, overridable', () => {
    const store = new Store({ time: 42 });
    expect(store.get()).toMatchObject({ time: 42, mode: 'cumulative', kinds: null, selectedId: null, view: null });
  });

  it('notifies with the new and previous state on a real change', () => {
    const store = new Store();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.get();
    store.set({ time: 1000, selectedId: 'a' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(store.get(), before);
    expect(store.get()).toMatchObject({ time: 1000, selectedId: 'a' });
    expect(before.time).toBe(0);
  });

  it('does not notify when nothing changed', () => {
    const store = new Store({ time: 5, kinds: new Set(['strike']), view: { center: [36, 35], zoom: 5 } });
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.get();
    store.set({ time: 5 });
    store.set({ kinds: new Set(['strike']) });
    store.set({ view: { center: [36, 35], zoom: 5 } });
    store.set({});
    expect(listener).not.toHaveBeenCalled();
    expect(store.get()).toBe(before);
  });

  it('treats sets with different members, and null versus a set, as changes', () => {
    const store = new Store({ kinds: new Set(['strike']) });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ kinds: new Set(['protest']) });
    store.set({ kinds: null });
    store.set({ view: { center: [36, 35], zoom: 5 } });
    store.set({ view: { center: [36, 35], zoom: 6 } });
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('stops notifying after unsubscribe', () => {
    const store = new Store();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.set({ playing: true });
    expect(listener).not.toHaveBeenCalled();
  });

  it('lets a listener unsubscribe another during notification without skipping the rest', () => {
    const store = new Store();
    const second = vi.fn();
    let stopSecond = () => {};
    store.subscribe(() => stopSecond());
    stopSecond = store.subscribe(second);
    store.set({ playing: true });
    expect(second).toHaveBeenCalledTimes(1);
    store.set({ playing: false });
    expect(second).toHaveBeenCalledTimes(1);
  });
});
