import { computeLevel, type Level } from '../core/level/index.ts';
import type { Dyad } from '../core/types.ts';
import type { KnowledgeBase } from '../store/kb/knowledge-base.ts';
import { countedReference, pairCoverage } from '../store/level-input.ts';
import type { ReferencePort } from './reference-port.ts';

/**
 * The level of every pair the reference data or the knowledge base holds a fact of, over
 * `from..to`, handed to `fn` pair by pair (sorted): the computation behind `eval:level` and
 * `bench:reference`. The same input as `bilateral level A B` without the lake.
 */
export async function forEachPairLevel(
  kb: KnowledgeBase,
  reference: ReferencePort,
  range: { from: string; to: string },
  fn: (dyad: Dyad, level: Level) => void,
): Promise<number> {
  const facts = await reference.allFacts();
  const keys = new Set(facts.keys());
  for (const { dyad } of kb.dyads()) keys.add(`${dyad[0]}-${dyad[1]}`);
  let pairs = 0;
  for (const key of [...keys].sort()) {
    const dyad = key.split('-') as Dyad;
    const counted = countedReference(kb, dyad, facts.get(key) ?? []);
    const events = [...kb.events(dyad), ...counted];
    const level = computeLevel({
      dyad,
      from: range.from,
      to: range.to,
      events,
      agreements: kb.agreements(dyad),
      mechanisms: kb.mechanisms(dyad),
      coverage: pairCoverage(kb, dyad, 'kb', undefined, counted),
    });
    pairs++;
    fn(dyad, level);
  }
  return pairs;
}
