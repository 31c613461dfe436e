import type { Recognizer, SentenceFacts, SettingMention } from '../types.ts';

const ORDINAL =
  '(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|extraordinary|informal|jubilee|anniversary)';
const GATHERING =
  '(?:summit|meeting|session|conference|forum|congress|assembly|ministerial|council of heads of state)';

/** "the 7th summit of the Organization of Turkic States", "the summit of the Contact Group of the NAM". */
const OF_BODY = new RegExp(
  `\\b(?:${ORDINAL}\\s+)?(?:${GATHERING})\\s+of\\s+(?:the\\s+)?(\\p{Lu}[^,.;:]{1,90}?)(?=\\s+(?:in|on|at|held|was|were|an|and|to|where|which|that|with|for)\\b|[,.;:]|$)`,
  'gu',
);
/** "Dushanbe Summit", "the SCO summit", "COP29". */
const NAMED = /\b((?:\p{Lu}[\p{L}\d-]*\s+){1,4})(?:[Ss]ummit|Forum|Conference)\b|\bCOP\s?\d{1,2}\b/gu;

/** Bodies that two countries run together: their sessions are bilateral, not a multilateral setting. */
const BILATERAL_BODY =
  /intergovernmental|interstate|joint commission|bilateral|business council|strategic cooperation council/i;

/** Multilateral gatherings an event took place at (DESIGN `setting`). Offsets within the sentence. */
export function findSettings(text: string): SettingMention[] {
  const out: SettingMention[] = [];
  for (const re of [OF_BODY, NAMED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[0].replace(/^(?:the|a|an)\s+/i, '').trim();
      if (BILATERAL_BODY.test(name)) continue;
      if (out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The multilateral-setting recogniser of the pipeline. */
export const settingRecognizer: Recognizer = {
  name: 'settings',
  recognize(facts: SentenceFacts) {
    facts.settings = /summit|meeting|session|conference|forum|congress|assembly|COP|ministerial/i.test(
      facts.sentence.text,
    )
      ? findSettings(facts.sentence.text)
      : [];
  },
};
