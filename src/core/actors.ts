import actorData from '../../data/actors.json' with { type: 'json' };
import orgData from '../../data/organizations.json' with { type: 'json' };
import { normalizeName } from './normalize.ts';
import { firstDay, lastDay, partialDateProblem } from './partial-date.ts';

/** The offices the registry tracks. */
export type Office =
  | 'head_of_state'
  | 'head_of_government'
  | 'foreign_minister'
  | 'vice_president'
  | 'speaker'
  | 'minister';

/**
 * One term in an office. Dates are partial (YYYY, YYYY-MM or YYYY-MM-DD) at the precision known;
 * `to` is the day the successor took office; an open term has no `to`; a term whose start is not
 * recorded has no `from` and never answers {@link officeHolder}.
 */
export type ActorRole = { role: Office; title: string; from?: string; to?: string; note?: string };

/** A person who acts for a state. */
export type Actor = { id: string; name: string; country: string; variants: string[]; roles: ActorRole[] };

/** An international organization, with the names and acronyms it goes by in several languages. */
export type Organization = {
  id: string;
  name: string;
  acronyms: string[];
  variants: string[];
  founded?: string;
  /** Current member states (ISO3), only where the list is known complete. */
  members?: string[];
};

const ACTORS: readonly Actor[] = actorData as Actor[];
const ORGANIZATIONS: readonly Organization[] = orgData as Organization[];

let actorIndex: Map<string, Actor[]> | undefined;
let orgIndex: Map<string, Organization> | undefined;

/** Every actor, sorted by country then id. */
export function allActors(): readonly Actor[] {
  return ACTORS;
}

/** Every organization, sorted by id. */
export function organizations(): readonly Organization[] {
  return ORGANIZATIONS;
}

function getActorIndex(): Map<string, Actor[]> {
  if (actorIndex) return actorIndex;
  const idx = new Map<string, Actor[]>();
  for (const a of ACTORS) {
    for (const form of [a.name, ...a.variants]) {
      const key = normalizeName(form);
      const list = idx.get(key) ?? [];
      if (!list.includes(a)) list.push(a);
      idx.set(key, list);
    }
  }
  actorIndex = idx;
  return idx;
}

/**
 * The actor a name or spelling variant refers to (ignoring case, diacritics and apostrophes). When
 * several actors share the form, `atDate` keeps those in some office then; if more than one is
 * left, the answer is undefined rather than a guess.
 */
export function findActor(name: string, atDate?: string): Actor | undefined {
  let found = getActorIndex().get(normalizeName(name)) ?? [];
  if (found.length > 1 && atDate !== undefined && partialDateProblem(atDate) === null) {
    const qs = firstDay(atDate);
    const qe = lastDay(atDate);
    found = found.filter((a) => a.roles.some((r) => mayOverlap(r, qs, qe)));
  }
  return found.length === 1 ? found[0] : undefined;
}

function mayOverlap(r: ActorRole, qs: string, qe: string): boolean {
  if (r.from === undefined) return false;
  return firstDay(r.from) <= qe && (r.to === undefined || lastDay(r.to) > qs);
}

function surelyCovers(r: ActorRole, qs: string, qe: string): boolean {
  if (r.from === undefined) return false;
  return lastDay(r.from) <= qs && (r.to === undefined || firstDay(r.to) > qe);
}

/**
 * Who held an office of a country throughout a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). Undefined
 * when the date is invalid, when nobody is recorded, or when the answer is not certain at that
 * precision (a transition inside the month or year, or terms known only to the year).
 */
export function officeHolder(iso3: string, role: Office, date: string): Actor | undefined {
  if (partialDateProblem(date) !== null) return undefined;
  const qs = firstDay(date);
  const qe = lastDay(date);
  const possible = new Set<Actor>();
  let sure: Actor | undefined;
  for (const a of ACTORS) {
    if (a.country !== iso3) continue;
    for (const r of a.roles) {
      if (r.role !== role) continue;
      if (mayOverlap(r, qs, qe)) possible.add(a);
      if (surelyCovers(r, qs, qe)) sure = a;
    }
  }
  return possible.size === 1 && sure !== undefined && possible.has(sure) ? sure : undefined;
}

/** The organization a name, acronym or variant refers to, in any of its languages. */
export function findOrganization(name: string): Organization | undefined {
  if (!orgIndex) {
    const idx = new Map<string, Organization>();
    for (const o of ORGANIZATIONS) {
      for (const form of [o.name, ...o.acronyms, ...o.variants]) idx.set(normalizeName(form), o);
    }
    orgIndex = idx;
  }
  return orgIndex.get(normalizeName(name));
}
