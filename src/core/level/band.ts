/** The 90% uncertainty band of METHOD.md. */
import { squash } from './labels.ts';
import type { LevelParams } from './params.ts';

/**
 * `σ_cov = min(max, per·(months since the last event)/months)`; with no event seen yet, the
 * maximum: nothing is known about coverage.
 */
export function coverageSigma(monthsSinceLastEvent: number | undefined, params: LevelParams): number {
  const b = params.band;
  if (monthsSinceLastEvent === undefined) return b.coverageMax;
  return Math.min(b.coverageMax, (b.coveragePerPeriod * monthsSinceLastEvent) / b.coverageMonths);
}

/**
 * The band around `z`: `Var = base² + eventVar + σ_cov²`, where `eventVar = Σ_e (f·a_e·K_e(t))²`;
 * `[S(z − 1.645·√Var), S(z + 1.645·√Var)]`.
 */
export function band(z: number, eventVar: number, sigmaCov: number, params: LevelParams): [number, number] {
  const b = params.band;
  const half = b.z * Math.sqrt(b.base * b.base + eventVar + sigmaCov * sigmaCov);
  return [squash(z - half, params.scale), squash(z + half, params.scale)];
}
