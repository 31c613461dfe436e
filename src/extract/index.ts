/** Text → events: the public surface of the extractor. */
export { codeSentence } from './classify/code-sentence.ts';
export { type ExtractOptions, type ExtractResult, extractEvents, isDay } from './extract.ts';
export { datedEvents } from './to-event.ts';
export type { ExtractedEvent } from './types.ts';
