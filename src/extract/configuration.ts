import { agentRecognizer } from './recognize/agents.ts';
import { countryRecognizer } from './recognize/countries.ts';
import { dateRecognizer } from './recognize/dates.ts';
import { documentRecognizer } from './recognize/documents.ts';
import { institutionRecognizer } from './recognize/institutions.ts';
import { leaderRecognizer } from './recognize/leaders.ts';
import { settingRecognizer } from './recognize/settings.ts';
import { agreementRecords } from './records/agreements.ts';
import { indicatorRecords } from './records/indicators.ts';
import { mechanismRecords } from './records/mechanisms.ts';
import { milestoneRecords } from './records/milestones.ts';
import { statementRecords } from './records/statements.ts';
import { assignDates } from './refine/assign-dates.ts';
import { choosePair } from './refine/choose-pair.ts';
import { cleanSummaries } from './refine/clean-summary.ts';
import { countDocuments, listedDocuments } from './refine/counted-documents.ts';
import { dropFuture } from './refine/drop-future.ts';
import { initiator } from './refine/initiator.ts';
import { mergeRepeats } from './refine/merge-repeats.ts';
import { place } from './refine/place.ts';
import { quotedStatements } from './refine/quoted-statements.ts';
import { resolveNamedActors, resolveTitles } from './refine/resolve-actors.ts';
import { findTriggers } from './classify/find-triggers.ts';
import { findCountries } from './recognize/countries.ts';
import { findDateline } from './recognize/dateline.ts';
import { tokenize } from './recognize/tokens.ts';
import { findSectors } from './refine/sectors.ts';
import type { Configuration, RecordBuilder, Recognizer, Refiner } from './types.ts';

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
  quotedStatements,
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
  cleanSummaries,
];

/**
 * The record builders, in order, after the events: agreements first (milestones and mechanisms
 * point at them), statements (their speakers complete the events), then the ladder milestones that
 * the events, agreements and mechanisms amount to.
 */
export const RECORD_BUILDERS: readonly RecordBuilder[] = [
  agreementRecords,
  mechanismRecords,
  indicatorRecords,
  statementRecords,
  milestoneRecords,
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
