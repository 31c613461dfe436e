import { findDates } from './dates.ts';
import { partial } from '../refine/resolve-date.ts';

/** How far into a text a dateline or a "Published:" line may start. */
const HEAD = 600;
/** "BAKU, Aug 8 (Reuters) -", "Tashkent, 22 August 2024 —": a place, a comma, a date, an agency, a dash. */
const PLACE_DATE =
  /^[ \t]*\p{Lu}[\p{L} .'’-]{1,40},[ \t]+([^\n–—-]{3,40}?)[ \t]*(?:\((?:Reuters|AP|AFP|Xinhua|TASS|Trend|APA|UzA|Kazinform|Interfax|Anadolu|dpa|IANS|PTI|UNI)\)[ \t]*)?(?:[–—-]|\.[ \t])/mu;
/** "Published: 22 August 2024", "Updated 8 Aug 2024 10:15", "Date: 2024-08-22". */
const LABEL_DATE =
  /^[ \t]*(?:Published|Updated|Posted|Date|First published)(?:[ \t]+on)?[ \t]*:?[ \t]+([^\n]{4,60})/imu;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** A full day (`YYYY-MM-DD`) in a fragment, or undefined when it names no year, month and day. */
function dayIn(fragment: string): string | undefined {
  const iso = ISO_DAY.exec(fragment);
  if (iso) {
    const d = partial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return d.length === 10 ? d : undefined;
  }
  for (const m of findDates(fragment)) {
    if (m.year === undefined || m.month === undefined || m.day === undefined || m.relative) continue;
    const d = partial(m.year, m.month, m.day);
    if (d.length === 10) return d;
  }
  return undefined;
}

/**
 * The publication date a text states at its head: a news dateline or a "Published:" / "Updated"
 * line. Only a full day counts (a dateline without its year, "BAKU, Aug 8 (Reuters)", does not);
 * the first "Published" wins over a later "Updated". Undefined when there is none.
 */
export function findDateline(text: string): string | undefined {
  const head = text.slice(0, HEAD);
  const labelled = LABEL_DATE.exec(head);
  const fromLabel = labelled ? dayIn(labelled[1] ?? '') : undefined;
  if (fromLabel) return fromLabel;
  const placed = PLACE_DATE.exec(head);
  return placed ? dayIn(placed[1] ?? '') : undefined;
}
