/** Country inputs that accept any name, in any of the project's languages, with suggestions as you type. */
import { api } from './api.ts';
import { byId, clear, el } from './dom.ts';

/** Fills the input's datalist with matches for what is typed. */
export function setupPicker(inputId: string, listId: string): void {
  const input = byId<HTMLInputElement>(inputId);
  const list = byId(listId);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const { countries } = await api.countries(q);
        clear(list);
        for (const c of countries.slice(0, 12))
          list.append(el('option', { value: c.name }, `${c.iso3} · ${c.names['ru'] ?? ''}`));
      } catch {
        // Suggestions are a convenience; the Show button reports real errors.
      }
    }, 150);
  });
}

export type Resolved =
  | { iso3: string; name: string }
  | { error: string; suggestions: { iso3: string; name: string }[] };

/** The best country for what is typed (the API ranks exact resolutions first), or a message with the closest names. */
export async function resolveInput(value: string): Promise<Resolved> {
  const { countries, suggestions } = await api.countries(value);
  const best = countries[0];
  if (!best) return { error: `No country matches “${value}”.`, suggestions: suggestions ?? [] };
  return { iso3: best.iso3, name: best.name };
}
