/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The dashboard end to end, in headless Debian Chromium against a real server on 127.0.0.1 (an
 * ephemeral port, a temporary home). Skips only when /usr/bin/chromium is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApp } from '../../src/api/app.ts';
import { listen, type RunningServer } from '../../src/api/server.ts';
import { ensureToken } from '../../src/api/token.ts';
import { WEB_DIR } from '../../src/api/web-dir.ts';
import { LEVEL_PARAMS } from '../../src/core/level/params.ts';
import { type Home, openHome } from '../../src/store/home.ts';
import { Reference } from '../../src/store/reference/reference.ts';
import { referencePort } from '../../src/store/reference/reference-port.ts';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is not installed`;
const SEED = readFileSync(new URL('../extract-gold/seed-aze-uzb.txt', import.meta.url), 'utf8');
const IMG = '<img src=x onerror=alert(1)>';
const FLAG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '</script><script>alert(2)</script>';

let dir: string;
let home: Home;
let token: string;
let server: RunningServer;
let browser: Browser;
let reference: Reference;

/** True when dist/web is missing or older than a file of web/ (the dashboard's sources). */
function staleDashboard(): boolean {
  const built = join(WEB_DIR, 'index.html');
  if (!existsSync(built)) return true;
  const web = new URL('../../web/', import.meta.url).pathname;
  const newest = (d: string): number =>
    Math.max(
      0,
      ...readdirSync(d, { withFileTypes: true }).map((f) =>
        f.isDirectory() ? newest(join(d, f.name)) : statSync(join(d, f.name)).mtimeMs,
      ),
    );
  return (
    Math.max(newest(join(web, 'src')), statSync(join(web, 'index.html')).mtimeMs) > statSync(built).mtimeMs
  );
}

before(async () => {
  if (skip) return;
  if (staleDashboard()) {
    const { build } = await import('vite');
    await build({ configFile: new URL('../../web/vite.config.ts', import.meta.url).pathname });
  }
  dir = mkdtempSync(join(tmpdir(), 'bilateral-e2e-'));
  home = openHome(dir, new Date('2025-06-15T12:00:00Z'));
  token = ensureToken(dir);
  reference = await Reference.open(dir);
  const app = createApp({
    kb: home.kb,
    reference: referencePort(reference, LEVEL_PARAMS),
    indicators: reference,
    token,
    now: () => new Date('2025-06-15T12:00:00Z'),
    webDir: WEB_DIR,
  });
  server = await listen(app, { host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await server?.close();
  reference?.close();
  home?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page that records dialogs, page errors and CSP violations. */
async function newPage(): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  return { page, dialogs, errors };
}

async function openPair(page: Page): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.fill('#country-a', 'Azerbaijan');
  await page.fill('#country-b', 'Oʻzbekiston');
  await page.click('#pair-form button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('#level-chart svg path').length > 10, null, {
    timeout: 15000,
  });
  await page.waitForFunction(() => document.querySelectorAll('#timeline .vis-item .ev').length >= 60, null, {
    timeout: 15000,
  });
}

test('the dashboard shows a pair: level chart, timeline, explanation, report, extraction', {
  skip,
}, async () => {
  const { page, dialogs, errors } = await newPage();
  await openPair(page);
  assert.equal(await page.inputValue('#country-b'), 'Uzbekistan');
  const items = await page.locator('#timeline .vis-item .ev').count();
  assert.ok(items >= 60, `${items} timeline items`);
  assert.match((await page.textContent('#timeline-count')) ?? '', /\(\d+ events\)/);
  assert.ok((await page.locator('#agreements tr').count()) > 10);
  assert.ok((await page.locator('#partners-list li').count()) >= 1);
  assert.ok((await page.locator('#world-map svg path').count()) > 100, 'the world map is drawn');

  // A click on the plot explains the month under it; the contributions add up to the change.
  const box = (await page.locator('#level-chart').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.4);
  await page.waitForSelector('#explain-list li', { timeout: 10000 });
  const { sum, delta, listed, shown } = await page.evaluate(() => {
    const node = document.getElementById('explain-sum')!;
    const parts = [...document.querySelectorAll<HTMLElement>('#explain-list li, #explain-rest li')].map(
      (li) => Number(li.dataset['ds']),
    );
    return {
      sum: Number(node.dataset['sum']),
      delta: Number(node.dataset['delta']),
      listed: parts.reduce((t, x) => t + x, 0),
      shown: document.querySelectorAll('#explain-list li').length,
    };
  });
  assert.ok(Math.abs(sum - delta) < 1e-9, `sum ${sum} vs change ${delta}`);
  assert.ok(Math.abs(listed - delta) < 1e-9);
  assert.ok(shown <= 5, `${shown} contributions before the fold`);
  assert.match(
    (await page.textContent('#explain-sum')) ?? '',
    /^The level moved [+−]\d+\.\d{3}; the contributions below add up to [+−]\d+\.\d{3}\.$/,
  );

  // The filters reload the timeline from the API.
  await page.selectOption('#filter-class', 'state_visit');
  await page.waitForFunction(() => {
    const n = document.querySelectorAll('#timeline .vis-item .ev').length;
    return n > 0 && n < 30;
  });
  await page.selectOption('#filter-class', '');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report-html')]);
  assert.equal(download.suggestedFilename(), 'AZE-UZB-report.html');
  const html = readFileSync((await download.path())!, 'utf8');
  assert.match(html, /<html/i);
  assert.match(html, /Uzbekistan/);

  await page.fill('#extract-text', SEED);
  await page.click('#extract-run');
  await page.waitForSelector('#extract-events li', { timeout: 20000 });
  const found = await page.locator('#extract-events li').count();
  assert.ok(found >= 5, `${found} events found in the seed page`);
  assert.ok((await page.locator('#extract-evidence mark').count()) >= 5);
  assert.match((await page.textContent('#extract-status')) ?? '', /^\d+ events found\.$/);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a pair with no fact is not measurable: the dashboard says so and draws no level', {
  skip,
}, async () => {
  const { page, errors } = await newPage();
  await openPair(page);
  // Kiribati and Liechtenstein: the reference data holds only COW's "no representation" for them.
  await page.fill('#country-a', 'Kiribati');
  await page.fill('#country-b', 'Liechtenstein');
  await page.click('#pair-form button[type=submit]');
  await page.waitForFunction(() =>
    document.getElementById('level-summary')?.textContent?.startsWith('Not measurable'),
  );
  assert.equal(
    await page.textContent('#level-summary'),
    'Not measurable: no source holds an event, agreement or institution of KIR–LIE. No number is given without evidence.',
  );
  assert.equal(await page.locator('#level-chart svg path').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('any pair: the United States with Britain, 150 partners on the map, the structural record beside the level', {
  skip,
}, async () => {
  const { page, errors } = await newPage();
  await page.goto(`${server.url}/?a=USA&b=GBR`);
  await page.waitForFunction(() => document.querySelectorAll('#level-chart svg path').length > 10, null, {
    timeout: 20000,
  });
  assert.match((await page.textContent('#level-summary')) ?? '', /friendly/);
  await page.waitForFunction(() => document.querySelectorAll('#world-map svg path').length > 100, null, {
    timeout: 20000,
  });
  // The 25 closest partners are listed; the map colours all of them.
  assert.equal(await page.locator('#partners-list li button').count(), 25);
  const more = Number(
    /^and (\d+) more on the map$/.exec((await page.textContent('#partners-list li:last-child')) ?? '')?.[1],
  );
  assert.ok(more >= 125, `${more} more partners on the map`);
  assert.equal(await page.locator('#indicators-section').isVisible(), true);
  await page.waitForFunction(() => document.querySelectorAll('#un-chart svg path').length > 2, null, {
    timeout: 20000,
  });
  assert.ok((await page.locator('#trade-chart svg path').count()) > 2);
  assert.match((await page.textContent('#indicators-facts')) ?? '', /Shared IGO memberships: \d+ in 2014\./);
  assert.deepEqual(errors, []);
  await page.close();
});

test('hostile text is shown as text in the dashboard and the HTML report; writes need the token', {
  skip,
}, async () => {
  const event = {
    id: 'hostile-1',
    date: '2021-05-05',
    class: 'meeting',
    summary: `Talks ${IMG} ${FLAG} ${SCRIPT}`,
    sources: [{ url: 'https://example.org/hostile', quote: `Quote ${IMG} ${SCRIPT} ${FLAG}` }],
  };
  const body = JSON.stringify({ dyad: ['AZE', 'UZB'], events: [event] });
  const before = home.kb.counts();
  for (const auth of [undefined, 'Bearer wrong-token']) {
    const res = await fetch(`${server.url}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
      body,
    });
    assert.equal(res.status, 401);
  }
  assert.deepEqual(home.kb.counts(), before);
  const ok = await fetch(`${server.url}/api/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body,
  });
  assert.equal(ok.status, 201);

  const { page, dialogs, errors } = await newPage();
  await openPair(page);
  // Fewer rows of stacked items, so the hostile one is in view to be clicked.
  await page.selectOption('#filter-class', 'meeting');
  await page.waitForFunction(() => document.querySelectorAll('#timeline .ev').length < 40);
  const item = page.locator('#timeline .ev[data-id="hostile-1"]');
  assert.equal(await item.count(), 1);
  assert.equal(await item.textContent(), `meeting: Talks ${IMG} ${FLAG} ${SCRIPT}`);
  await item.click();
  await page.waitForSelector('#event-detail blockquote');
  assert.equal(await page.textContent('#event-detail h3'), `Talks ${IMG} ${FLAG} ${SCRIPT}`);
  assert.equal(await page.textContent('#event-detail blockquote'), `Quote ${IMG} ${SCRIPT} ${FLAG}`);
  const dom = await page.evaluate(() => ({
    imgs: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert')).length,
    flag: (window as unknown as { __xss?: number }).__xss ?? null,
  }));
  assert.deepEqual(dom, { imgs: 0, scripts: 0, flag: null });

  await page.goto(`${server.url}/api/dyads/AZE/UZB/report?format=html`);
  const text = (await page.textContent('body')) ?? '';
  assert.ok(text.includes(IMG), 'the report shows the summary as text');
  const report = await page.evaluate(() => ({
    imgs: document.querySelectorAll('img[src="x"]').length,
    scripts: document.scripts.length,
    flag: (window as unknown as { __xss?: number }).__xss ?? null,
  }));
  assert.deepEqual(report, { imgs: 0, scripts: 0, flag: null });
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** The boxes of the blocks a visitor sees, by selector (only those shown). */
async function boxes(page: Page, selectors: readonly string[]) {
  return page.evaluate((list) => {
    const out: { sel: string; top: number; bottom: number; left: number; right: number }[] = [];
    for (const sel of list) {
      const node = document.querySelector(sel);
      if (!node || (node as HTMLElement).offsetParent === null) continue;
      const r = node.getBoundingClientRect();
      if (r.width > 0 && r.height > 0)
        out.push({ sel, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right });
    }
    return out;
  }, selectors);
}

const BLOCKS = [
  'header.top .brand',
  '#pair-form',
  '#level-title',
  '#level-summary',
  '#level-chart',
  '#level-legend',
  '#pair-summary',
  '#report-links',
  '.pairs',
  '#partners-title',
  '#world-map',
  '#map-legend',
  '#partners-list',
  '#brief',
  '#timeline',
  '#agreements',
  '#conflicts',
] as const;

for (const [width, height] of [
  [1366, 768],
  [390, 844],
] as const)
  test(`a first visitor at ${width}×${height}: the level chart and the summary in the first screen, links and map before the agreements, no overlap`, {
    skip,
  }, async () => {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.querySelectorAll('#world-map svg path').length > 100, null, {
      timeout: 20000,
    });
    await page.waitForFunction(() => document.querySelectorAll('#agreements tr').length > 10);
    // AZE–UZB opens by default, with a one-line description of what Bilateral does.
    assert.equal(await page.textContent('#level-title'), 'Azerbaijan – Uzbekistan');
    assert.match(
      (await page.textContent('.tagline')) ?? '',
      /^The level of relations between any two countries/,
    );
    assert.match((await page.textContent('#pairs-list')) ?? '', /Azerbaijan – Uzbekistan \d+ events/);
    const shot = await page.screenshot({ path: join(dir, `first-${width}.png`) });
    assert.equal(shot.subarray(1, 4).toString(), 'PNG');
    assert.equal(shot.readUInt32BE(16), width);
    const all = await boxes(page, BLOCKS);
    const at = (sel: string) => all.find((b) => b.sel === sel)!;
    // The first screen: the chart whole, the summary begun (at 1366 whole).
    assert.ok(at('#level-chart').bottom <= height, `chart ends at ${at('#level-chart').bottom}`);
    assert.ok((await page.locator('#level-chart svg path').count()) > 10);
    assert.ok(at('#pair-summary').top < height, `summary starts at ${at('#pair-summary').top}`);
    if (width > 1000) assert.ok(at('#pair-summary').bottom <= height);
    assert.match(
      (await page.textContent('#pair-summary')) ?? '',
      /^Where they stand\. The highest tie in force between Azerbaijan and Uzbekistan is their alliance/,
    );
    // The legend names milestones, coverage and the projected (dashed) months.
    assert.deepEqual(
      (await page.locator('#level-legend li').allTextContents()).map((t) => t.trim()),
      [
        'level, months with evidence',
        'projected: no source covers the month',
        '90% band',
        'milestone of the ladder',
        'months the sources cover (October 1995 to June 2025)',
      ],
    );
    // Report downloads and the map come before the agreements.
    for (const sel of ['#report-links', '#world-map'])
      assert.ok(at(sel).bottom < at('#agreements').top, `${sel} before the agreements`);
    // No two blocks overlap.
    for (const [i, x] of all.entries())
      for (const y of all.slice(i + 1)) {
        const overlap =
          Math.min(x.right, y.right) - Math.max(x.left, y.left) > 1 &&
          Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top) > 1;
        assert.ok(!overlap, `${x.sel} overlaps ${y.sel}: ${JSON.stringify([x, y])}`);
      }
    await page.screenshot({ path: join(dir, `full-${width}.png`), fullPage: true });
    assert.equal(all.length, BLOCKS.length, `shown: ${all.map((b) => b.sel).join(' ')}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

test('a typo gets the suggestions the CLI gives; disagreements read one line per fact', {
  skip,
}, async () => {
  const { page, errors } = await newPage();
  await openPair(page);
  const first = (await page.locator('#conflicts > li').first().textContent()) ?? '';
  assert.match(
    first,
    /^Date of the opening of Azerbaijan's embassy in Uzbekistan: August 1996\[[\d, –]+\]; 1996\[[\d, –]+\]; June 1997\[[\d, –]+\]$/,
  );
  const all = (await page.textContent('#conflicts')) ?? '';
  assert.doesNotMatch(all, /event:|agreement:|mechanism:|_/);
  assert.equal(await page.locator('#conflicts blockquote').count(), 0);
  assert.ok((await page.locator('#references li').count()) > 10);
  await page.fill('#country-b', 'Uzbekstan');
  await page.click('#pair-form button[type=submit]');
  await page.waitForSelector('#suggestions button');
  assert.equal(await page.textContent('#status'), 'No country matches “Uzbekstan”.');
  assert.equal(await page.textContent('#suggestions'), 'Did you mean Uzbekistan or Kazakhstan?');
  await page.click('#suggestions button[data-iso3="UZB"]');
  await page.waitForFunction(() => document.getElementById('suggestions')?.hidden === true);
  assert.equal(await page.inputValue('#country-b'), 'Uzbekistan');
  assert.equal(await page.textContent('#level-title'), 'Azerbaijan – Uzbekistan');
  assert.deepEqual(errors, []);
  await page.close();
});
