/** The extraction worker: texts in, events out, off the server's event loop. */
import { parentPort } from 'node:worker_threads';
import { extractEvents, type ExtractOptions } from '../../extract/index.ts';

export type ExtractJob = { id: number; text: string; options: ExtractOptions };
export type ExtractReply = { id: number; result?: unknown; error?: string };

parentPort?.on('message', (job: ExtractJob) => {
  let reply: ExtractReply;
  try {
    reply = { id: job.id, result: extractEvents(job.text, job.options) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
