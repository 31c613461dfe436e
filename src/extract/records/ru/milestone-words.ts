/**
 * Russian words that put a pair on a rung of the ladder, beside the English ones in
 * ../en/milestone-words.ts (read in order; the first match wins).
 */
import type { DocumentRungWords } from '../en/milestone-words.ts';

export const DOCUMENT_RUNGS: readonly DocumentRungWords[] = [
  {
    words: /союзническ\p{L}*|союзничеств\p{L}*/iu,
    label: 'allied relations',
    treaty: 'ALLIED_TREATY_SIGNED',
    declaration: 'ALLIED_DECLARATION',
  },
  {
    words: /всеобъемлющ\p{L}*\s+стратегическ\p{L}*\s+партн[её]рств\p{L}*/iu,
    label: 'comprehensive strategic partnership',
    treaty: 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP',
    declaration: 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP',
  },
  {
    words: /стратегическ\p{L}*\s+(?:партн[её]рств|сотрудничеств)\p{L}*/iu,
    label: 'strategic partnership',
    treaty: 'STRATEGIC_PARTNERSHIP',
    declaration: 'STRATEGIC_PARTNERSHIP',
  },
  { words: /(?:вечной\s+)?дружб\p{L}*/iu, label: 'friendship treaty', treaty: 'FRIENDSHIP_TREATY' },
];

/** An armed clash the text calls a war («война … продолжалась», «объявила войну»). */
export const WAR_WORDS = /(?<!\p{L})(?:войн[аеуы]|войной)(?!\p{L})/iu;

/** Relations lowered without being broken («понизила уровень дипломатических отношений»). */
export const DOWNGRADE_WORDS = /понизил\p{L}*\s+уровень\s+(?:дипломатических\s+)?отношений/iu;
