/**
 * Extraction off the event loop (issue 15): one worker thread runs the extractor, so a long text
 * never stalls the answers to other requests. The queue is bounded; a job that runs too long is
 * abandoned and its worker replaced.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractOptions, ExtractResult } from '../../extract/index.ts';
import type { ExtractJob, ExtractReply } from './worker.ts';

/** Why a job was not run: the queue is full (retry later) or the job took too long. */
export class ExtractBusyError extends Error {
  override name = 'ExtractBusyError';
}

type Pending = {
  job: ExtractJob;
  resolve: (r: ExtractResult) => void;
  reject: (e: Error) => void;
};

export class ExtractPool {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private running: (Pending & { timer: NodeJS.Timeout }) | undefined;
  private nextId = 1;

  constructor(private readonly opts: { maxQueue?: number; timeoutMs?: number } = {}) {}

  /** Runs one extraction; rejects with {@link ExtractBusyError} when the queue is full or the job times out. */
  run(text: string, options: ExtractOptions): Promise<ExtractResult> {
    if (this.queue.length >= (this.opts.maxQueue ?? 8))
      return Promise.reject(new ExtractBusyError('the extractor is busy; try again in a moment'));
    return new Promise<ExtractResult>((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, text, options }, resolve, reject });
      this.pump();
    });
  }

  /** Stops the worker; queued jobs are refused. */
  close(): void {
    for (const p of this.queue.splice(0)) p.reject(new ExtractBusyError('the server is stopping'));
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private spawn(): Worker {
    const w = new Worker(new URL('./worker-boot.mjs', import.meta.url));
    w.on('message', (reply: ExtractReply) => this.done(reply));
    w.on('error', (err) => this.fail(err));
    w.on('exit', () => {
      if (this.worker === w) this.worker = undefined;
    });
    w.unref();
    return w;
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    this.worker ??= this.spawn();
    // While a job runs the worker keeps the process alive; idle, it does not.
    this.worker.ref();
    const timer = setTimeout(() => {
      const w = this.worker;
      this.worker = undefined;
      void w?.terminate();
      this.fail(
        new ExtractBusyError(`the extraction took longer than ${(this.opts.timeoutMs ?? 20_000) / 1000} s`),
      );
    }, this.opts.timeoutMs ?? 20_000);
    this.running = { ...next, timer };
    this.worker.postMessage(next.job);
  }

  private settle(): Pending | undefined {
    const r = this.running;
    if (!r) return undefined;
    clearTimeout(r.timer);
    this.running = undefined;
    if (this.queue.length === 0) this.worker?.unref();
    return r;
  }

  private done(reply: ExtractReply): void {
    if (this.running?.job.id !== reply.id) return;
    const r = this.settle()!;
    if (reply.error !== undefined) r.reject(new Error(reply.error));
    else r.resolve(reply.result as ExtractResult);
    this.pump();
  }

  private fail(err: Error): void {
    this.settle()?.reject(err);
    this.pump();
  }
}
