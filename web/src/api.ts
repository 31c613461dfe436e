/** The dashboard's calls to the HTTP API (same origin). */
import type {
  Agreement,
  BriefView,
  Conflict,
  Event,
  Explanation,
  Indicators,
  Level,
  Mechanism,
  Pairs,
  Partners,
} from './types.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: { error?: string; suggestions?: { iso3: string; name: string }[] },
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : { error: await res.text() };
  if (!res.ok) throw new ApiError(body.error ?? `${res.status} ${res.statusText}`, res.status, body);
  return body as T;
}

const enc = encodeURIComponent;
const pair = (a: string, b: string) => `/api/dyads/${enc(a)}/${enc(b)}`;

export type CountryHit = {
  iso3: string;
  name: string;
  names: Record<string, string>;
  matchedBy?: string;
  numeric?: string;
};

export const api = {
  countries: (q: string) =>
    call<{ countries: CountryHit[]; suggestions?: { iso3: string; name: string }[] }>(
      `/api/countries?q=${enc(q)}`,
    ),
  pairs: () => call<Pairs>('/api/pairs'),
  brief: (a: string, b: string) => call<BriefView>(`${pair(a, b)}/report?format=json`),
  level: (a: string, b: string) => call<Level>(`${pair(a, b)}/level`),
  explain: (a: string, b: string, month: string) =>
    call<Explanation>(`${pair(a, b)}/level/${month}/explain?limit=all`),
  events: (a: string, b: string, q: URLSearchParams) =>
    call<{ dyad: [string, string]; events: Event[]; conflicts: Conflict[] }>(`${pair(a, b)}/events?${q}`),
  agreements: (a: string, b: string) => call<{ agreements: Agreement[] }>(`${pair(a, b)}/agreements`),
  mechanisms: (a: string, b: string) => call<{ mechanisms: Mechanism[] }>(`${pair(a, b)}/mechanisms`),
  conflicts: (a: string, b: string) => call<{ conflicts: Conflict[] }>(`${pair(a, b)}/conflicts`),
  partners: (a: string) => call<Partners>(`/api/countries/${enc(a)}/partners`),
  /** The pair's indicators, or undefined when the server has no reference data (503). */
  indicators: (a: string, b: string) =>
    call<Indicators>(`${pair(a, b)}/indicators`).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 503) return undefined;
      throw err;
    }),
  reportUrl: (a: string, b: string, format: 'md' | 'html' | 'pdf') =>
    `${pair(a, b)}/report?format=${format}&download=1`,
  extract: (text: string) =>
    call<{ document: { id: string }; events: Event[] }>('/api/extract', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    }),
  saveDocument: (text: string, token: string) =>
    call<{ document: string; counts: Record<string, { added: number; updated: number; unchanged: number }> }>(
      '/api/documents',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ text }),
      },
    ),
};
