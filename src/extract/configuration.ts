import { agentRecognizer } from './recognize/agents.ts';
import { countryRecognizer } from './recognize/countries.ts';
import { dateRecognizer } from './recognize/dates.ts';
import { documentRecognizer } from './recognize/documents.ts';
import { institutionRecognizer } from './recognize/institutions.ts';
import { leaderRecognizer } from './recognize/leaders.ts';
import { settingRecognizer } from './recognize/settings.ts';
import { assignDates } from './refine/assign-dates.ts';
import { choosePair } from './refine/choose-pair.ts';
import { countDocuments, listedDocuments } from './refine/counted-documents.ts';
import { dropFuture } from './refine/drop-future.ts';
import { initiator } from './refine/initiator.ts';
import { mergeRepeats } from './refine/merge-repeats.ts';
import { place } from './refine/place.ts';
import { resolveNamedActors, resolveTitles } from './refine/resolve-actors.ts';
import { findTriggers } from './classify/find-triggers.ts';
import { findCountries } from './recognize/countries.ts';
import { findDateline } from './recognize/dateline.ts';
import { tokenize } from './recognize/tokens.ts';
import { findSectors } from './refine/sectors.ts';
import type { Configuration, Recognizer, Refiner } from './types.ts';

/** The recognisers, in the order they run on each sentence (chrono-node's configuration shape). */
export const RECOGNIZERS: readonly Recognizer[] = [
  dateRecognizer,
  countryRecognizer,
  leaderRecognizer,
  settingRecognizer,
  documentRecognizer,
  institutionRecognizer,
  agentRecognizer,
];

/**
 * The refiners, in order: each takes the candidates and returns corrected ones. Dates come first
 * (people are resolved at a date), the pair before titles ("both Presidents" needs the pair), and
 * merging last, once every candidate is complete.
 */
export const REFINERS: readonly Refiner[] = [
  countDocuments,
  assignDates,
  dropFuture,
  resolveNamedActors,
  choosePair,
  resolveTitles,
  initiator,
  place,
  listedDocuments,
  mergeRepeats,
];

/** The English reader. */
export const ENGLISH: Configuration = {
  language: 'en',
  recognizers: RECOGNIZERS,
  refiners: REFINERS,
  triggers: (f, text) => findTriggers(f, text, findSectors),
  dateline: findDateline,
  titleCountries: (title) => findCountries(tokenize(title)),
  tables: true,
};
