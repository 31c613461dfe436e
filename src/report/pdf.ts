/** The report as PDF: its HTML printed by Chromium on A4, with page numbers. */
import { existsSync } from 'node:fs';

/** Where Debian's `chromium` package puts the browser. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** How to get what PDF output needs. */
export const CHROMIUM_INSTALL_HINT = 'install Chromium with: apt-get install -y chromium';

/** Chromium (or playwright-core) is not there or does not start: PDF output is impossible here. */
export class ChromiumMissingError extends Error {
  constructor(
    message: string,
    readonly hint = CHROMIUM_INSTALL_HINT,
  ) {
    super(message);
    this.name = 'ChromiumMissingError';
  }
}

export type PdfOptions = {
  /** The browser to run (default {@link DEFAULT_CHROMIUM}). */
  executablePath?: string;
  /** Text at the left of every page's footer (escaped here). */
  footerText?: string;
};

const escapeFooter = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Prints a self-contained HTML page to an A4 PDF. Every request the page might make is refused, so
 * printing reads nothing from outside.
 *
 * @throws ChromiumMissingError when the browser is absent or will not launch.
 */
export async function renderPdf(html: string, opts: PdfOptions = {}): Promise<Buffer> {
  const executablePath = opts.executablePath ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath))
    throw new ChromiumMissingError(`Chromium is not installed (${executablePath})`);
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    throw new ChromiumMissingError(`playwright-core cannot be loaded: ${(err as Error).message}`);
  }
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
  } catch (err) {
    throw new ChromiumMissingError(`Chromium does not start: ${(err as Error).message.split('\n')[0]}`);
  }
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const footer = opts.footerText ? escapeFooter(opts.footerText) : '';
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="width:100%;font:8px Helvetica,Arial,sans-serif;color:#666;padding:0 16mm;display:flex;justify-content:space-between"><span>${footer}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      margin: { top: '16mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
  } finally {
    await browser.close();
  }
}
