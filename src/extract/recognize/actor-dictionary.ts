import data from '../../../data/actor-dictionary.json' with { type: 'json' };

/**
 * The Phoenix actor dictionaries of PETRARCH-2 and the Archigos leader list, as built into
 * `data/actor-dictionary.json` by `npm run build:vocabulary`: places (country variants,
 * adjectives, cities), named people and institutions with their country, CAMEO sector and dates,
 * generic agents with their sector, and heads of state and government with their terms.
 */

type Person = [name: string, iso3: string, sector: string, from: string, to: string];
type Leader = [name: string, iso3: string, from: string, to: string];
type Dictionary = {
  places: Record<string, string>;
  people: Person[];
  agents: Record<string, string>;
  leaders: Leader[];
};

const dictionary = data as unknown as Dictionary;

/** A person or institution of a country, in office (or existing) from `from` to `to` (either may be ""). */
export type KnownActor = { name: string; iso3: string; sector: string; from: string; to: string };

let people: Map<string, KnownActor[]> | undefined;
let agents: Map<string, string> | undefined;
let surnames: Map<string, KnownActor[]> | undefined;

/** Country variants and cities, lower-case, with their ISO3 code. */
export function phoenixPlaces(): [string, string][] {
  return Object.entries(dictionary.places);
}

/** Capitalises each word, for display ("islam karimov" → "Islam Karimov"). */
function display(name: string): string {
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

function index(): { people: Map<string, KnownActor[]>; surnames: Map<string, KnownActor[]> } {
  if (people && surnames) return { people, surnames };
  people = new Map();
  surnames = new Map();
  const add = (map: Map<string, KnownActor[]>, key: string, a: KnownActor) => {
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  };
  for (const [name, iso3, sector, from, to] of dictionary.people)
    add(people, name, { name: display(name), iso3, sector, from, to });
  for (const [name, iso3, from, to] of dictionary.leaders) {
    const key = name.toLowerCase();
    const a = { name, iso3, sector: 'GOV', from, to };
    // Archigos often gives the surname alone ("Nazarbayev"): it is looked up after a title only.
    add(key.includes(' ') ? people : surnames, key, a);
    if (key.includes(' ')) add(surnames, key.split(' ').pop() ?? key, a);
  }
  return { people, surnames };
}

/** The entry in office at `date` (YYYY, YYYY-MM or YYYY-MM-DD), else the latest; undefined for none. */
function atDate(list: readonly KnownActor[] | undefined, date: string): KnownActor | undefined {
  if (!list || list.length === 0) return undefined;
  if (date) {
    const inOffice = list.filter(
      (a) =>
        (!a.from || a.from.slice(0, date.length) <= date) && (!a.to || a.to.slice(0, date.length) >= date),
    );
    // A government office beats an elite role of the same person.
    const gov = inOffice.find((a) => a.sector === 'GOV') ?? inOffice[0];
    if (gov) return gov;
  }
  return list.find((a) => a.sector === 'GOV') ?? list[list.length - 1];
}

/** A named person or institution ("Saddam Hussein", "Kremlin"), lower-case full name, at a date. */
export function knownActor(name: string, date = ''): KnownActor | undefined {
  return atDate(index().people.get(name.toLowerCase()), date);
}

/** A leader known by surname alone ("President Nazarbayev"), at a date. */
export function leaderBySurname(surname: string, date = ''): KnownActor | undefined {
  return atDate(index().surnames.get(surname.toLowerCase()), date);
}

/** The CAMEO sector of a generic agent ("police" → COP, "rebels" → REB), or undefined. */
export function agentSector(word: string): string | undefined {
  agents ??= new Map(Object.entries(dictionary.agents));
  return agents.get(word.toLowerCase());
}
