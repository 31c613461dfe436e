/** How the level is measured, in words, for the foot of every report. */
import type { CoverageSpan } from '../core/level/index.ts';
import { dateLabel, plural } from './format.ts';
import { listInWords } from './story.ts';
import type { LevelSection, ReportModel } from './types.ts';

/** The method paragraph: which version made the numbers and what they mean. */
export function methodNote(model: ReportModel): string {
  const version = model.level.method?.version ?? 'rls';
  return (
    `The relations level is computed by Bilateral (method ${version}) from the cited record above: a baseline set by ` +
    'the highest rung of the ladder in force (diplomatic relations, embassies, friendship treaty, strategic ' +
    'partnership, allied treaty …) plus the fading impulse of each event, on a scale from −9 (hostile) to +9 ' +
    '(friendly) in six levels of width 3, each with low, mid and high sub-levels. The band is a 90% interval. ' +
    'Every monthly change splits exactly into the contributions of the events that caused it. Months that no ' +
    'source covers are a projection, never a headline; machine-coded events count only when corroborated. ' +
    'The method is docs/METHOD.md in the Bilateral repository.'
  );
}

/** Why a level section has no number, in words. */
export function notMeasurableReason(l: LevelSection): string {
  return l.reason ?? 'nothing is recorded to measure from';
}

/** A coverage span's source in words: a dossier or document by what it is, never by its id. */
export function sourceWords(s: CoverageSpan): string {
  if (s.kind === 'dossier') return 'the curated dossier';
  if (s.kind === 'extracted') return 'the saved documents';
  return (s.label ?? s.source).replace(/,? \d{4}–\d{4} \(yearly\)$/, '');
}

/**
 * What the evidence behind the series covers, in one sentence: each source's months, and the
 * months after the last evidence drawn as a projection.
 */
export function coverageSentence(l: LevelSection): string {
  // Each source once, with its periods: "the saved documents (August 2025 and November 2025)".
  const periods = new Map<string, string[]>();
  for (const s of l.coverage ?? []) {
    const when = s.from === s.to ? dateLabel(s.from) : `${dateLabel(s.from)} to ${dateLabel(s.to)}`;
    const list = periods.get(sourceWords(s)) ?? [];
    list.push(`${when}${s.routine ? ', recording routine contact' : ''}`);
    periods.set(sourceWords(s), list);
  }
  const spans = [...periods].map(([who, when]) => `${who} (${listInWords(when)})`);
  const parts = [`The level rests on ${spans.length ? spans.join('; ') : 'the record'}.`];
  const projected = l.points.filter((p) => p.projected);
  if (projected.length)
    parts.push(
      `${plural(projected.length, 'month')} of the chart ${projected.length === 1 ? 'lies' : 'lie'} outside every source's coverage and ${projected.length === 1 ? 'is' : 'are'} a projection (dashed), not evidence.`,
    );
  return parts.join(' ');
}
