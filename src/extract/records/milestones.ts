import type {
  DocumentContext,
  ExtractedMilestone,
  ExtractedRecords,
  Finished,
  RecordBuilder,
} from '../types.ts';
import { documentRung } from './agreements.ts';
import { DOWNGRADE_WORDS, EVENT_MILESTONES, WAR_WORDS } from './words.ts';
import { sentenceSource } from './record-source.ts';

type Dated = Pick<ExtractedMilestone, 'date' | 'precision' | 'dyad'>;

function datedOf(f: Finished): Dated {
  return { date: f.event.date, precision: f.event.precision, dyad: f.event.dyad };
}

/** The words of the event's sentence that name it: its trigger. */
function triggerWords(f: Finished): string {
  const c = f.candidate;
  return c.facts.sentence.text.slice(c.trigger.start, c.trigger.end);
}

const RUNG_LABELS: Readonly<Record<string, string>> = {
  ALLIED_DECLARATION: 'allied relations declared',
  ALLIED_TREATY_SIGNED: 'allied treaty signed',
  ALLIED_TREATY_IN_FORCE: 'allied treaty in force',
  COMPREHENSIVE_STRATEGIC_PARTNERSHIP: 'comprehensive strategic partnership',
  STRATEGIC_PARTNERSHIP: 'strategic partnership',
  FRIENDSHIP_TREATY: 'friendship treaty',
  WAR: 'war',
};

/**
 * The ladder milestones the text states, each with its rung and the words that justify it:
 * relations established, embassies opened, relations severed (by their events); friendship treaty,
 * strategic and comprehensive strategic partnership, allied relations (by the documents that name
 * them, or the declaration that raised relations); a supreme council established (by its
 * mechanism, which the level counts as a council); war (an armed clash the text calls one, which
 * then carries the rung) and relations downgraded (no rung of its own).
 */
export const milestoneRecords: RecordBuilder = {
  name: 'milestones',
  build(ctx: DocumentContext, finished: readonly Finished[], out: ExtractedRecords): void {
    const seen = new Set<string>();
    const add = (m: Omit<ExtractedMilestone, 'id'>) => {
      const key = `${m.rung}|${m.event}|${m.agreement}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.milestones.push({ id: `${ctx.documentId}#milestone-${out.milestones.length + 1}`, ...m });
    };
    // Signing events whose rung an agreement already carries: the agreement's milestone stands for both.
    const byAgreement = new Set(out.agreements.map((a) => `${a.event}|${a.rung}`));
    // The sides that have opened an embassy, by pair: the second side makes them reciprocal.
    const embassies = new Map<string, Set<string>>();
    const embassyRung = (dyad: readonly string[], initiator: string | null): string => {
      const key = dyad.join('-');
      const sides = embassies.get(key) ?? new Set<string>();
      embassies.set(key, sides);
      if (initiator === 'both') for (const d of dyad) sides.add(d);
      else if (initiator !== null) sides.add(initiator);
      return sides.size >= 2 ? 'EMBASSIES_RECIPROCAL' : 'EMBASSY_ONE_SIDE';
    };
    for (const f of finished) {
      const e = f.event;
      const source = sentenceSource(ctx, f.candidate.facts.sentence);
      const text = f.candidate.facts.sentence.text;
      const byClass = EVENT_MILESTONES[e.class];
      if (byClass) {
        const rung = e.class === 'embassy_opening' ? embassyRung(e.dyad, e.initiator) : byClass.rung;
        const label = rung === 'EMBASSIES_RECIPROCAL' ? 'embassies on both sides' : byClass.label;
        add({
          rung,
          label,
          words: triggerWords(f),
          ...datedOf(f),
          event: e.id,
          sources: [source],
        });
      }
      if (e.class === 'armed_clash' && WAR_WORDS.test(text)) {
        e.rung = 'WAR';
        add({
          rung: 'WAR',
          label: 'war',
          words: WAR_WORDS.exec(text)![0],
          ...datedOf(f),
          event: e.id,
          sources: [source],
        });
      }
      if (
        /^(?:recall_ambassador|expel_diplomats|relations_severed)$/.test(e.class) &&
        DOWNGRADE_WORDS.test(text)
      )
        add({
          label: 'relations downgraded',
          words: DOWNGRADE_WORDS.exec(text)![0],
          ...datedOf(f),
          event: e.id,
          sources: [source],
        });
      // A declaration that raised relations ("elevated … to an alliance") names no document title.
      if (e.rung && !byAgreement.has(`${e.id}|${e.rung}`) && e.rung !== 'WAR')
        add({
          rung: e.rung,
          label: RUNG_LABELS[e.rung] ?? e.rung.toLowerCase(),
          words: triggerWords(f),
          ...datedOf(f),
          event: e.id,
          sources: [source],
        });
    }
    for (const a of out.agreements) {
      if (!a.rung || !a.signed) continue;
      const named = documentRung(a.title, a.kind);
      add({
        rung: a.rung,
        label: RUNG_LABELS[a.rung] ?? named?.label ?? a.rung.toLowerCase(),
        words: named?.words ?? a.title,
        date: a.signed.date,
        precision: a.signed.precision,
        dyad: a.dyad,
        ...(a.event ? { event: a.event } : {}),
        agreement: a.id,
        sources: a.sources,
      });
    }
    for (const m of out.mechanisms) {
      if (m.kind !== 'supreme_council' || !m.established) continue;
      add({
        label: 'supreme council established',
        words: m.title,
        date: m.established.date,
        precision: m.established.precision,
        dyad: m.dyad,
        mechanism: m.id,
        sources: m.sources,
      });
    }
  },
};
