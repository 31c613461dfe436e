/** The {@link ReferencePort} of the services, over the home's built reference tables. */
import type { LevelParams } from '../../core/level/params.ts';
import { referenceFacts } from '../../core/reference/facts.ts';
import type { Dyad } from '../../core/types.ts';
import type { ReferencePort } from '../../service/reference-port.ts';
import type { Reference } from './reference.ts';

/** Reference facts of a pair, a country or every pair, made from the rows by the pure fact builders. */
export function referencePort(ref: Reference, params: LevelParams): ReferencePort {
  return {
    async pairFacts(dyad: Dyad) {
      return referenceFacts(dyad, await ref.pairRows(dyad[0], dyad[1]), params);
    },
    async countryFacts(iso3: string) {
      const out = new Map<string, ReturnType<typeof referenceFacts>>();
      for (const [key, rows] of await ref.countryRows(iso3)) {
        const [a, b] = key.split('-') as [string, string];
        const facts = referenceFacts([a, b], rows, params);
        if (facts.length > 0) out.set(a === iso3 ? b : a, facts);
      }
      return out;
    },
    async allFacts() {
      const out = new Map<string, ReturnType<typeof referenceFacts>>();
      for (const [key, rows] of await ref.allRows()) {
        const facts = referenceFacts(key.split('-') as Dyad, rows, params);
        if (facts.length > 0) out.set(key, facts);
      }
      return out;
    },
  };
}
