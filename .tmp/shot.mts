import { chromium } from 'playwright-core';
import { createApp } from '/work/wt16/src/api/app.ts';
import { listen } from '/work/wt16/src/api/server.ts';
import { WEB_DIR } from '/work/wt16/src/api/web-dir.ts';
import { LEVEL_PARAMS } from '/work/wt16/src/core/level/params.ts';
import { openHome } from '/work/wt16/src/store/home.ts';
import { Reference } from '/work/wt16/src/store/reference/reference.ts';
import { referencePort } from '/work/wt16/src/store/reference/reference-port.ts';
const dir = '/tmp/w16/home';
const home = openHome(dir, new Date('2026-11-27T12:00:00Z'));
const reference = await Reference.open(dir);
const app = createApp({ kb: home.kb, reference: referencePort(reference, LEVEL_PARAMS), indicators: reference, token: 'x', now: () => new Date('2026-11-27T12:00:00Z'), webDir: WEB_DIR });
const server = await listen(app, { host: '127.0.0.1', port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
for (const [w, h] of [[1366, 768], [390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => document.querySelectorAll('#world-map svg path').length > 100, null, { timeout: 20000 });
  await page.screenshot({ path: `/tmp/w16/shot-${w}.png` });
  await page.screenshot({ path: `/tmp/w16/full-${w}.png`, fullPage: true });
  console.log(w, await page.evaluate(() => ['overview', 'level-chart', 'pair-summary', 'report-links', 'world-map', 'records-section'].map((id) => { const r = document.getElementById(id)!.getBoundingClientRect(); return `${id}: ${Math.round(r.top)}-${Math.round(r.bottom)} x ${Math.round(r.left)}-${Math.round(r.right)}`; })));
}
await browser.close(); await server.close(); reference.close(); home.close();
