import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ChromiumMissingError } from '../report/index.ts';
import { type Home, openHome } from '../store/home.ts';
import { PACKAGE_ROOT } from '../store/paths.ts';
import { createApp } from './app.ts';
import { configPath, ensureToken } from './token.ts';

const NOW = new Date('2025-06-15T12:00:00Z');
let dir: string;
let home: Home;
let token: string;
let app: ReturnType<typeof createApp>;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'bilateral-api-'));
  home = openHome(dir, NOW);
  token = ensureToken(dir);
  app = createApp({ kb: home.kb, token, now: () => NOW });
});
after(() => {
  home.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await app.request(path);
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field below
  return { res, body: (await res.json()) as Record<string, any> };
};
const post = (path: string, body: unknown, auth?: string) =>
  app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

test('the token is created once, 43 base64url characters, in a 0600 config.json', () => {
  assert.match(token, /^[A-Za-z0-9_-]{43}$/);
  assert.equal(ensureToken(dir), token);
  assert.equal(statSync(configPath(dir)).mode & 0o777, 0o600);
});

test('every response carries the security headers', async () => {
  for (const path of ['/api/countries?q=AZE', '/api/dyads/AZE/Narnia/events', '/openapi.json', '/nowhere']) {
    const res = await app.request(path);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /object-src 'none'/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(res.headers.get('Referrer-Policy'), 'no-referrer');
  }
});

test('GET /api/countries finds a country by a name in any language', async () => {
  for (const q of ['Özbəkistan', 'Узбекистан', 'uzbek', 'UZB', 'Oʻzbekiston']) {
    const { res, body } = await get(`/api/countries?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200);
    assert.equal(body['query'], q);
    assert.equal(body['countries'][0].iso3, 'UZB', q);
    assert.equal(body['countries'][0].name, 'Uzbekistan');
    assert.equal(body['countries'][0].numeric, '860');
    assert.equal(body['suggestions'], undefined);
  }
  // A typo matches nothing: the closest names, as the CLI suggests them.
  const typo = await get('/api/countries?q=Uzbekstan');
  assert.deepEqual(typo.body, {
    query: 'Uzbekstan',
    countries: [],
    suggestions: [
      { iso3: 'UZB', name: 'Uzbekistan' },
      { iso3: 'KAZ', name: 'Kazakhstan' },
    ],
  });
  const all = await get('/api/countries');
  assert.ok(all.body['countries'].length > 240);
  assert.equal((await get(`/api/countries?q=${'x'.repeat(101)}`)).res.status, 400);
});

test('GET /api/countries/{a}/partners ranks partners; unknown country is 404 with suggestions', async () => {
  const { res, body } = await get('/api/countries/Azerbaijan/partners?month=2024-12');
  assert.equal(res.status, 200);
  assert.equal(body['country'], 'AZE');
  assert.equal(body['month'], '2024-12');
  assert.equal(body['partners'][0].iso3, 'UZB');
  assert.equal(typeof body['partners'][0].score, 'number');
  const missing = await get('/api/countries/Atlantis/partners');
  assert.equal(missing.res.status, 404);
  assert.match(missing.body['error'], /no country matches "Atlantis"/);
  assert.ok(missing.body['suggestions'].length > 0);
  assert.equal((await get('/api/countries/AZE/partners?month=2024-13')).res.status, 400);
});

test('GET events filters by date, class, sector and provenance, names and codes alike', async () => {
  const all = await get('/api/dyads/Uzbekistan/AZE/events');
  assert.equal(all.res.status, 200);
  assert.deepEqual(all.body['dyad'], ['AZE', 'UZB']);
  assert.ok(all.body['events'].length >= 100);
  assert.ok(all.body['conflicts'].length > 0);
  const visits = await get('/api/dyads/AZE/UZB/events?class=state_visit,official_visit&from=2017&to=2024-12');
  assert.ok(visits.body['events'].length > 0);
  for (const e of visits.body['events']) {
    assert.ok(['state_visit', 'official_visit'].includes(e.class));
    assert.ok(e.date >= '2017' && e.date <= '2024-12-31');
  }
  const sector = all.body['events'].flatMap((e: { sectors: string[] }) => e.sectors)[0];
  const bySector = await get(`/api/dyads/AZE/UZB/events?sector=${encodeURIComponent(sector)}`);
  assert.ok(bySector.body['events'].every((e: { sectors: string[] }) => e.sectors.includes(sector)));
  const extracted = await get('/api/dyads/AZE/UZB/events?provenance=extracted');
  assert.deepEqual(extracted.body['events'], []);
  const bad = await get('/api/dyads/AZE/UZB/events?provenance=rumour');
  assert.equal(bad.res.status, 400);
  assert.equal(bad.body['field'], 'provenance');
  const badDate = await get('/api/dyads/AZE/UZB/events?from=June');
  assert.equal(badDate.res.status, 400);
  assert.equal(badDate.body['field'], 'query.from');
  const same = await get('/api/dyads/AZE/Baku/events');
  assert.equal(same.res.status, 400);
  const unknown = await get('/api/dyads/AZE/Narnia/events');
  assert.equal(unknown.res.status, 404);
  assert.ok(Array.isArray(unknown.body['suggestions']));
});

test('GET agreements, mechanisms and conflicts', async () => {
  const a = await get('/api/dyads/AZE/UZB/agreements');
  assert.equal(a.res.status, 200);
  assert.ok(a.body['agreements'].length >= 30);
  assert.ok(a.body['agreements'].every((x: { sources: unknown[] }) => x.sources.length > 0));
  const m = await get('/api/dyads/AZE/UZB/mechanisms');
  assert.ok(m.body['mechanisms'].length >= 5);
  const c = await get('/api/dyads/AZE/UZB/conflicts');
  assert.ok(c.body['conflicts'].length >= 20);
  assert.ok(c.body['conflicts'].every((x: { claims: unknown[] }) => x.claims.length >= 2));
  assert.equal((await get('/api/dyads/AZE/Nowhere/agreements')).res.status, 404);
});

test('GET level and explain: the contributions sum to the change', async () => {
  const { res, body } = await get('/api/dyads/AZE/UZB/level?from=2020-01&to=2024-12');
  assert.equal(res.status, 200);
  assert.equal(body['series'].length, 60);
  const p = body['series'][0];
  assert.deepEqual(Object.keys(p).sort(), [
    'band',
    'baseline',
    'coverage',
    'display',
    'level',
    'month',
    'projected',
    'rung',
    'score',
    'sublevel',
  ]);
  assert.ok(p.band[0] <= p.score && p.score <= p.band[1]);
  assert.equal(p.coverage, 'partial');
  assert.equal(p.projected, false);
  assert.equal(body['measurable'], true);
  assert.deepEqual(body['coverage'], {
    spans: [
      {
        source: 'dossier:aze-uzb',
        kind: 'dossier',
        from: '1995-10',
        to: '2026-02',
        routine: false,
        label: 'dossier aze-uzb, first to last dated fact',
      },
    ],
    first: '1995-10',
    last: '2026-02',
    lastEvidence: '2024-12',
  });
  const again = await app.request('/api/dyads/Azerbaijan/Uzbekistan/level?from=2020-01&to=2024-12');
  assert.deepEqual(await again.json(), body);
  // Folded to the 10 largest by default: the listed and the folded total sum to the change.
  const ex = await get('/api/dyads/AZE/UZB/level/2022-06/explain');
  assert.equal(ex.res.status, 200);
  assert.equal(ex.body['month'], '2022-06');
  assert.equal(ex.body['contributions'].length, 10);
  const sum = ex.body['contributions'].reduce((t: number, c: { dS: number }) => t + c.dS, 0);
  assert.ok(ex.body['folded'].count > 0);
  assert.ok(Math.abs(sum + ex.body['folded'].dS - ex.body['delta']) < 1e-9);
  const all = await get('/api/dyads/AZE/UZB/level/2022-06/explain?limit=all');
  assert.equal(all.body['folded'], undefined);
  assert.equal(all.body['contributions'].length, 10 + ex.body['folded'].count);
  const three = await get('/api/dyads/AZE/UZB/level/2022-06/explain?limit=3');
  assert.equal(three.body['contributions'].length, 3);
  assert.deepEqual(three.body['contributions'], all.body['contributions'].slice(0, 3));
  assert.equal((await get('/api/dyads/AZE/UZB/level/2022-06/explain?limit=0')).res.status, 400);
  assert.equal((await get('/api/dyads/AZE/UZB/level/2022-13/explain')).res.status, 400);
  assert.equal((await get('/api/dyads/AZE/UZB/level?mode=sometimes')).res.status, 400);
});

test('every route checks its months the same way: in 1800-01 … 2100-12, from not after to', async () => {
  const cases: [string, string, string][] = [
    ['/api/dyads/AZE/UZB/events?from=2024-06&to=2020-01', 'query.from', '2024-06 is after to 2020-01'],
    ['/api/dyads/AZE/UZB/level?from=2024-06&to=2020-01', 'query.from', '2024-06 is after to 2020-01'],
    [
      '/api/dyads/AZE/UZB/level?from=1000-01&to=9999-12',
      'query.from',
      '1000-01 is outside 1800-01 … 2100-12',
    ],
    ['/api/dyads/AZE/UZB/events?from=0000', 'query.from', '0000 is outside 1800-01 … 2100-12'],
    ['/api/countries/AZE/partners?month=0000-01', 'query.month', '0000-01 is outside 1800-01 … 2100-12'],
    [
      '/api/dyads/AZE/UZB/report?format=md&asOf=0999-12',
      'query.asOf',
      '0999-12 is outside 1800-01 … 2100-12',
    ],
    ['/api/dyads/AZE/UZB/level/9999-01/explain', 'param.month', '9999-01 is outside 1800-01 … 2100-12'],
    [
      '/api/dyads/AZE/UZB/level/2022-06/explain?from=2023-01&to=2022-01',
      'query.from',
      '2023-01 is after to 2022-01',
    ],
  ];
  for (const [path, field, message] of cases) {
    const { res, body } = await get(path);
    assert.equal(res.status, 400, path);
    assert.equal(body['field'], field, path);
    assert.match(body['error'], new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), path);
  }
});

test('GET level of a pair with no fact: 200, not measurable, no series; explain the same', async () => {
  const { res, body } = await get('/api/dyads/KAZ/UZB/level');
  assert.equal(res.status, 200);
  assert.deepEqual(body, {
    dyad: ['KAZ', 'UZB'],
    method: { name: 'rls', version: 'rls-1.2.0' },
    measurable: false,
    reason: 'no source holds an event, agreement or institution of KAZ–UZB',
    coverage: { spans: [] },
    series: [],
  });
  const ex = await get('/api/dyads/KAZ/UZB/level/2020-01/explain');
  assert.equal(ex.res.status, 200);
  assert.deepEqual(ex.body, {
    month: '2020-01',
    delta: 0,
    contributions: [],
    measurable: false,
    reason: 'no source holds an event, agreement or institution of KAZ–UZB',
  });
  const partners = await get('/api/countries/KAZ/partners');
  assert.deepEqual(partners.body['partners'], []);
});

test('GET report: markdown and HTML (with a no-script CSP), 503 for PDF without Chromium', async () => {
  const md = await app.request('/api/dyads/AZE/UZB/report?format=md');
  assert.equal(md.status, 200);
  assert.match(md.headers.get('Content-Type') ?? '', /^text\/markdown/);
  assert.match(await md.text(), /Uzbekistan/);
  const html = await app.request('/api/dyads/AZE/UZB/report?format=html&download=1');
  assert.equal(html.status, 200);
  assert.equal(html.headers.get('Content-Disposition'), 'attachment; filename="AZE-UZB-report.html"');
  const csp = html.headers.get('Content-Security-Policy') ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /script-src/);
  const noPdf = createApp({
    kb: home.kb,
    token,
    now: () => NOW,
    report: async () => {
      throw new ChromiumMissingError('no chromium at /nowhere');
    },
  });
  const pdf = await noPdf.request('/api/dyads/AZE/UZB/report?format=pdf');
  assert.equal(pdf.status, 503);
  assert.match(((await pdf.json()) as { error: string }).error, /Chromium/);
  assert.equal((await app.request('/api/dyads/AZE/UZB/report?format=docx')).status, 400);
});

test('POST /api/extract finds events and stores nothing', async () => {
  const before = home.kb.counts();
  const res = await post('/api/extract', {
    text: 'On 21 June 2022, President Ilham Aliyev paid a state visit to Uzbekistan.',
  });
  assert.equal(res.status, 200);
  const body = (await res.json()) as {
    document: { id: string };
    events: { class: string; date: string; sources: { start?: number }[] }[];
  };
  assert.match(body.document.id, /^doc-[0-9a-f]{16}$/);
  assert.equal(body.events[0]?.class, 'state_visit');
  assert.equal(body.events[0]?.date, '2022-06-21');
  assert.deepEqual(home.kb.counts(), before);
  // The publication date: "today" resolves against it; an unreal day is a 400 naming the field.
  const dated = await post('/api/extract', {
    text: 'Switzerland said today it had expelled two Russian diplomats based in Geneva for spying.',
    date: '1994-05-20',
  });
  assert.equal(dated.status, 200);
  const datedBody = (await dated.json()) as { events: { date: string | null; precision: string }[] };
  assert.deepEqual(
    datedBody.events.map((e) => [e.date, e.precision]),
    [['1994-05-20', 'day']],
  );
  const undated = await post('/api/extract', {
    text: 'Iraqi President Saddam Hussein arrived in Amman on a previously unannounced visit.',
  });
  const undatedBody = (await undated.json()) as { events: { date: string | null; precision: string }[] };
  assert.deepEqual(
    undatedBody.events.map((e) => [e.date, e.precision]),
    [[null, 'unknown']],
  );
  for (const date of ['20 May 1994', '1994-02-30']) {
    const badDate = await post('/api/extract', { text: 'Some text.', date });
    assert.equal(badDate.status, 400);
    assert.equal(((await badDate.json()) as { field: string }).field, 'date');
  }
  const empty = await post('/api/extract', { text: '  ' });
  assert.equal(empty.status, 400);
  assert.equal(((await empty.json()) as { field: string }).field, 'text');
  assert.equal((await post('/api/extract', '{not json')).status, 400);
});

const EVENT = {
  id: 'api-test-1',
  date: '2023-03-01',
  class: 'meeting',
  summary: 'The foreign ministers met in Baku.',
  sources: [
    { url: 'https://mfa.gov.az/en/news/1', quote: 'The foreign ministers met in Baku on 1 March 2023.' },
  ],
};

test('writes without the token, or with a wrong one, are 401 and change nothing', async () => {
  const before = home.kb.counts();
  for (const auth of [undefined, 'Bearer nope', `Basic ${token}`]) {
    assert.equal((await post('/api/events', { dyad: ['AZE', 'UZB'], events: [EVENT] }, auth)).status, 401);
    assert.equal((await post('/api/dossiers', { id: 'x', dyad: ['AZE', 'UZB'] }, auth)).status, 401);
    assert.equal(
      (await post('/api/documents', { text: 'Aliyev visited Tashkent in 2023.' }, auth)).status,
      401,
    );
  }
  assert.deepEqual(home.kb.counts(), before);
});

test('POST /api/events stores atomically; a bad field is a 400 naming it and stores nothing', async () => {
  const auth = `Bearer ${token}`;
  const before = home.kb.counts();
  const bad = await post(
    '/api/events',
    { dyad: ['AZE', 'UZB'], events: [EVENT, { ...EVENT, id: 'api-test-2', date: '2023-02-30' }] },
    auth,
  );
  assert.equal(bad.status, 400);
  const err = (await bad.json()) as { field: string; error: string };
  assert.equal(err.field, 'events[1].date');
  assert.deepEqual(home.kb.counts(), before);
  const unknown = await post('/api/events', { dyad: ['AZE', 'Atlantis'], events: [EVENT] }, auth);
  assert.equal(unknown.status, 404);
  const level = await (await app.request('/api/dyads/AZE/UZB/level?from=2023-01&to=2023-06')).json();
  const ok = await post('/api/events', { dyad: ['Azerbaijan', 'Uzbekistan'], events: [EVENT] }, auth);
  assert.equal(ok.status, 201);
  const saved = (await ok.json()) as { ok: boolean; counts: Record<string, { added: number }> };
  assert.equal(saved.ok, true);
  assert.equal(saved.counts['events']?.added, 1);
  assert.equal(home.kb.event('api-test-1')?.summary, EVENT.summary);
  // The write invalidated the cached level.
  const after = await (await app.request('/api/dyads/AZE/UZB/level?from=2023-01&to=2023-06')).json();
  assert.notDeepEqual(after, level);
});

test('POST /api/dossiers imports a dossier; errors name the field and line', async () => {
  const auth = `Bearer ${token}`;
  const dossier = {
    id: 'api-kaz-uzb',
    dyad: ['KAZ', 'UZB'],
    events: [{ ...EVENT, id: 'api-kaz-1', summary: 'Talks in Tashkent.' }],
  };
  const ok = await post('/api/dossiers', dossier, auth);
  assert.equal(ok.status, 201);
  assert.equal(((await ok.json()) as { dossier: string }).dossier, 'api-kaz-uzb');
  assert.equal(home.kb.events(['KAZ', 'UZB']).length, 1);
  const broken = JSON.stringify({ ...dossier, events: [{ ...dossier.events[0], class: 'picnic' }] }, null, 2);
  const bad = await post('/api/dossiers', broken, auth);
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { field: string }).field, 'events[0].class');
});

test('POST /api/documents extracts and stores the document with its events', async () => {
  const text = 'On 12 May 2024, Shavkat Mirziyoyev held a telephone conversation with Ilham Aliyev.';
  const res = await post(
    '/api/documents',
    { text, url: 'https://president.uz/en/lists/view/1' },
    `Bearer ${token}`,
  );
  assert.equal(res.status, 201);
  const body = (await res.json()) as {
    document: string;
    counts: Record<string, { added: number }>;
    events: { id: string }[];
  };
  assert.match(body.document, /^doc-/);
  assert.equal(body.counts['documents']?.added, 1);
  assert.equal(body.counts['events']?.added, body.events.length);
  assert.ok(body.events.length >= 1);
  assert.equal(home.kb.document(body.document)?.text, text);
});

test('GET /api/pairs lists the pairs with records, the richest first; the brief as JSON', async () => {
  const { res, body } = await get('/api/pairs');
  assert.equal(res.status, 200);
  // Other tests of this file add events to AZE–UZB: at least the dossier's 117.
  const [first] = body['pairs'];
  assert.deepEqual(
    [first.dyad, first.names],
    [
      ['AZE', 'UZB'],
      ['Azerbaijan', 'Uzbekistan'],
    ],
  );
  assert.ok(first.events >= 117);
  assert.equal((await get('/api/pairs?limit=0')).res.status, 400);
  const brief = await get('/api/dyads/UZB/AZE/report?format=json');
  assert.equal(brief.res.status, 200);
  assert.equal(brief.res.headers.get('content-type'), 'application/json; charset=UTF-8');
  assert.deepEqual(
    brief.body['brief'].map((p: { id: string }) => p.id),
    ['standing', 'story', 'fields', 'latest', 'assessment'],
  );
  const embassy = brief.body['conflicts'][0];
  assert.equal(embassy.what, "Date of the opening of Azerbaijan's embassy in Uzbekistan");
  assert.deepEqual(
    embassy.claims.map((c: { value: string }) => c.value),
    ['August 1996', '1996', 'June 1997'],
  );
  const cited = new Set(brief.body['references'].map((r: { n: number }) => r.n));
  for (const c of embassy.claims) for (const n of c.cites) assert.ok(cited.has(n), `reference ${n} listed`);
});

test('POST /api/documents stores the records of a text like extract --save: once, then nothing more', async () => {
  // The KAZ–UZB passage of published wording (test/extract-gold/kaz-uzb-alliance-1992-2024.txt).
  const text = readFileSync(
    join(PACKAGE_ROOT, 'test', 'extract-gold', 'kaz-uzb-alliance-1992-2024.txt'),
    'utf8',
  );
  const body = { text, url: 'https://en.trend.az/casia/kazakhstan/3867856.html', language: 'en' };
  const first = await post('/api/documents', body, `Bearer ${token}`);
  assert.equal(first.status, 201);
  const saved = (await first.json()) as {
    document: string;
    counts: Record<string, { added: number; updated: number; unchanged: number }>;
    records: { agreements: { title: string }[] };
  };
  assert.deepEqual(saved.counts, {
    documents: { added: 1, updated: 0, unchanged: 0 },
    events: { added: 7, updated: 0, unchanged: 0 },
    agreements: { added: 3, updated: 0, unchanged: 0 },
    mechanisms: { added: 1, updated: 0, unchanged: 0 },
    indicators: { added: 2, updated: 0, unchanged: 0 },
  });
  assert.deepEqual(
    home.kb.agreements(['KAZ', 'UZB']).map((a) => [a.title, a.rung ?? null]),
    [
      ['Treaty of Eternal Friendship', 'FRIENDSHIP_TREATY'],
      [
        'Treaty on Allied Relations between the Republic of Kazakhstan and the Republic of Uzbekistan',
        'ALLIED_TREATY_SIGNED',
      ],
      ['Agreement on the demarcation of the Kazakh-Uzbek state border', null],
    ],
  );
  // The document as its references will cite it: the publisher is the address's.
  const doc = home.kb.document(saved.document)!;
  assert.deepEqual(
    [doc.title, doc.publisher, doc.url, doc.language],
    ['Kazakhstan and Uzbekistan: from eternal friendship to alliance', 'Trend News Agency', body.url, 'en'],
  );
  const again = (await (await post('/api/documents', body, `Bearer ${token}`)).json()) as typeof saved;
  assert.deepEqual(again.counts, {
    documents: { added: 0, updated: 0, unchanged: 1 },
    events: { added: 0, updated: 0, unchanged: 7 },
    agreements: { added: 0, updated: 0, unchanged: 3 },
    mechanisms: { added: 0, updated: 0, unchanged: 1 },
    indicators: { added: 0, updated: 0, unchanged: 2 },
  });
});

test('/openapi.json lists every path, generated from the schemas', async () => {
  const { res, body } = await get('/openapi.json');
  assert.equal(res.status, 200);
  assert.deepEqual(Object.keys(body['paths']).sort(), [
    '/api/countries',
    '/api/countries/{a}/partners',
    '/api/documents',
    '/api/dossiers',
    '/api/dyads/{a}/{b}/agreements',
    '/api/dyads/{a}/{b}/conflicts',
    '/api/dyads/{a}/{b}/events',
    '/api/dyads/{a}/{b}/indicators',
    '/api/dyads/{a}/{b}/level',
    '/api/dyads/{a}/{b}/level/{month}/explain',
    '/api/dyads/{a}/{b}/mechanisms',
    '/api/dyads/{a}/{b}/report',
    '/api/events',
    '/api/extract',
    '/api/pairs',
  ]);
  for (const name of [
    'Event',
    'Conflict',
    'Agreement',
    'Mechanism',
    'Level',
    'Explanation',
    'Partners',
    'Indicators',
  ])
    assert.ok(body['components']['schemas'][name], name);
  assert.deepEqual(body['paths']['/api/events'].post.security, [{ bearerAuth: [] }]);
});

test('the dashboard is served at / when built, with a hint when not', async () => {
  const res = await app.request('/');
  assert.equal(res.status, 404);
  assert.match(await res.text(), /not built/);
  assert.equal((await app.request('/../package.json')).status, 404);
});

test('javascript:, data: and vbscript: addresses are refused at every write path; nothing is stored', async () => {
  const auth = `Bearer ${token}`;
  const before = home.kb.counts();
  for (const bad of [
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ]) {
    const withSource = { ...EVENT, id: 'api-url-1', sources: [{ url: bad, quote: 'The ministers met.' }] };
    const cases: [string, unknown, string][] = [
      ['/api/events', { dyad: ['AZE', 'UZB'], events: [withSource] }, 'events[0].sources[0].url'],
      [
        '/api/events',
        { dyad: ['AZE', 'UZB'], documents: [{ id: 'd1', url: bad }], events: [EVENT] },
        'documents[0].url',
      ],
      [
        '/api/dossiers',
        { id: 'api-url', dyad: ['AZE', 'UZB'], events: [withSource] },
        'events[0].sources[0].url',
      ],
      ['/api/documents', { text: 'Aliyev visited Tashkent on 1 March 2023.', url: bad }, 'url'],
    ];
    for (const [path, body, field] of cases) {
      const res = await post(path, body, auth);
      assert.equal(res.status, 400, `${path} ${bad}`);
      const err = (await res.json()) as { field: string; error: string };
      assert.equal(err.field, field, `${path} ${bad}`);
      assert.match(err.error, /must be an http or https address/);
    }
  }
  assert.deepEqual(home.kb.counts(), before);
});

test('malformed percent-encodings are 400, never 500', async () => {
  for (const path of ['/%', '/%E0%A4%A', '/%c0%ae%c0%ae/package.json', '/api/dyads/%E0%A4%A/UZB/level']) {
    const res = await app.request(path);
    assert.equal(res.status, 400, path);
    assert.deepEqual(await res.json(), { error: 'malformed percent-encoding in the address' });
  }
});

test('POST /api/extract runs off the event loop, bounded in size and rate per client', async () => {
  const limited = createApp({ kb: home.kb, token, now: () => NOW, extractRate: { perMinute: 6, burst: 2 } });
  const extract = async (text: string) =>
    await limited.request('/api/extract', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text }),
    });
  // A long text is extracted on the worker while the server answers others.
  const long = 'On 22 August 2024 President Aliyev arrived in Tashkent on a state visit. '.repeat(2600);
  assert.ok(long.length < 200_000);
  const order: string[] = [];
  const slow = extract(long).then(async (r) => {
    order.push('extract');
    return r;
  });
  const quick = Promise.resolve(limited.request('/api/countries?q=AZE')).then((r) => {
    order.push('countries');
    return r;
  });
  const [s, q] = await Promise.all([slow, quick]);
  assert.equal(q.status, 200);
  assert.equal(s.status, 200);
  assert.deepEqual(order, ['countries', 'extract']);
  const found = (await s.json()) as { events: { class: string; date: string }[] };
  assert.ok(found.events.some((e) => e.class === 'state_visit' && e.date === '2024-08-22'));
  // The burst of 2 is spent by the second: the third request within the minute is refused, with when to retry.
  assert.equal((await extract('Aliyev phoned Mirziyoyev on 10 July 2023.')).status, 200);
  const third = await extract('Aliyev phoned Mirziyoyev on 10 July 2023.');
  assert.equal(third.status, 429);
  // One request every 10 s after the burst: the wait is what is left of those 10 s.
  const wait = Number(third.headers.get('Retry-After'));
  assert.ok(Number.isInteger(wait) && wait >= 1 && wait <= 10, String(wait));
  assert.deepEqual(await third.json(), {
    error: `too many requests from this address; try again in ${wait} s`,
  });
  // Size: 200,000 characters of text at most; a body over 256 kB is refused before it is read.
  const open = createApp({ kb: home.kb, token, now: () => NOW });
  const tooLong = await open.request('/api/extract', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: 'x'.repeat(200_001) }),
  });
  assert.equal(tooLong.status, 400);
  assert.equal(((await tooLong.json()) as { field: string }).field, 'text');
  const tooBig = await open.request('/api/extract', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: 'y'.repeat(300_000) }),
  });
  assert.equal(tooBig.status, 413);
});
