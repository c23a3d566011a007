/**
 * What every browser test repeats: the app on a real port with the built web UI, Debian's Chromium, pages in
 * Vietnamese, logging in through the form, the axe-core accessibility check, waits on text and rows, the 375 px
 * check and screenshots. Needs dist/web (npm run build) and /usr/bin/chromium (CHROMIUM_PATH to change it).
 * KT_E2E_SCREENSHOTS=<dir> saves screenshots.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Config } from '../../src/core/config.js';
import { startTestApp, type TestApp } from './app.js';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
export const webDir = path.resolve('dist/web');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const shotsDir = process.env.KT_E2E_SCREENSHOTS;

export const desktop = { width: 1366, height: 900 };
export const phone = { width: 375, height: 740 };

/** Someone who logs in through the form. */
export interface Credentials {
  email: string;
  password: string;
}

export interface BrowserSession {
  t: TestApp;
  /** http://127.0.0.1:<port> */
  base: string;
  browser: Browser;
  /** Script errors in the session's pages ("<url>: <message>"), for a failing step to explain itself. */
  pageErrors: string[];
  /** A page in a new context: Vietnamese, CSP bypassed (axe is injected as a script tag), 10 s timeouts. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** A new page logged in through the login form, on the home page with the logout button shown. */
  loggedIn(account: Credentials, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The app listening on a free port with the built web UI, and Chromium. Missing prerequisites fail loudly rather
 * than skip: `npm test` builds the UI, CI installs Chromium. Call from before(); close() from after().
 */
export async function startBrowserSession(overrides: Partial<Config> = {}): Promise<BrowserSession> {
  assert.ok(fs.existsSync(path.join(webDir, 'index.html')), 'dist/web is not built: run npm run build');
  assert.ok(fs.existsSync(chromiumPath), `no Chromium at ${chromiumPath}: apt-get install chromium`);
  const t = await startTestApp({ webDir, ...overrides });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs });
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function newPage(viewport = desktop): Promise<Page> {
    // axe is injected as a script tag, which the app's Content-Security-Policy would block.
    const context = await browser.newContext({ viewport, bypassCSP: true, locale: 'vi-VN' });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  return {
    t,
    base,
    browser,
    pageErrors,
    newPage,
    async loggedIn(account, viewport = desktop) {
      const page = await newPage(viewport);
      await logIn(page, base, account);
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await t.close();
    },
  };
}

/** Logs in through the login form; waits for the home page and the logout button. */
export async function logIn(page: Page, base: string, account: Credentials): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Thư điện tử').fill(account.email);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${base}/`);
  await page.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** Runs axe-core on the page as it is now and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    interface AxeResult {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: unknown[] }[];
    }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeResult[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `${label}: axe found serious/critical violations:\n${JSON.stringify(serious, null, 2)}`);
}

/**
 * The element's text once it matches: its textContent, or with `rendered` its innerText (as laid out: table
 * cells apart, hidden parts left out). A timeout says what the element read instead.
 */
export async function waitForText(page: Page, selector: string, pattern: RegExp, options: { rendered?: boolean } = {}): Promise<string> {
  const rendered = options.rendered ?? false;
  try {
    const handle = await page.waitForFunction(
      ({ selector, source, flags, rendered }) => {
        const element = document.querySelector(selector) as HTMLElement | null;
        const text = (rendered ? element?.innerText : element?.textContent) ?? '';
        return new RegExp(source, flags).test(text) ? text : false;
      },
      { selector, source: pattern.source, flags: pattern.flags, rendered },
      { timeout: 10_000 },
    );
    return (await handle.jsonValue()) as string;
  } catch (err) {
    const text = await page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '(no such element)', selector).catch(() => '(page gone)');
    throw new Error(`${selector} never matched ${pattern}; it reads:\n${text}\n${(err as Error).message}`);
  }
}

/** waitForText on the text as laid out (innerText). */
export function waitForRenderedText(page: Page, selector: string, pattern: RegExp): Promise<string> {
  return waitForText(page, selector, pattern, { rendered: true });
}

/** Waits until a table's body rows start with exactly these texts, in this order (a count alone may be the last filter's). */
export async function waitForRows(page: Page, table: string, starts: string[]): Promise<void> {
  try {
    await page.waitForFunction(
      ({ table, expected }) => {
        const shown = [...document.querySelectorAll(`${table} tbody tr`)].map((row) => (row.textContent ?? '').trim());
        return shown.length === expected.length && expected.every((text, i) => shown[i]?.startsWith(text));
      },
      { table, expected: starts },
      { timeout: 10_000 },
    );
  } catch (err) {
    const shown = await page.locator(`${table} tbody tr`).allInnerTexts().catch(() => []);
    throw new Error(`${table} never showed ${JSON.stringify(starts)}; it shows:\n${shown.join('\n')}\n${(err as Error).message}`);
  }
}

/** The whole page, in slices one screen high so each can be read at full size (only with KT_E2E_SCREENSHOTS). */
export async function shot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  const { width, height } = page.viewportSize() ?? desktop;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, n = 1; y < total; y += height, n++) {
    await page.screenshot({ path: path.join(shotsDir, `${name}-${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(height, total - y) } });
  }
}

/** Opens each page (address, heading of its h1) and fails on sideways scrolling; meant for a page at 375 px. */
export async function expectNoSidewaysScrolling(page: Page, base: string, pages: [string, RegExp][]): Promise<void> {
  for (const [url, heading] of pages) {
    await page.goto(`${base}${url}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${url}: no sideways scrolling at 375 px (overflow ${overflow}px)`);
    await shot(page, `mobile${url.replace(/[/?=]/g, '-')}`);
  }
}

/** Wraps a step so it also fails on any script error in the pages; a failure carries the errors seen. */
export function failOnPageErrors(pageErrors: () => string[], fn: () => Promise<void>): () => Promise<void> {
  return async () => {
    const errors = pageErrors();
    const seen = errors.length;
    try {
      await fn();
    } catch (err) {
      if (errors.length > 0 && err instanceof Error) err.message += `\npage errors: ${JSON.stringify(errors)}`;
      throw err;
    }
    assert.deepEqual(errors.slice(seen), [], 'no script errors in the pages');
  };
}
