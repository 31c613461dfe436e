/**
 * The one versioned parameter file of the relations level score (METHOD.md). Every number the
 * method uses lives here and nowhere else; a change to any of them is a new version, and every
 * published value names the version that made it.
 */
import { RUNG_NAMES } from '../rungs.ts';
import type { ActorLevel } from '../types.ts';

/** The ladder, lowest first (METHOD.md table). `WAR` and `SEVERED` override every positive rung. */
export const RUNGS = RUNG_NAMES;

/** A rung of the ladder. */
export type Rung = (typeof RUNGS)[number];

/** Impulse `I` and half-life `h` (months) of one event class. */
export type ClassWeight = { impulse: number; halfLife: number };

/** Where an event's confidence came from; the `C` factor a curator or extractor should assign. */
export type SourceKind = 'official' | 'two_media' | 'one_media' | 'unverified';

/** Every number of METHOD.md. */
export type LevelParams = {
  method: { name: 'rls'; version: string };
  /** Bound of the scale: S in (−scale, +scale). */
  scale: number;
  /** Width of a named level (hostile … friendly). */
  levelWidth: number;
  anchors: Record<Rung, number>;
  /** Added to the target while a supreme council has met within `councilWindowMonths`. */
  councilBonus: number;
  councilWindowMonths: number;
  /** Added (negative) to the target when the rung is above diplomatic relations and no leader contact. */
  dormancyPenalty: number;
  dormancyWindowMonths: number;
  /** The baseline closes half the gap to its target in this many months. */
  baselineHalfLifeMonths: number;
  classes: Record<string, ClassWeight>;
  /** The `L` factor by who acted. */
  actorLevels: Record<ActorLevel, number>;
  /**
   * `L` when an event does not say who acted. Curated and extracted events describe state acts
   * (a visit is "a head of state or government goes"), so they default to the head; machine-coded
   * contacts are mostly not leaders' (GDELT codes any official's trip), so they default lower.
   */
  defaultActorLevel: { recorded: ActorLevel; machineContact: ActorLevel; machineOther: ActorLevel };
  /** The `C` factor by kind of source, for curators and extractors; the engine reads `event.confidence`. */
  sourceConfidence: Record<SourceKind, number>;
  /** Machine-coded data (GDELT, ICEWS) enters with at most this `C`. */
  machineConfidenceCap: number;
  band: {
    /** Standard deviation every month carries (the model's own error). */
    base: number;
    /** Each event adds (eventFactor · a_e · K_e)² to the variance. */
    eventFactor: number;
    /** z of the two-sided 90% interval. */
    z: number;
    /** σ_cov grows by this much per `coverageMonths` without any event… */
    coveragePerPeriod: number;
    coverageMonths: number;
    /** …up to this; it is this when no event has been seen yet. */
    coverageMax: number;
  };
  /**
   * Weight of trade turnover in the score ('econ' contributions). 0: the kind is reserved and
   * unused in this version.
   */
  econWeight: number;
  /** Machine-coded events (GDELT, ICEWS): corroboration and the one impulse of a dyad-month. */
  machine: {
    /** A de-duplicated event is corroborated by at least this many sources (the most GDELT NumSources of its rows, or its distinct addresses)… */
    minSources: number;
    /** …or this many articles (GDELT NumArticles summed)… */
    minArticles: number;
    /** …or this many distinct ICEWS stories… */
    minStories: number;
    /** …or when the same CAMEO code is coded for the pair on at least this many days of the month… */
    minDays: number;
    /** …or when its dyad-month holds at least this many de-duplicated events (volume makes the mean meaningful). */
    minMonthEvents: number;
    /** Impulse per Goldstein point of the month's mean: a_m = perGoldstein · C · Ḡ_m · n/(n + shrinkage). */
    perGoldstein: number;
    /** Shrinkage toward zero: at n = shrinkage events the mean counts half. */
    shrinkage: number;
    /** Half-life (months) of a dyad-month's impulse. */
    halfLife: number;
  };
  /** How sources' coverage is read (docs/METHOD.md, Coverage). */
  coverage: {
    /** Share of a month the lake's ingested files must cover for the month to count as routinely covered. */
    lakeRoutineShare: number;
  };
  /** Facts from the reference data sets (docs/METHOD.md, Reference facts). */
  reference: {
    /**
     * A pair's ATOP obligation of a year is multilateral when the two share the same kind of
     * obligation (defence, or neutrality / non-aggression / consultation) with at least this many
     * common partners that year.
     */
    multilateralPartners: number;
    /** The impulse of a militarized dispute is multiplied by this, indexed by its COW fatality level 0…6 (unknown: 1). */
    fatalityFactor: number[];
  };
};

