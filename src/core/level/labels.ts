/** The score scale: squashing, display rounding and the named levels of METHOD.md. */

/** The six named levels, farthest negative first. */
export type LevelName = 'hostile' | 'tense' | 'bad' | 'ordinary' | 'good' | 'friendly';

/** Sub-level inside a level, counted away from zero. */
export type Sublevel = 'low' | 'mid' | 'high';

/** `S = scale·tanh(z/scale)`: unbounded evidence to a score in (−scale, +scale). */
export function squash(z: number, scale: number): number {
  return scale * Math.tanh(z / scale);
}

/** `atanh9`: the inverse of {@link squash}, mapping a score back to evidence. */
export function unsquash(s: number, scale: number): number {
  return scale * Math.atanh(s / scale);
}

/** `sign(S)·round(|S|·10)/10`, with −0 shown as 0 (a score that rounds to zero is ordinary). */
export function displayOf(score: number): number {
  const d = (Math.sign(score) * Math.round(Math.abs(score) * 10)) / 10;
  return d === 0 ? 0 : d;
}

const POSITIVE: readonly LevelName[] = ['ordinary', 'good', 'friendly'];
const NEGATIVE: readonly LevelName[] = ['bad', 'tense', 'hostile'];
const SUB: readonly Sublevel[] = ['low', 'mid', 'high'];

/**
 * The named level and sub-level of a displayed value. A boundary belongs to the level farther from
 * zero (3.0 is good-low, −6.0 hostile-low); the label follows the displayed value, so −0.04 (shown
 * as 0) is ordinary-low.
 */
export function labelOf(display: number, levelWidth = 3): { level: LevelName; sublevel: Sublevel } {
  const a = Math.abs(display);
  const band = Math.min(2, Math.floor(a / levelWidth));
  const names = display >= 0 ? POSITIVE : NEGATIVE;
  // floor(a) mod 3 for a < 9; the min keeps a displayed 9.0 (|S| ≥ 8.95) in friendly-high.
  const sub = Math.min(2, Math.floor((a - band * levelWidth) / (levelWidth / 3)));
  return { level: names[band]!, sublevel: SUB[sub]! };
}
