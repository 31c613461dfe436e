/**
 * Finds which of many short ASCII literals occur in a text in one pass: literals are bucketed by
 * their first two characters, and each position of the text looks up one bucket by array index
 * (no hashing, no allocation per position).
 */
export class LiteralIndex {
  private readonly buckets: ({ id: number; text: string }[] | undefined)[] = new Array(128 * 128);
  readonly size: number;

  /** `literals` are lower-case ASCII, at least three characters long. */
  constructor(literals: readonly string[]) {
    literals.forEach((text, id) => {
      const key = text.charCodeAt(0) * 128 + text.charCodeAt(1);
      if (text.length < 3 || key >= 128 * 128 || text.charCodeAt(1) >= 128)
        throw new Error(`bad literal ${text}`);
      const list = this.buckets[key];
      if (list) list.push({ id, text });
      else this.buckets[key] = [{ id, text }];
    });
    this.size = literals.length;
  }

  /** Marks in `seen` (indexed by literal id) every literal that occurs in `lower`, a lower-cased text. */
  scan(lower: string, seen: Uint8Array): void {
    seen.fill(0);
    const last = lower.length - 2;
    let c1 = lower.charCodeAt(0);
    for (let i = 0; i < last; i++) {
      const c0 = c1;
      c1 = lower.charCodeAt(i + 1);
      if (c0 >= 128 || c1 >= 128) continue;
      const list = this.buckets[c0 * 128 + c1];
      if (list === undefined) continue;
      for (const l of list) if (seen[l.id] === 0 && lower.startsWith(l.text, i)) seen[l.id] = 1;
    }
  }
}
