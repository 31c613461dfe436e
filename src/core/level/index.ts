/**
 * The relations level engine (METHOD.md): pure, versioned, explainable.
 *
 * Choices where METHOD.md is silent (all numbers stay in `params.ts`):
 * - History: months before the first input (any event, agreement step or council date) have rung
 *   NONE and score 0; the baseline starts at its target in that first month. So `from`/`to` never
 *   change a month's value, and the first month's explanation measures from the month before.
 * - Ladder (`rungs.ts`): only curated/extracted events move it, or any event that names a `rung`.
 *   A severance ends every positive rung that began before it; a later `diplomatic_relations`
 *   event restores relations. WAR: an `armed_clash` with `until` (a lasting conflict), or an event
 *   whose rung is WAR; a one-off clash is only an impulse. Non-allied rungs count from their first
 *   status step (signature); allied treaties are signed, then in force on `in_force` or ratification
 *   by every party; terminated/suspended stop a rung, a later `in_force` restarts it.
 * - Leader-level contact (dormancy): a visit, meeting or call whose actor level is head, every
 *   supreme council meeting, and a dyad-month of counted machine-coded contact. Dormancy applies only
 *   in months a source covers routinely (coverage.ts), counted from the last contact, the first
 *   input or the start of the routine run, whichever is latest.
 * - Machine-coded events: one impulse per dyad-month from the corroborated events (impulse.ts).
 * - `L` when `actorLevel` is absent: head for curated/extracted events; for GDELT/ICEWS, official
 *   for contacts and statements, head for state acts (sanctions, clashes).
 * - A bare-year date counts in January; `until` is honoured for lasting classes only (sanction,
 *   recall_ambassador), and a lasting state without it is in force to the end of the range.
 * - Band: with no event seen yet σ_cov is at its maximum (1).
 * - 'econ' contributions are reserved (`econWeight` 0): trade does not move this version.
 */
export type { LevelMode } from './baseline.ts';
export { computeLevel, lastEvidenceIndex } from './engine.ts';
export type { CoverageKind, CoverageSpan, MonthCoverage } from './coverage.ts';
export { COVERAGE_NAMES, coverageBounds, lakeCoverageSpans } from './coverage.ts';
export { EXPLAIN_LIMIT, explainMonth, foldExplanation } from './explain.ts';
export { LevelInputError } from './input-error.ts';
export type { LevelName, Sublevel } from './labels.ts';
export { displayOf, labelOf } from './labels.ts';
export type {
  Contribution,
  Explanation,
  Level,
  LevelEvidence,
  LevelInput,
  LevelPoint,
} from './level-types.ts';
export type { ClassWeight, LevelParams, Rung, SourceKind } from './params.ts';
export { LEVEL_PARAMS, RUNGS } from './params.ts';
