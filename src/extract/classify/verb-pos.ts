import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/**
 * Parts of speech from wink-nlp's English model, for the sentences that need them: whether a word
 * the verb dictionary knows ("attack", "armed", "riots") is used as a verb there. Tagging runs at
 * about 10,000 sentences a second, so it runs only on sentences the project's own rules leave
 * without an event, never on the whole text.
 */

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Start offsets of the words wink tags as verbs (VERB, or AUX for "is", "has"), within `text`. */
export function verbStarts(text: string): Set<number> {
  nlp ??= winkNLP(model, ['pos']);
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens().out();
  const tags = doc.tokens().out(nlp.its.pos);
  const out = new Set<number>();
  let at = 0;
  tokens.forEach((t, i) => {
    const found = text.indexOf(t, at);
    if (found < 0) return;
    at = found + t.length;
    if (tags[i] === 'VERB') out.add(found);
  });
  return out;
}
