import { type ActorRole, findActor, officeHolder } from '../../core/actors.ts';
import { knownActor, leaderBySurname } from '../recognize/actor-dictionary.ts';
import type { Actor } from '../../core/types.ts';
import type { ActorMention, Candidate, DocumentContext, Refiner } from '../types.ts';

type Role = NonNullable<ActorMention['role']>;

/** A day inside a partial date, for asking who held an office then (mid-year, mid-month). */
function dayOf(date: string): string {
  return date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
}

/** The office a person held at a date (the latest that began by then), else their last one. */
function roleAt(roles: readonly ActorRole[], date: string): ActorRole | undefined {
  const day = date ? dayOf(date) : '';
  let best: ActorRole | undefined;
  for (const r of roles) {
    if (!day || r.from === undefined || r.from <= day) {
      if (!day || r.to === undefined || r.to > day) best = r;
    }
  }
  return best ?? roles[roles.length - 1];
}

const namedCache = new Map<string, Actor | null>();
const CACHE_MAX = 20_000;

/** CAMEO sectors of the Phoenix dictionaries, as the role the person held. */
const SECTOR_ROLE: Record<string, string> = {
  GOV: 'government',
  MIL: 'military',
  ELI: 'elite',
  LEG: 'legislature',
  JUD: 'judiciary',
  OPP: 'opposition',
  REB: 'rebel',
  BUS: 'business',
};

/** The sectors of a state: government, army, police, courts, legislature, intelligence. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/** A generic agent of a country ("Guyanese police"): non-state when its sector is not the state's. */
function agentActor(name: string, sector: string, country: string | undefined): Actor {
  const out: Actor = { name, sector };
  if (country) out.country = country;
  const role = SECTOR_ROLE[sector];
  if (role) out.role = role;
  if (!STATE_SECTORS.has(sector)) out.nonState = true;
  return out;
}

/** A person or institution of the Phoenix dictionaries or Archigos, at the date. */
function fromDictionary(name: string, date: string): Actor | null {
  const k = knownActor(name, date) ?? (name.includes(' ') ? undefined : leaderBySurname(name, date));
  if (!k) return null;
  const role = SECTOR_ROLE[k.sector];
  return { name: k.name, country: k.iso3, ...(role ? { role } : {}) };
}

/** A person named in the text, as the registry (else the field's dictionaries) knows them at the date; cached per name and date. */
function named(name: string, date: string): Actor | undefined {
  const key = `${name}|${date}`;
  let hit = namedCache.get(key);
  if (hit === undefined) {
    const a = findActor(name, date);
    const role = a ? roleAt(a.roles, date) : undefined;
    hit = a
      ? { name: a.name, country: a.country, ...(role ? { role: role.title } : {}) }
      : fromDictionary(name, date);
    if (namedCache.size > CACHE_MAX) namedCache.clear();
    namedCache.set(key, hit);
  }
  return hit ? { ...hit } : undefined;
}

/** Who held an office of a country at the date ("the President of Uzbekistan" in 2023). */
export function holderAt(iso3: string, role: Role, date: string): Actor | undefined {
  const a = officeHolder(iso3, role, dayOf(date));
  return a ? { name: a.name, country: a.country, role: role.replace(/_/g, ' ') } : undefined;
}

/** Named people of each dated candidate, resolved at its date (titles wait for the pair). */
export const resolveNamedActors: Refiner = {
  name: 'resolve-named-actors',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) {
      const date = c.date?.date ?? '';
      c.resolvedActors = [];
      for (const a of c.facts.actors) {
        if (a.sector && a.name) c.resolvedActors.push(agentActor(a.name, a.sector, a.country));
        else {
          const p = a.name ? named(a.name, date) : undefined;
          if (p) c.resolvedActors.push(p);
        }
      }
    }
    return candidates;
  },
};

/**
 * Titles without names, resolved once the pair is known: "the President of Uzbekistan" is the
 * holder at the event's date; "both Presidents" are the pair's heads of state then.
 */
export const resolveTitles: Refiner = {
  name: 'resolve-titles',
  refine(_ctx: DocumentContext, candidates: Candidate[]): Candidate[] {
    for (const c of candidates) {
      if (!c.date || !c.dyad) continue;
      for (const a of c.facts.actors) {
        if (a.name || !a.role) continue;
        for (const iso of a.pair ? c.dyad : a.country ? [a.country] : []) {
          const h = holderAt(iso, a.role, c.date.date);
          if (h) c.resolvedActors.push(h);
        }
      }
      const seen = new Set<string>();
      c.resolvedActors = c.resolvedActors.filter((a) => !seen.has(a.name) && seen.add(a.name));
    }
    return candidates;
  },
};
