/**
 * The poster (src/graph/poster.ts, written into index.html by the build): on the built app,
 * before any of the app's script has arrived the reader already sees the bundled graph, with
 * its labels in the reader's language; the inline start script runs under the page's CSP (its
 * hash is in the policy); the dataset and fonts it preloads are the ones the app then uses
 * (one request each); the live graph takes the poster's place once drawn; and a page that
 * shows another graph never shows this one's picture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { launchBrowser, READY_TIMEOUT_MS, saveScreenshot, waitForGraphReady } from './browser';
import { recordViolations, violations } from './csp';
import { removeSnapshot, snapshotDist } from './dist-snapshot';
import { startStaticServer, type StaticServer } from './server';

let browser: Browser;
let DIST: string;
let app: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  DIST = await snapshotDist('poster');
  app = await startStaticServer({ root: DIST });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await removeSnapshot(DIST);
});

/**
 * Holds the app's entry script until `release()`: the page as it is before the JS arrives.
 * (DOMContentLoaded waits for module scripts: wait for `parsed` instead.)
 */
async function holdEntryScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The whole page is parsed; deferred (module) scripts have not run. */
async function parsed(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState !== 'loading', null, {
    timeout: READY_TIMEOUT_MS,
  });
}

async function visibleLabels(page: Page, lang: 'ar' | 'en'): Promise<string[]> {
  return page.$$eval(`#relgraph-poster .poster-${lang} text`, (texts) =>
    texts.filter((text) => text.getClientRects().length > 0).map((text) => text.textContent ?? ''),
  );
}

describe('the poster', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`shows the graph in ${lang} before the app's script arrives, then gives way to it`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(recordViolations);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const release = await holdEntryScript(page);
      await page.goto(`${app.url}?lang=${lang}`, { waitUntil: 'commit' });
      await parsed(page);
      // Before any module ran: the start script set the language, the poster is on screen.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(
        lang === 'ar' ? 'rtl' : 'ltr',
      );
      const box = await page.locator('#relgraph-poster svg').boundingBox();
      expect(box?.width).toBeGreaterThan(600);
      const labels = await visibleLabels(page, lang);
      expect(labels.length).toBe(50);
      expect(labels.join(' ')).toContain(lang === 'ar' ? 'أذربيجان' : 'Azerbaijan');
      expect(await visibleLabels(page, lang === 'ar' ? 'en' : 'ar')).toEqual([]);
      await saveScreenshot(page, `poster-before-script-${lang}`);

      release();
      await waitForGraphReady(page, READY_TIMEOUT_MS);
      await page.waitForSelector('#relgraph-poster', { state: 'detached', timeout: 5000 });
      expect(await page.locator('[data-testid=graph] canvas').count()).toBeGreaterThan(0);
      // Preloaded once and used: one request for the dataset and for each font.
      const dataset = requests.filter((url) => /azerbaijan-gaza-[\w-]+\.json$/.test(url));
      expect(dataset).toHaveLength(1);
      // The faces the page's graph needs are preloaded: an English page's are the Latin ones
      // (its labels are Latin), an Arabic page's all four (an Arabic name has "SOCAR" in it).
      const preloaded = await page.$$eval('link[rel=preload][as=font]', (links) =>
        links.map((link) => link.getAttribute('href') ?? ''),
      );
      expect(preloaded.filter((href) => /-arabic-/.test(href))).toHaveLength(lang === 'ar' ? 2 : 0);
      expect(preloaded.filter((href) => /-latin-/.test(href))).toHaveLength(2);
      // The others follow once the page is idle; none is asked for twice.
      await page.waitForFunction(
        () =>
          performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2'))
            .length >= 4,
        null,
        { timeout: 10_000 },
      );
      const fonts = requests.filter((url) => url.endsWith('.woff2'));
      expect(new Set(fonts).size).toBe(fonts.length);
      expect(await violations(page)).toEqual([]);
      // Chromium warns of a preload that was never used, or used with other credentials.
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('lies over the graph area while the dataset loads', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/azerbaijan-gaza-[\w-]+\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${app.url}?lang=ar`);
    await page.waitForSelector('.poster-slot');
    const slot = await page.locator('.poster-slot').boundingBox();
    const poster = await page.locator('#relgraph-poster').boundingBox();
    expect(poster).not.toBeNull();
    expect(Math.abs(poster!.y - slot!.y)).toBeLessThan(1);
    expect(Math.abs(poster!.height - slot!.height)).toBeLessThan(1);
    // The top bar stays readable above it.
    const bar = await page.locator('.topbar').boundingBox();
    expect(poster!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
    await saveScreenshot(page, 'poster-loading-phone-ar');
    release();
    await waitForGraphReady(page, READY_TIMEOUT_MS);
    await page.waitForSelector('#relgraph-poster', { state: 'detached', timeout: 5000 });
    await context.close();
  });

  it('without script, shows the graph under the line that says it needs JavaScript', async () => {
    const context = await browser.newContext({
      viewport: { width: 1000, height: 700 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${app.url}?lang=ar`);
    // The <noscript> line is the page's first line; the poster starts below it.
    expect(await page.content()).toContain('This explorer needs JavaScript');
    const poster = await page.locator('#relgraph-poster').boundingBox();
    expect(poster).not.toBeNull();
    expect(poster!.y).toBeGreaterThanOrEqual(40);
    expect(poster!.height).toBeGreaterThan(400);
    await context.close();
  });

  it('never shows for another graph, nor over an error', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    const release = await holdEntryScript(page);
    await page.goto(`${app.url}?lang=en&graph=missing.json`, { waitUntil: 'commit' });
    await parsed(page);
    expect(await page.locator('#relgraph-poster').count()).toBe(1);
    expect(await page.locator('#relgraph-poster').isVisible()).toBe(false);
    release();
    await page.waitForSelector('[data-testid=load-errors], .load-errors', {
      timeout: READY_TIMEOUT_MS,
    });
    expect(await page.locator('#relgraph-poster').count()).toBe(0);
    await context.close();
  });

  it('has the labels measured again when a switch to Arabic comes before its faces', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The face of the Arabic names (600), still on its way when the reader switches.
    await page.route(/-arabic-600-normal-[\w-]+\.woff2$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${app.url}?lang=en`);
    await waitForGraphReady(page, READY_TIMEOUT_MS);
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    const classes = () => page.evaluate(() => window.__relgraph?.classes('azerbaijan') ?? []);
    expect(await page.evaluate(() => window.__relgraph?.label('azerbaijan'))).toBe('أذربيجان');
    expect(await classes()).not.toContain('fonts-arrived');
    release();
    await page.waitForFunction(
      () => window.__relgraph?.classes('azerbaijan').includes('fonts-arrived'),
      null,
      { timeout: 10_000 },
    );
    expect(
      await page.evaluate(() => document.fonts.check('600 13px "Relgraph Sans"', 'أذربيجان')),
    ).toBe(true);
    await context.close();
  });
});
