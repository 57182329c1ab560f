/**
 * Drives playback: while playing, each animation frame advances the time along a Track and
 * reports it. The player keeps no copy of the time between frames other than its clock;
 * whoever owns the store writes the reported time there (STYLE.md: one source of truth).
 * The frame scheduler and the clock are injectable so tests need no real timers.
 */
import type { Jump, Track } from './playback';

export interface PlayerHooks {
  /** Called with the new time on every frame while playing. */
  onTime(time: number, jump: Jump | null): void;
  /** Called once when play reaches the end and does not loop. */
  onEnd(): void;
  now?: () => number;
  requestFrame?: (cb: () => void) => number;
  cancelFrame?: (id: number) => void;
}

export class Player {
  private frame: number | null = null;
  private clock = 0;
  private last = 0;
  private track: Track | null = null;
  private readonly now: () => number;
  private readonly requestFrame: (cb: () => void) => number;
  private readonly cancelFrame: (id: number) => void;

  /** Playback speed multiplier (1 = normal). */
  speed = 1;
  /** Start again from the beginning at the end instead of stopping. */
  loop = false;

  constructor(private readonly hooks: PlayerHooks) {
    this.now = hooks.now ?? (() => performance.now());
    this.requestFrame = hooks.requestFrame ?? ((cb) => requestAnimationFrame(cb));
    this.cancelFrame = hooks.cancelFrame ?? ((id) => cancelAnimationFrame(id));
  }

  get playing(): boolean {
    return this.frame !== null;
  }

  /**
   * Starts playing `track` from `time`. Starting at (or past) the end rewinds to the
   * start, which is what a reader pressing Play on a finished timeline expects.
   */
  play(track: Track, time: number): void {
    this.track = track;
    this.clock = track.clockAt(time);
    if (this.clock >= track.duration) {
      this.clock = 0;
      this.hooks.onTime(track.timeAt(0), null);
    }
    this.last = this.now();
    if (this.frame === null) this.frame = this.requestFrame(this.tick);
  }

  /** Swaps the track while playing (filters changed), keeping the current time. */
  retarget(track: Track, time: number): void {
    this.track = track;
    this.clock = track.clockAt(time);
  }

  pause(): void {
    if (this.frame !== null) this.cancelFrame(this.frame);
    this.frame = null;
  }

  destroy(): void {
    this.pause();
    this.track = null;
  }

  private readonly tick = (): void => {
    const track = this.track;
    if (!track) return;
    const now = this.now();
    // Cap a frame's step so a backgrounded tab does not leap on its return.
    const dt = Math.min(now - this.last, 250);
    this.last = now;
    this.clock += dt * this.speed;
    if (this.clock >= track.duration) {
      if (this.loop && track.duration > 0) {
        this.clock = 0;
      } else {
        this.hooks.onTime(track.timeAt(track.duration), null);
        this.frame = null;
        this.hooks.onEnd();
        return;
      }
    }
    this.hooks.onTime(track.timeAt(this.clock), track.jumpAt(this.clock));
    this.frame = this.requestFrame(this.tick);
  };
}
