/**
 * A lake reader that follows the lake as it grows (`serve --follow`): `reload` opens a reader on
 * the manifest as it is now and retires the old one once the queries it is answering are done.
 */

import type { Event } from '../../core/types.ts';
import { Lake } from './lake.ts';
import type { LakeRange } from './lake-range.ts';

/** Answers the services' lake queries (their `LakePort`) from the newest reader. */
export class LiveLake {
  private busy = new Map<Lake, number>();
  private retired = new Set<Lake>();

  private constructor(
    private readonly home: string,
    private current: Lake,
  ) {}

  /** A live reader of the lake of `home`. */
  static async open(home: string): Promise<LiveLake> {
    return new LiveLake(home, await Lake.open(home));
  }

  /** Reads the manifest again: later queries see every file committed since. */
  async reload(): Promise<void> {
    const old = this.current;
    this.current = await Lake.open(this.home);
    this.retire(old);
  }

  private retire(lake: Lake): void {
    if ((this.busy.get(lake) ?? 0) > 0) this.retired.add(lake);
    else lake.close();
  }

  private async use<T>(query: (lake: Lake) => Promise<T>): Promise<T> {
    const lake = this.current;
    this.busy.set(lake, (this.busy.get(lake) ?? 0) + 1);
    try {
      return await query(lake);
    } finally {
      const left = (this.busy.get(lake) ?? 1) - 1;
      this.busy.set(lake, left);
      if (left === 0) {
        this.busy.delete(lake);
        if (this.retired.delete(lake)) lake.close();
      }
    }
  }

  dyadEvents(a: string, b: string, range?: LakeRange): Promise<Event[]> {
    return this.use((lake) => lake.dyadEvents(a, b, range));
  }

  countryEvents(iso3: string, range?: LakeRange): Promise<Map<string, Event[]>> {
    return this.use((lake) => lake.countryEvents(iso3, range));
  }

  close(): void {
    this.current.close();
    for (const lake of this.retired) lake.close();
    this.retired.clear();
  }
}
