/**
 * The main thread's side of the Open data worker: each request becomes a promise, progress
 * goes to a callback, and a request can be cancelled. The worker starts on the first request
 * (nothing runs until the reader picks a file) and stops with `close()`.
 */
import type { Mapping } from '../../data/import/mapping';
import type { ConvertResult, Inspection, PreviewResult, WorkerRequest, WorkerResponse } from './protocol';

/** The reader cancelled: not an error to show. */
export class Cancelled extends Error {
  override name = 'Cancelled';
}

export type Progress = (phase: 'reading' | 'converting', done: number, total: number) => void;

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  progress?: Progress | undefined;
}

export interface Request<T> {
  id: number;
  result: Promise<T>;
}

export class ImportClient {
  #worker: Worker | null = null;
  #next = 1;
  readonly #pending = new Map<number, Pending>();

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', this.#onMessage);
    worker.addEventListener('error', this.#onError);
    this.#worker = worker;
    return worker;
  }

  readonly #onMessage = (event: MessageEvent<WorkerResponse>): void => {
    const message = event.data;
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.progress?.(message.phase, message.done, message.total);
      return;
    }
    this.#pending.delete(message.id);
    if (message.type === 'failed') pending.reject(new Error(message.message));
    else if (message.type === 'cancelled') pending.reject(new Cancelled('Cancelled'));
    else pending.resolve(message.result as never);
  };

  /** A worker that fails to load or crashes fails every request in flight, in words. */
  readonly #onError = (event: ErrorEvent): void => {
    event.preventDefault();
    const error = new Error(`The file reader stopped: ${event.message || 'the worker could not start'}.`);
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    this.close();
  };

  #send<T>(request: WorkerRequest, progress?: Progress): Request<T> {
    const worker = this.#start();
    const result = new Promise<T>((resolve, reject) => {
      this.#pending.set(request.id, { resolve: resolve as (value: never) => void, reject, progress });
    });
    worker.postMessage(request);
    return { id: request.id, result };
  }

  inspect(file: File, progress?: Progress): Request<Inspection> {
    return this.#send({ type: 'inspect', id: this.#next++, file }, progress);
  }

  preview(mapping: Mapping): Request<PreviewResult> {
    return this.#send({ type: 'preview', id: this.#next++, mapping });
  }

  convert(mapping: Mapping, progress: Progress): Request<ConvertResult> {
    return this.#send({ type: 'convert', id: this.#next++, mapping }, progress);
  }

  /** Asks the worker to stop a request; its promise then rejects with Cancelled. */
  cancel(id: number): void {
    if (this.#pending.has(id)) this.#worker?.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
  }

  /** Stops the worker; requests in flight reject with Cancelled. */
  close(): void {
    this.#worker?.removeEventListener('message', this.#onMessage);
    this.#worker?.removeEventListener('error', this.#onError);
    this.#worker?.terminate();
    this.#worker = null;
    for (const pending of this.#pending.values()) pending.reject(new Cancelled('Closed'));
    this.#pending.clear();
  }
}
