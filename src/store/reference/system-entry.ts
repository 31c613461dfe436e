/** When each state enters the state system, from the shipped COW ↔ ISO3 crosswalk (read once). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCrosswalk, systemEntryYears } from '../../core/reference/codes.ts';
import type { Dyad } from '../../core/types.ts';
import { DATA_DIR } from '../paths.ts';

let years: Map<string, number> | undefined;

/**
 * The year both states of a pair are in the state system (the later of the two entries), or
 * undefined when the crosswalk does not date one of them.
 */
export function pairSystemEntry(dyad: Dyad): number | undefined {
  years ??= systemEntryYears(
    parseCrosswalk(readFileSync(join(DATA_DIR, 'reference', 'cow_iso_crosswalk.csv'), 'utf8')),
  );
  const a = years.get(dyad[0]);
  const b = years.get(dyad[1]);
  return a === undefined || b === undefined ? undefined : Math.max(a, b);
}
