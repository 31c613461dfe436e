/** Text → events: the public surface of the extractor. */
export { codeSentence } from './classify/code-sentence.ts';
export { type ExtractOptions, type ExtractResult, extractEvents } from './extract.ts';
