import {
  computeLevel,
  explainMonth,
  type Explanation,
  type Level,
  type LevelInput,
} from '../core/level/index.ts';
import type { Dyad } from '../core/types.ts';
import type { KnowledgeBase } from '../store/kb/knowledge-base.ts';
import { loadLevelInput } from '../store/level-input.ts';
import type { LakePort } from './lake-port.ts';
import type { ReferencePort } from './reference-port.ts';
import type { EventSource } from './timeline.ts';

export type LevelQuery = {
  from?: string;
  to?: string;
  /** A month (YYYY-MM) to explain. */
  explain?: string;
  events?: EventSource;
  mode?: 'hybrid' | 'persistent';
  /** The current month (YYYY-MM), passed in: the default end of the series. */
  now: string;
  /** The reference data sets, when available: their facts count (docs/METHOD.md, Reference facts). */
  reference?: ReferencePort | undefined;
};

/** The engine input for a pair, from the knowledge base and (unless told otherwise) the lake. */
export async function levelInputOf(
  kb: KnowledgeBase,
  lake: LakePort | undefined,
  dyad: Dyad,
  q: LevelQuery,
): Promise<LevelInput> {
  const input = await loadLevelInput(kb, dyad, {
    now: q.now,
    events: q.events ?? 'all',
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.reference ? { reference: q.reference } : {}),
    ...(lake
      ? { lake: (d: Dyad) => lake.dyadEvents(d[0], d[1]), lakeShares: () => lake.coverageShares(dyad) }
      : {}),
  });
  return { ...input, ...(q.mode ? { mode: q.mode } : {}), ...(q.explain ? { explain: q.explain } : {}) };
}

/** DESIGN's `level --json`: the monthly series, and the explanation of one month when asked. */
export async function levelOf(
  kb: KnowledgeBase,
  lake: LakePort | undefined,
  dyad: Dyad,
  q: LevelQuery,
): Promise<Level> {
  return computeLevel(await levelInputOf(kb, lake, dyad, q));
}

/** Why the level moved in one month: contributions that sum to the change. */
export async function explainOf(
  kb: KnowledgeBase,
  lake: LakePort | undefined,
  dyad: Dyad,
  month: string,
  q: LevelQuery,
): Promise<Explanation> {
  const input = await levelInputOf(kb, lake, dyad, { ...q, to: q.to && q.to > month ? q.to : month });
  return explainMonth(input, month);
}
