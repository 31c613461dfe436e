/**
 * The project's event class for a CAMEO code met in a sentence (DESIGN.md's table, read
 * backwards). Codes the level does not use as events (plain statements, comments) have none.
 *
 * Ceasefires (0871) are de-escalation, not conflict: one agreed by both sides (or brokered, or
 * signed) is an `agreement`; one a side declares alone is an `intent`, a promise about what it
 * will do. Appeals (02), yielding (08) are `intent`; investigations (09), demands (10) and
 * rejections (12) are verbal conflict (`criticism`, or `protest` for demands); force posture (15) is
 * a `threat`; coercion (17) a `border_incident`; violence (18–20) an `armed_clash`.
 */
export function classForCode(code: string, sentence: string): string | undefined {
  const root = code.slice(0, 2);
  switch (root) {
    case '01':
      return code === '018' ? 'message' : code === '019' ? 'intent' : undefined;
    case '02':
    case '03':
      return 'intent';
    case '04':
      if (code === '041') return 'phone_call';
      if (code === '042' || code === '043') return visitKind(sentence);
      if (code === '046' && /commission|council|forum|session/i.test(sentence)) return 'commission_meeting';
      // "the first meeting of the Supreme Interstate Council": a session of a joint body.
      if (/\b(?:meeting|session)\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:commission|council)\b/i.test(sentence))
        return 'commission_meeting';
      return 'meeting';
    case '05':
      if (code === '054')
        return /embass|consulate/i.test(sentence) ? 'embassy_opening' : 'diplomatic_relations';
      if (code === '057') return ELEVATION.test(sentence) ? 'declaration' : documentClass(sentence);
      if (code === '051')
        return /congratulat|message|letter|telegram|greeting/i.test(sentence) ? 'message' : 'praise';
      if (code === '050') return 'diplomatic_relations';
      return 'praise';
    case '06':
      return code === '062' ? 'military_cooperation' : 'economic_cooperation';
    case '07':
      return 'aid';
    case '08':
      if (code === '0871')
        // A ceasefire one side declares alone is a promise; one announced, agreed or brokered binds both.
        return /unilateral/i.test(sentence) ? 'intent' : 'agreement';
      return 'intent';
    case '09':
    case '11':
    case '12':
      return code === '114' ? 'protest' : 'criticism';
    case '10':
    case '14':
      return 'protest';
    case '13':
    case '15':
      return 'threat';
    case '16':
      // An embargo, or aid halted (162): a material measure in force.
      if (code === '163' || code.startsWith('162')) return 'sanction';
      if (code === '166') return 'expel_diplomats';
      if (code === '161' && /ambassador|envoy/i.test(sentence)) return 'recall_ambassador';
      // Relations broken or suspended only when the sentence says so; a link, route or programme
      // suspended ("a suspension of air links") is a material measure, not a severance.
      return /\b(?:relations|ties)\b/i.test(sentence) ? 'relations_severed' : 'sanction';
    case '17':
      return 'border_incident';
    case '18':
    case '19':
    case '20':
      // A blockade is a restriction in force, like an embargo, not fighting.
      return code === '191' ? 'sanction' : 'armed_clash';
    default:
      return undefined;
  }
}

/** Relations raised to a named level: the milestone a joint declaration records. */
const ELEVATION = /\b(?:elevat|upgrad|rais)(?:ed|es|e|ing)\b[^.;]{0,120}\b(?:partnership|alliance|allies)\b/i;

/** A kind named for a planned visit ("the upcoming state visit") says nothing of this one. */
const NOT_THIS = '(?<!(?:upcoming|forthcoming|planned|next|future|expected)\\s)';
const STATE = new RegExp(`\\b${NOT_THIS}state\\s+visit`, 'i');
const OFFICIAL = new RegExp(`\\b${NOT_THIS}official\\s+visit`, 'i');
const WORKING = new RegExp(`\\b${NOT_THIS}working\\s+visit`, 'i');

function visitKind(sentence: string): string {
  if (STATE.test(sentence)) return 'state_visit';
  if (OFFICIAL.test(sentence)) return 'official_visit';
  if (WORKING.test(sentence)) return 'working_visit';
  return 'visit';
}

function documentClass(sentence: string): string {
  if (
    /\b(?:joint\s+)?(?:declaration|statement|communiqu)/i.test(sentence) &&
    !/treaty|agreement/i.test(sentence)
  ) {
    return 'declaration';
  }
  if (
    /memorand|mou|action\s+plan|road\s?map|programme/i.test(sentence) &&
    !/\b(?:treaty|agreement)\b/i.test(sentence)
  ) {
    return 'mou';
  }
  return 'agreement';
}
