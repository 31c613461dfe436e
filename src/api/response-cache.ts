/** A cached response body: computed once per (path, query, month) until the data changes. */
export type CachedBody = { body: string | Uint8Array; contentType: string };

export type ResponseCacheOptions = {
  /** Most entries kept. */
  maxEntries?: number;
  /** Most bytes of bodies kept, all entries together; a body larger than a quarter of it is never kept. */
  maxBytes?: number;
  /**
   * Asked before every lookup: true when the data changed behind the server's back (another
   * process wrote the knowledge base or the lake). The cache is then emptied.
   */
  changed?: () => boolean;
};

const sizeOf = (v: CachedBody) => (typeof v.body === 'string' ? v.body.length * 2 : v.body.byteLength);

/**
 * Bounded in-memory cache of rendered responses, bounded by entries and by bytes. The level of a
 * pair is a pure function of the knowledge base and the lake, so an answer stays right until
 * something is written: this server's writes call `clear()`, and `changed` reports everyone
 * else's. Entries are kept in use order (a hit moves to the back); the least recently used go first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedBody>();
  private bytesHeld = 0;
  /** Bumped by every clear: an answer computed across a write is not stored. */
  generation = 0;
  readonly maxEntries: number;
  readonly maxBytes: number;
  private readonly changed: (() => boolean) | undefined;

  constructor(opts: ResponseCacheOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 500;
    this.maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
    this.changed = opts.changed;
  }

  get(key: string): CachedBody | undefined {
    if (this.changed?.()) this.clear();
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: CachedBody): void {
    const size = sizeOf(value);
    if (size > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytesHeld -= sizeOf(old);
    }
    while (
      this.entries.size > 0 &&
      (this.entries.size >= this.maxEntries || this.bytesHeld + size > this.maxBytes)
    ) {
      const [oldest, body] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.bytesHeld -= sizeOf(body);
    }
    this.entries.set(key, value);
    this.bytesHeld += size;
  }

  /** Forgets everything (after a write). */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.bytesHeld = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes of the bodies held. */
  get bytes(): number {
    return this.bytesHeld;
  }
}
