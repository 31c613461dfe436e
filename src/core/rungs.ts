/**
 * The rungs of the relations ladder (METHOD.md), lowest first: when several are in force, the
 * later in this list counts. `PACT…` and `DEFENCE_PACT…` come from the ATOP alliance data only. Their anchors are parameters of the
 * level method and live with the other parameters, not here.
 */
export const RUNG_NAMES = [
  'WAR',
  'SEVERED',
  'NONE',
  'DIPLOMATIC_RELATIONS',
  'EMBASSY_ONE_SIDE',
  'EMBASSIES_RECIPROCAL',
  'PACT_MULTILATERAL',
  'FRIENDSHIP_TREATY',
  'PACT',
  'STRATEGIC_PARTNERSHIP',
  'COMPREHENSIVE_STRATEGIC_PARTNERSHIP',
  'ALLIED_DECLARATION',
  'DEFENCE_PACT_MULTILATERAL',
  'ALLIED_TREATY_SIGNED',
  'DEFENCE_PACT',
  'ALLIED_TREATY_IN_FORCE',
  'UNION',
] as const;

export type Rung = (typeof RUNG_NAMES)[number];

/** True when the text names a rung. */
export function isRung(name: string): name is Rung {
  return (RUNG_NAMES as readonly string[]).includes(name);
}
