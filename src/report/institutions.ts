/**
 * An institution's recorded attributes as phrases a reader understands ("capital of US$500 million,
 * 75% from Azerbaijan"). Attributes that are a curator's working notes (status, earlier mentions)
 * are left to the sources.
 */
import { countryName, resolveCountry } from '../core/countries.ts';
import { isoDatesInWords } from '../core/date-words.ts';
import type { Mechanism } from '../core/types.ts';
import { money, number } from './format.ts';

/** Country codes inside a value (`Kudratov (UZB)`) in words. */
function names(text: string): string {
  return isoDatesInWords(text).replace(/\b[A-Z]{3}\b/g, (code) => {
    const c = resolveCountry(code).country;
    return c && c.iso3 === code ? c.names.en : code;
  });
}

/** The phrases of a mechanism's attributes, in a fixed order. */
export function attributePhrases(m: Mechanism): string[] {
  const a = m.attributes;
  const out: string[] = [];
  const size = a['size_usd_m'];
  if (typeof size === 'number') {
    const shares = Object.entries(a)
      .flatMap(([k, v]) => {
        const code = /^share_([A-Z]{3})_pct$/.exec(k)?.[1];
        return code && typeof v === 'number' ? [`${number(v)}% from ${countryName(code)}`] : [];
      })
      .join(' and ');
    out.push(`a capital of ${money(size, 'USD million')}${shares ? `, ${shares}` : ''}`);
  }
  for (const [k, v] of Object.entries(a)) {
    const value = names(String(v));
    if (k === 'chairs') out.push(`chaired by ${value}`);
    else if (k === 'co_chairs_at_creation')
      out.push(`co-chaired at first by the ${value.replace(/^the /, '')}`);
    else if (/^co_chairs_(\d{4})_(\d{4})$/.test(k)) {
      const [, y1, y2] = /^co_chairs_(\d{4})_(\d{4})$/.exec(k)!;
      out.push(`co-chaired in ${y1}–${y2} by ${value}`);
    } else if (/^sessions_by_(\d{4})$/.test(k)) out.push(`${value} sessions by ${k.slice(-4)}`);
    else if (k === 'purpose') out.push(`for the ${value}`);
    else if (k === 'parties') out.push(`between ${value}`);
    else if (/^approved_([A-Z]{3})$/.test(k))
      out.push(`approved by ${countryName(k.slice(-3))} ${/^\d/.test(value) ? 'on' : 'in'} ${value}`);
    else if (k === 'next_round') out.push(`next round due in the ${value.replace(/^the /, '')}`);
  }
  return out;
}

/** A meeting summary that only dates the report it comes from ("Report date.", "Early August 2022.") says nothing more. */
export function meetingNote(summary: string | undefined): string | undefined {
  if (!summary) return undefined;
  if (/^(report date|early|late|mid|first half|second half|beginning|end)\b/i.test(summary.trim()))
    return undefined;
  return summary;
}
