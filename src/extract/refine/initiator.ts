import type { Candidate, DocumentContext, Refiner } from '../types.ts';
import { direction } from './direction.ts';

/** Classes two sides do together: with no stated actor, both acted. */
const JOINT_CLASS = /cooperation|agreement|mou|declaration|meeting/;

/**
 * Who acted (DESIGN `initiator`): the direction rules first (the visitor acts, the host
 * receives), then both sides for joint acts, then the only pair country a named person belongs to.
 */
export const initiator: Refiner = {
  name: 'initiator',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) {
      const pair = c.dyad;
      if (!pair) continue;
      c.initiator = direction(c, pair);
      if (c.initiator === null && JOINT_CLASS.test(c.cls)) c.initiator = 'both';
      if (c.initiator === null) {
        const named = new Set(c.resolvedActors.map((a) => a.country));
        const only = named.size === 1 ? [...named][0] : undefined;
        if (only && pair.includes(only)) c.initiator = only;
      }
    }
    return candidates;
  },
};
