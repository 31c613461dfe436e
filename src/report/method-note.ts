/** How the level is measured, in words, for the foot of every report. */
import type { ReportModel } from './types.ts';

/** The method paragraph: which version made the numbers and what they mean. */
export function methodNote(model: ReportModel): string {
  const version = model.level.method?.version ?? 'rls';
  return (
    `The relations level is computed by Bilateral (method ${version}) from the cited record above: a baseline set by ` +
    'the highest rung of the ladder in force (diplomatic relations, embassies, friendship treaty, strategic ' +
    'partnership, allied treaty …) plus the fading impulse of each event, on a scale from −9 (hostile) to +9 ' +
    '(friendly) in six levels of width 3, each with low, mid and high sub-levels. The band is a 90% interval. ' +
    'Every monthly change splits exactly into the contributions of the events that caused it.'
  );
}
