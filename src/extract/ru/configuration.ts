import { assignDates } from '../refine/assign-dates.ts';
import { choosePair } from '../refine/choose-pair.ts';
import { dropFuture } from '../refine/drop-future.ts';
import { mergeRepeats } from '../refine/merge-repeats.ts';
import { quotedStatements } from '../refine/quoted-statements.ts';
import { resolveNamedActors, resolveTitles } from '../refine/resolve-actors.ts';
import { tokenize } from '../recognize/tokens.ts';
import type { Candidate, Configuration, DocumentContext, Refiner } from '../types.ts';
import { clauseDates } from './clause-dates.ts';
import { findCountriesRu, ruCountryRecognizer } from './countries.ts';
import { ruDateline, ruDateRecognizer } from './dates.ts';
import { ruDocumentRecognizer } from './documents.ts';
import { ruInitiator } from './initiator.ts';
import { ruLeaderRecognizer } from './leaders.ts';
import { mergeFighting, mergeSignings } from './merge-signings.ts';
import { ruSummaries } from './summary.ts';
import { findTriggersRu } from './triggers.ts';

/** People the text names whom neither the registry nor the dictionaries know: they still stand for their country. */
const unresolvedNames: Refiner = {
  name: 'unresolved-names-ru',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) {
      for (const a of c.facts.actors) {
        if (!a.name || !a.country || c.resolvedActors.some((r) => r.name === a.name)) continue;
        c.resolvedActors.push({ name: a.name, country: a.country });
      }
    }
    return candidates;
  },
};

/**
 * An event of one state alone («между государствами были установлены дипломатические отношения»
 * where the sentence names one): relations, visits and signings need two, and no pair's level takes
 * such an event; the Russian reader leaves them out.
 */
const twoStates: Refiner = {
  name: 'two-states-ru',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => c.dyad && c.dyad[0] !== c.dyad[1]);
  },
};

/**
 * The Russian reader: its own recognisers (dates with chrono.ru, countries and leaders by stem),
 * lexicon and initiator; the language-free refiners shared with English (dates, pair, titles,
 * repeats); summaries written in English from each event's structure.
 */
export const RUSSIAN: Configuration = {
  language: 'ru',
  recognizers: [ruDateRecognizer, ruCountryRecognizer, ruLeaderRecognizer, ruDocumentRecognizer],
  refiners: [
    quotedStatements,
    assignDates,
    clauseDates,
    dropFuture,
    resolveNamedActors,
    unresolvedNames,
    choosePair,
    twoStates,
    resolveTitles,
    ruInitiator,
    mergeSignings,
    mergeFighting,
    mergeRepeats,
    ruSummaries,
  ],
  triggers: (f, text) => findTriggersRu(f, text),
  dateline: ruDateline,
  titleCountries: (title) => findCountriesRu(title, tokenize(title)),
  tables: false,
};
