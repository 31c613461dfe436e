/**
 * The rungs of the relations ladder (METHOD.md), lowest first. Their anchors are parameters of the
 * level method and live with the other parameters, not here.
 */
export const RUNG_NAMES = [
  'WAR',
  'SEVERED',
  'NONE',
  'DIPLOMATIC_RELATIONS',
  'EMBASSY_ONE_SIDE',
  'EMBASSIES_RECIPROCAL',
  'FRIENDSHIP_TREATY',
  'STRATEGIC_PARTNERSHIP',
  'COMPREHENSIVE_STRATEGIC_PARTNERSHIP',
  'ALLIED_DECLARATION',
  'ALLIED_TREATY_SIGNED',
  'ALLIED_TREATY_IN_FORCE',
  'UNION',
] as const;

export type Rung = (typeof RUNG_NAMES)[number];

/** True when the text names a rung. */
export function isRung(name: string): name is Rung {
  return (RUNG_NAMES as readonly string[]).includes(name);
}
