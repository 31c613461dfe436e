import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [file, x, y, w, h, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const b64 = readFileSync(file!).toString('base64');
await page.setContent(`<body style="margin:0"><div style="width:${w}px;height:${h}px;background:url(data:image/png;base64,${b64}) -${x}px -${y}px no-repeat"></div></body>`);
await page.screenshot({ path: out! });
await browser.close();
