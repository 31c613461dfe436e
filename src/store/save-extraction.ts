/**
 * Stores what an extraction found: the document and every record of every pair, in one
 * transaction. Ids come from the document's content, so saving the same text again adds nothing;
 * a dry run does the same work and rolls it back, so its counts are exactly what a save would do.
 */
import type { DossierRecords } from '../core/dossier-records.ts';
import type { DocumentRecord } from '../core/types.ts';
import type { KnowledgeBase, SaveCounts } from './kb/knowledge-base.ts';

/** Counts by table: documents, events, agreements, mechanisms, indicators. */
export type ExtractionCounts = Record<
  'documents' | 'events' | 'agreements' | 'mechanisms' | 'indicators',
  SaveCounts
>;

const TABLES = ['events', 'agreements', 'mechanisms', 'indicators'] as const;

/** Thrown inside a dry run's transaction to undo it. */
class RollBack extends Error {
  constructor(readonly counts: ExtractionCounts) {
    super('dry run');
  }
}

function tally(): SaveCounts {
  return { added: 0, updated: 0, unchanged: 0 };
}

function store(
  kb: KnowledgeBase,
  document: DocumentRecord,
  pairs: readonly DossierRecords[],
  documentOrigin: string,
): ExtractionCounts {
  const counts: ExtractionCounts = {
    documents: tally(),
    events: tally(),
    agreements: tally(),
    mechanisms: tally(),
    indicators: tally(),
  };
  counts.documents[kb.saveDocument(document, documentOrigin)]++;
  for (const p of pairs) {
    const saved = kb.saveDossier(p, `document:${document.id}`);
    for (const t of TABLES) {
      const c = saved[t];
      if (!c) continue;
      counts[t].added += c.added;
      counts[t].updated += c.updated;
      counts[t].unchanged += c.unchanged;
    }
  }
  return counts;
}

/** Stores the document and its records atomically; `documentOrigin` says where the text came from. */
export function saveExtraction(
  kb: KnowledgeBase,
  document: DocumentRecord,
  pairs: readonly DossierRecords[],
  documentOrigin: string,
): ExtractionCounts {
  return kb.transaction(() => store(kb, document, pairs, documentOrigin));
}

/** What {@link saveExtraction} would do, counted inside a transaction that is then rolled back. */
export function dryRunExtraction(
  kb: KnowledgeBase,
  document: DocumentRecord,
  pairs: readonly DossierRecords[],
  documentOrigin: string,
): ExtractionCounts {
  try {
    kb.transaction(() => {
      throw new RollBack(store(kb, document, pairs, documentOrigin));
    });
  } catch (err) {
    if (err instanceof RollBack) return err.counts;
    throw err;
  }
  throw new Error('unreachable: a dry run always rolls back');
}

/** "events 9 added, 0 updated, 0 unchanged; agreements 3 added, …" */
export function describeCounts(counts: ExtractionCounts): string {
  return (Object.keys(counts) as (keyof ExtractionCounts)[])
    .map(
      (t) => `${t} ${counts[t].added} added, ${counts[t].updated} updated, ${counts[t].unchanged} unchanged`,
    )
    .join('; ');
}
