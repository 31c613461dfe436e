/**
 * A source is never cited for a fact it contradicts: where sources disagree on a fact's field, the
 * sources of the versions that do not fit the fact as recorded are taken off the fact (they are
 * still cited under the disagreement).
 */
import type { Conflict, Source } from '../core/types.ts';
import { dateLabel } from './format.ts';
import type { ReportData } from './types.ts';

const sourceKey = (s: Source) => (s.url ? `url:${s.url}` : `doc:${s.document}`);

/** True when a claimed value fits the recorded one (a date may be less precise: `1996` fits `1996-08`). */
function fits(field: string, claimed: string, recorded: string): boolean {
  if (claimed === recorded) return true;
  if (field === 'date' && /^\d{4}/.test(claimed) && /^\d{4}/.test(recorded))
    return recorded.startsWith(claimed) || claimed.startsWith(recorded);
  return false;
}

/** The fact's value of a field, as text, or undefined when the fact does not hold it. */
function recordedValue(fact: Record<string, unknown>, field: string): string | undefined {
  const v =
    field === 'date' && typeof fact['signed'] === 'object'
      ? (fact['signed'] as { date: string }).date
      : fact[field];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/** The keys of the sources that only back versions contradicting the recorded value. */
function contradicting(c: Conflict, recorded: string): Set<string> {
  const agree = new Set<string>();
  const disagree = new Set<string>();
  for (const claim of c.claims)
    for (const s of claim.sources)
      (fits(c.field, claim.value, recorded) ? agree : disagree).add(sourceKey(s));
  for (const k of agree) disagree.delete(k);
  return disagree;
}

export type Uncontradicted = {
  data: ReportData;
  /** For each event id, the dates other sources give that contradict its own, in words. */
  otherDates: Map<string, string[]>;
};

/** The data with contradicting sources taken off the facts they contradict. */
export function withoutContradicted(data: ReportData): Uncontradicted {
  const otherDates = new Map<string, string[]>();
  const drop = new Map<string, Set<string>>();
  const facts = new Map<string, Record<string, unknown>>();
  for (const e of data.events) facts.set(`event:${e.id}`, e);
  for (const a of data.agreements) facts.set(`agreement:${a.id}`, a);
  for (const m of data.mechanisms) facts.set(`mechanism:${m.id}`, m);
  for (const c of data.conflicts) {
    const fact = facts.get(c.subject);
    const recorded = fact && recordedValue(fact, c.field);
    if (recorded === undefined) continue;
    const keys = contradicting(c, recorded);
    if (keys.size) drop.set(c.subject, new Set([...(drop.get(c.subject) ?? []), ...keys]));
    if (c.field === 'date' && c.subject.startsWith('event:')) {
      const other = [
        ...new Set(
          c.claims
            .filter((cl) => /^\d{4}(-\d{2}){0,2}$/.test(cl.value) && !fits('date', cl.value, recorded))
            .map((cl) => dateLabel(cl.value)),
        ),
      ];
      if (other.length) otherDates.set(c.subject.slice('event:'.length), other);
    }
  }
  if (drop.size === 0) return { data, otherDates };
  const strip = <T extends { id: string; sources: Source[] }>(prefix: string, x: T): T => {
    const keys = drop.get(`${prefix}:${x.id}`);
    if (!keys) return x;
    const sources = x.sources.filter((s) => !keys.has(sourceKey(s)));
    return { ...x, sources: sources.length ? sources : x.sources };
  };
  return {
    data: {
      ...data,
      events: data.events.map((e) => strip('event', e)),
      agreements: data.agreements.map((a) => strip('agreement', a)),
      mechanisms: data.mechanisms.map((m) => strip('mechanism', m)),
    },
    otherDates,
  };
}
