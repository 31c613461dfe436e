/** The kernel `K_e(t)` of METHOD.md: full strength until `u_e`, then halving every `h` months. */
import type { LevelMode } from './baseline.ts';
import type { Impulse } from './impulse.ts';

/** `K_e(t)`: 0 before the event, 1 from its month to `u_e`, `2^(−(t−u_e)/h)` after; 1 from the event on in persistent mode. */
export function kernel(
  e: Pick<Impulse, 'month' | 'until' | 'halfLife'>,
  t: number,
  mode: LevelMode = 'hybrid',
): number {
  if (t < e.month) return 0;
  if (mode === 'persistent' || t <= e.until) return 1;
  return 2 ** (-(t - e.until) / e.halfLife);
}
