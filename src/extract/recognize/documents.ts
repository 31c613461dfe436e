import type { DocumentMention, Recognizer, SentenceFacts } from '../types.ts';

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const COUNTED =
  /\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[\p{L}-]+\s+){0,3}?(documents|agreements|memoranda|memorandums|MOU['’]?s|MoU['’]?s|treaties|protocols|contracts|roadmaps|programmes|action plans)\b/giu;
const NAMED =
  /\b(joint declaration|declaration|treaty|agreement|memorandum of understanding|memorandum|action plan|road ?map|programme|program|protocol|convention|joint statement|joint communiqu[ée])\b((?:\s+(?:on|of|for|between|to|about|in|regarding)\s+)[^,;.:]{3,160})?/giu;

/** Every document noun either pattern needs: a sentence without one is skipped. */
const DOCUMENT_WORD =
  /document|agreement|memorand|mou|treat|protocol|contract|road ?map|program|plan|declaration|convention|statement|communiqu/i;

/** A document that names the relationship's level: a ladder milestone (METHOD.md). */
const MILESTONE = /strategic partnership|friendship|allied|alliance|allies|supreme interstate council/i;

function kindOf(noun: string): DocumentMention['kind'] {
  if (/declaration|statement|communiqu/i.test(noun)) return 'declaration';
  if (/memorand|mou|plan|road ?map|program/i.test(noun)) return 'mou';
  return 'agreement';
}

/**
 * Where a title ends: at the next listed document ("…, and the Action Plan …"), not at the second
 * party of its name ("between the Republic of Kazakhstan and the Republic of Uzbekistan").
 */
const NEXT_DOCUMENT =
  /\s+and\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:declaration|treaty|agreement|memorandum|action\s+plan|road\s?map|programme|program|protocol|convention|joint\s+statement|communiqu)/i;
function cutTitle(title: string): string {
  const cut = title.search(NEXT_DOCUMENT);
  return (cut > 0 ? title.slice(0, cut) : title).trim();
}

/** Documents a sentence names ("the Action Plan for … 2023-2024") or counts ("15 MOU's"). */
export function findDocuments(text: string): DocumentMention[] {
  const out: DocumentMention[] = [];
  if (!DOCUMENT_WORD.test(text)) return out;
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(text); m; m = COUNTED.exec(text)) {
    const word = (m[1] ?? '').toLowerCase();
    const count = NUMBER_WORDS[word] ?? Number(word);
    if (!(count >= 2)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: kindOf(m[2] ?? ''),
      title: m[0],
      count,
      milestone: false,
    });
  }
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
    if (out.some((o) => m.index < o.end && o.start < m.index + m[0].length)) continue;
    const title = cutTitle(m[0]);
    // The next document of a list starts where this title was cut.
    if (title.length < m[0].length) NAMED.lastIndex = m.index + title.length;
    out.push({
      start: m.index,
      end: m.index + title.length,
      kind: kindOf(m[1] ?? ''),
      title,
      milestone: MILESTONE.test(title),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The document recogniser of the pipeline. */
export const documentRecognizer: Recognizer = {
  name: 'documents',
  recognize(facts: SentenceFacts) {
    facts.documents = findDocuments(facts.sentence.text);
  },
};
