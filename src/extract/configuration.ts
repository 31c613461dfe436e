import { countryRecognizer } from './recognize/countries.ts';
import { dateRecognizer } from './recognize/dates.ts';
import { documentRecognizer } from './recognize/documents.ts';
import { institutionRecognizer } from './recognize/institutions.ts';
import { leaderRecognizer } from './recognize/leaders.ts';
import { settingRecognizer } from './recognize/settings.ts';
import type { Recognizer } from './types.ts';

/** The recognisers, in the order they run on each sentence (chrono-node's configuration shape). */
export const RECOGNIZERS: readonly Recognizer[] = [
  dateRecognizer,
  countryRecognizer,
  leaderRecognizer,
  settingRecognizer,
  documentRecognizer,
  institutionRecognizer,
];
