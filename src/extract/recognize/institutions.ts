import type { InstitutionMention, Recognizer, SentenceFacts } from '../types.ts';

const INSTITUTIONS: [RegExp, string][] = [
  [/\bsupreme interstate council\b/gi, 'supreme_council'],
  [/\bhigh[- ]level strategic (?:cooperation )?council\b/gi, 'supreme_council'],
  [/\b(?:joint |bilateral )?intergovernmental commission\b/gi, 'intergovernmental_commission'],
  [/\bjoint (?:economic )?commission\b/gi, 'intergovernmental_commission'],
  [/\b(?:joint )?investment fund\b/gi, 'investment_fund'],
  [/\bfree (?:economic|trade|industrial) zones?\b/gi, 'free_economic_zone'],
  [/\bbusiness (?:council|forum)\b/gi, 'business_council'],
];

/** Bodies and instruments the two countries run together. Offsets within the sentence. */
export function findInstitutions(text: string): InstitutionMention[] {
  const out: InstitutionMention[] = [];
  for (const [re, kind] of INSTITUTIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, name: m[0], kind });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The institution recogniser of the pipeline. */
export const institutionRecognizer: Recognizer = {
  name: 'institutions',
  recognize(facts: SentenceFacts) {
    facts.institutions = /council|commission|fund|zone|forum/i.test(facts.sentence.text)
      ? findInstitutions(facts.sentence.text)
      : [];
  },
};
