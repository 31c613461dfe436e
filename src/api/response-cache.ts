/** A cached response body: computed once per (path, query, month) until the next write. */
export type CachedBody = { body: string | Uint8Array; contentType: string };

/**
 * Bounded in-memory cache of rendered responses. The level of a pair is a pure function of the
 * knowledge base and the lake, so an answer stays right until something is written: writes call
 * `clear()`. Entries are kept in insertion order and the oldest goes first when full.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();
  /** Bumped by every write: an answer computed across a write is not stored. */
  generation = 0;

  constructor(private readonly max = 500) {}

  get(key: string): CachedBody | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: CachedBody): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }

  /** Forgets everything (after a write). */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
