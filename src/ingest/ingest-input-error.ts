/**
 * A source file that cannot be ingested at all (missing, unreadable archive), as opposed to damaged
 * rows, which are quarantined. The message names the file; the CLI reports it as bad input.
 */
export class IngestInputError extends Error {
  override name = 'IngestInputError';
}
