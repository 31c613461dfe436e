import { createHash } from 'node:crypto';

/**
 * A stable id for a text with no id of its own: `doc-` and 16 hex digits of its SHA-256, so the same
 * text always gets the same id (saving it twice stores one document) and different texts do not meet.
 */
export function documentIdOf(text: string): string {
  return `doc-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}
