import { createHash } from 'node:crypto';

/** A document id that is the same for the same text, so saving twice stores one document. */
export function documentIdFor(text: string): string {
  return `doc-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}
