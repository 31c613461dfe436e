/**
 * `serve` on a ClickHouse lake: every query already reads the lake as committed at that moment, so
 * the live reader is the reader itself; a reload only tells the listeners (the server's cache of
 * answers), and `reloadIfChanged` does so when `lake_files` changed since the last look.
 */

import type { LiveLake } from '../live-lake.ts';
import { ClickHouseLake } from './clickhouse-lake.ts';
import type { ClickHouseAddress } from './lake-url.ts';

export async function openLiveClickHouseLake(address: ClickHouseAddress): Promise<LiveLake> {
  const lake = await ClickHouseLake.open(address);
  let seen = await lake.stamp();
  const listeners: (() => void)[] = [];
  const reload = async () => {
    seen = await lake.stamp();
    for (const listener of listeners) listener();
  };
  return {
    reader: lake,
    reload,
    async reloadIfChanged() {
      if ((await lake.stamp()) !== seen) await reload();
    },
    onReload: (listener) => listeners.push(listener),
    close: () => lake.close(),
  };
}