const w = (impulse: number, halfLife: number): ClassWeight => ({ impulse, halfLife });

/** The default parameter set, version `rls-1.2.0`. */
export const LEVEL_PARAMS: LevelParams = {
  method: { name: 'rls', version: 'rls-1.2.0' },
  scale: 9,
  levelWidth: 3,
  anchors: {
    WAR: -7.5,
    SEVERED: -4.5,
    NONE: 0.0,
    DIPLOMATIC_RELATIONS: 1.0,
    EMBASSY_ONE_SIDE: 1.5,
    EMBASSIES_RECIPROCAL: 2.0,
    PACT_MULTILATERAL: 2.5,
    FRIENDSHIP_TREATY: 3.0,
    PACT: 3.0,
    STRATEGIC_PARTNERSHIP: 4.5,
    COMPREHENSIVE_STRATEGIC_PARTNERSHIP: 5.5,
    ALLIED_DECLARATION: 6.0,
    DEFENCE_PACT_MULTILATERAL: 6.2,
    ALLIED_TREATY_SIGNED: 6.5,
    DEFENCE_PACT: 7.0,
    ALLIED_TREATY_IN_FORCE: 7.0,
    UNION: 7.5,
  },
  councilBonus: 0.5,
  councilWindowMonths: 24,
  dormancyPenalty: -0.5,
  dormancyWindowMonths: 24,
  baselineHalfLifeMonths: 3,
  classes: {
    state_visit: w(0.4, 9),
    official_visit: w(0.3, 9),
    working_visit: w(0.2, 6),
    visit: w(0.2, 6),
    meeting: w(0.15, 6),
    phone_call: w(0.06, 2),
    message: w(0.03, 2),
    praise: w(0.03, 2),
    declaration: w(0.2, 12),
    agreement: w(0.15, 12),
    mou: w(0.08, 12),
    commission_meeting: w(0.1, 6),
    intent: w(0.05, 3),
    economic_cooperation: w(0.15, 12),
    military_cooperation: w(0.2, 12),
    aid: w(0.15, 9),
    diplomatic_relations: w(0.1, 12),
    embassy_opening: w(0.1, 12),
    criticism: w(-0.1, 3),
    protest: w(-0.2, 3),
    threat: w(-0.3, 6),
    recall_ambassador: w(-0.5, 12),
    expel_diplomats: w(-0.6, 12),
    sanction: w(-0.8, 18),
    border_incident: w(-0.6, 12),
    armed_clash: w(-1.5, 24),
    relations_severed: w(-1.0, 24),
    // Reference facts: an alliance's or a representation's effect is its rung, not an impulse.
    alliance: w(0, 12),
    diplomatic_representation: w(0, 12),
    mid_threat: w(-0.5, 12),
    mid_display: w(-1.0, 12),
    mid_force: w(-2.0, 12),
    mid_war: w(-3.0, 12),
    war: w(-1.5, 24),
    armed_conflict: w(-1.5, 24),
    rivalry: w(-2.0, 24),
  },
  actorLevels: { head: 1.0, deputy: 0.5, minister: 0.35, official: 0.2, sub: 0.1 },
  defaultActorLevel: { recorded: 'head', machineContact: 'official', machineOther: 'head' },
  sourceConfidence: { official: 1.0, two_media: 0.8, one_media: 0.5, unverified: 0 },
  machineConfidenceCap: 0.5,
  band: { base: 0.5, eventFactor: 0.5, z: 1.645, coveragePerPeriod: 0.25, coverageMonths: 6, coverageMax: 1 },
  econWeight: 0,
  machine: {
    minSources: 2,
    minArticles: 3,
    minStories: 2,
    minDays: 2,
    minMonthEvents: 5,
    perGoldstein: 0.1,
    shrinkage: 10,
    halfLife: 3,
  },
  coverage: { lakeRoutineShare: 0.5 },
  reference: { multilateralPartners: 2, fatalityFactor: [1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6] },
};
