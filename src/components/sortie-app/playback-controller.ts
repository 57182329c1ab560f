/**
 * Playback for the root: the player and its track (the stops it passes, rebuilt when the
 * filters or pacing change), and what playback says: the caption of the events just
 * reached, and the list's announcements. The store keeps `playing`, speed and loop; the
 * player writes the time it reaches there.
 */
import type { SortieEvent } from '../../data/validate';
import { createTrack, DEFAULT_TRACK_OPTIONS, type Jump } from '../../state/playback';
import { Player } from '../../state/player';
import type { EventRun } from '../../state/event-run';
import type { SortieState, Store } from '../../state/store';
import type { TimeIndex } from '../../state/time-index';

const DAY = 86_400_000;

export interface PlaybackHost {
  readonly store: Store;
  /** The TimeIndex of the events that pass the filters: their starts are the track's stops. */
  readonly timeIndex: TimeIndex;
  requestUpdate(): void;
}

export class PlaybackController {
  /** The jump in progress over an empty stretch, for the timeline's animation. */
  jump: Jump | null = null;
  /** Events the list announces (reached while playing). */
  announce: readonly SortieEvent[] = [];
  /** What the caption shows: the events reached at the last step (see captionAt). */
  caption: readonly SortieEvent[] = [];
  #track = createTrack([], [0, 0], DEFAULT_TRACK_OPTIONS);

  readonly player = new Player({
    onTime: (time, jump) => {
      this.jump = jump;
      this.host.store.set({ time });
    },
    onEnd: () => {
      this.jump = null;
      this.host.store.set({ playing: false });
    },
  });

  constructor(private readonly host: PlaybackHost) {}

  /** Follows a store change: speed, loop, the track's stops, play and pause. */
  update(state: Readonly<SortieState>, previous: Readonly<SortieState>): void {
    if (state.kinds !== previous.kinds || state.actors !== previous.actors || state.pacing !== previous.pacing
      || state.domain !== previous.domain) {
      this.#rebuild(state);
    }
    this.player.speed = state.speed;
    this.player.loop = state.loop;
    if (state.playing === previous.playing) return;
    if (state.playing) {
      this.#rebuild(state);
      this.player.play(this.#track, state.time);
    } else {
      this.player.pause();
      this.jump = null;
    }
  }

  /**
   * Events that appeared on the map: while playing they are captioned and announced (one
   * step's worth: the events between two frames of playback).
   */
  reached(appeared: EventRun<SortieEvent>, playing: boolean): void {
    if (!playing || !appeared.length) return;
    this.announce = this.caption = appeared.toArray();
  }

  /**
   * Captions the events on the map (`index` at the store's time) that start on `time`'s day
   * (Previous/Next event), or clears the caption (null: the reader is scrubbing).
   */
  captionAt(time: number | null, index: TimeIndex): void {
    if (time === null) {
      this.caption = [];
    } else {
      const day = time - (((time % DAY) + DAY) % DAY);
      const { time: now, mode, windowMs } = this.host.store.get();
      this.caption = index.visibleStartingIn(day, day + DAY, now, mode, windowMs).toArray();
    }
    this.host.requestUpdate();
  }

  stop(): void {
    this.player.pause();
    this.jump = null;
  }

  #rebuild(state: Readonly<SortieState>): void {
    const track = createTrack(this.host.timeIndex.starts, [state.domain[0], state.domain[1]], { ...DEFAULT_TRACK_OPTIONS, pacing: state.pacing });
    if (state.playing) this.player.retarget(track, state.time);
    this.#track = track;
  }
}
