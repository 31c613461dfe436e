/**
 * A lake reader that follows the lake as it grows (`serve --follow`): `reload` opens a reader on
 * the manifest as it is now, and retires the old one once the queries it is answering are done.
 */

import { statSync } from 'node:fs';
import { Lake } from './lake.ts';
import { lakePaths } from './lake-paths.ts';

/** The query methods of a lake reader: every method of `Lake` that returns a promise. */
type Queries = {
  [K in keyof Lake as Lake[K] extends (...a: never[]) => Promise<unknown> ? K : never]: Lake[K];
};

export type LiveLake = {
  /** Answers as a `Lake` does, each query from the newest reader. */
  reader: Queries;
  /** Reads the manifest again: later queries see every file committed since; then tells the listeners. */
  reload(): Promise<void>;
  /** Calls `listener` after each reload (the server drops its cached answers). */
  onReload(listener: () => void): void;
  /**
   * Reloads when another process committed to the lake since (its manifest changed: the manifest
   * is the commit point of every ingest), so a server never answers from a stale list of files.
   */
  reloadIfChanged(): Promise<void>;
  close(): void;
};

/** A live reader of the lake of `home`. */
export async function openLiveLake(home: string): Promise<LiveLake> {
  const manifest = lakePaths(home).manifest;
  const stamp = () => {
    const st = statSync(manifest, { throwIfNoEntry: false });
    return st ? `${st.mtimeMs}:${st.size}:${st.ino}` : '';
  };
  let seen = stamp();
  let current = await Lake.open(home);
  let reloading: Promise<void> | undefined;
  const busy = new Map<Lake, number>();
  const retired = new Set<Lake>();
  const listeners: (() => void)[] = [];
  const done = (lake: Lake): void => {
    const left = (busy.get(lake) ?? 1) - 1;
    if (left > 0) return void busy.set(lake, left);
    busy.delete(lake);
    if (retired.delete(lake)) lake.close();
  };
  // Forwards every query method, whichever the reader has, so the live reader keeps up with `Lake`.
  // Anything else reads as absent: above all `then`, lest the reader pass for a promise.
  const reader = new Proxy({} as Queries, {
    get: (_target, name) => {
      const method: unknown = Reflect.get(Lake.prototype, name);
      if (typeof method !== 'function' || name === 'constructor' || name === 'close') return undefined;
      return async (...args: unknown[]) => {
        const lake = current;
        busy.set(lake, (busy.get(lake) ?? 0) + 1);
        try {
          return await method.apply(lake, args);
        } finally {
          done(lake);
        }
      };
    },
  });
  const reload = async () => {
    const old = current;
    seen = stamp();
    current = await Lake.open(home);
    if (busy.has(old)) retired.add(old);
    else old.close();
    for (const listener of listeners) listener();
  };
  return {
    reader,
    reload,
    reloadIfChanged() {
      if (reloading) return reloading;
      if (stamp() === seen) return Promise.resolve();
      reloading = reload().finally(() => {
        reloading = undefined;
      });
      return reloading;
    },
    onReload: (listener) => listeners.push(listener),
    close() {
      current.close();
      for (const lake of retired) lake.close();
      retired.clear();
    },
  };
}
