/**
 * Embedding, on the built app: the example host page drives a frame through the postMessage API
 * and reads its events; a host whose origin is not allowlisted (or a sibling frame) is ignored;
 * embed mode from 320 px to desktop with its chrome switches; the Share dialog; the app served
 * from a deep sub-path. Every page and frame records CSP violations, and there must be none.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { GraphProbe } from '../../src/graph/debug';
import {
  absenceWindow,
  launchBrowser,
  nextPaint,
  READY_TIMEOUT_MS,
  saveScreenshot,
} from './browser';
import { recordViolations, violations } from './csp';
import { removeSnapshot, snapshotDist } from './dist-snapshot';
import { startStaticServer, type StaticServer } from './server';

let browser: Browser;
/** A private copy of dist/ (see snapshotDist) and the server of it. */
let DIST: string;
let app: StaticServer;
let baseUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  DIST = await snapshotDist('embed');
  app = await startStaticServer({ root: DIST });
  baseUrl = app.url;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await removeSnapshot(DIST);
});

// ---------- a session that records CSP violations in every frame ----------

interface Session {
  context: BrowserContext;
  page: Page;
  /** Page errors, console errors and dialogs, from the page and all its frames. */
  errors: string[];
  close(): Promise<void>;
}

function isNoise(text: string, url: string): boolean {
  return /\/favicon\.ico$/.test(url) && text.startsWith('Failed to load resource');
}

async function openSession(
  url: string,
  options: { viewport?: { width: number; height: number }; permissions?: string[] } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'en-US',
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(15_000);
  if (options.permissions) await context.grantPermissions(options.permissions);
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location().url;
    if (!isNoise(message.text(), location)) errors.push(`console: ${message.text()} (${location})`);
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, errors, close: () => context.close() };
}

/** CSP violations recorded in the page and every frame it holds. */
async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
}

function waitReady(target: Page | Frame): Promise<unknown> {
  return target.waitForFunction(
    () => performance.getEntriesByName('graph:ready').length > 0,
    undefined,
    { timeout: READY_TIMEOUT_MS },
  );
}

function selectionOf(target: Page | Frame): Promise<string | null> {
  return target.evaluate(() => {
    const hash = new URLSearchParams(location.hash.slice(1));
    return hash.get('node') ?? hash.get('edge');
  });
}

async function expectClean(session: Session) {
  expect(await violations(session.page)).toEqual([]);
  expect(session.errors).toEqual([]);
}

// ---------- the example host page ----------

describe('the example host page (public/examples/embed.html)', () => {
  it('loads an English and an Arabic view, drives one through the API and logs its events', async () => {
    const session = await openSession(`${baseUrl}examples/embed.html`);
    const { page } = session;
    try {
      const en = await frameOf(page, '#frame-en');
      const ar = await frameOf(page, '#frame-ar');
      await Promise.all([waitReady(en), waitReady(ar)]);
      expect(await en.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await ar.evaluate(() => document.documentElement.dir)).toBe('rtl');
      // Both frames told the host they are ready, with the dataset id and version.
      await page.locator('#log li[data-type="ready"][data-frame="en"]').waitFor();
      await page.locator('#log li[data-type="ready"][data-frame="ar"]').waitFor();
      expect(await page.locator('#log li[data-type="ready"]').first().innerText()).toContain(
        '"id":"azerbaijan-gaza","version":1',
      );

      // select → the frame selects and answers selectionChanged.
      await page.getByRole('button', { name: 'Select Azerbaijan' }).click();
      await en.locator('[data-testid="details"][data-selection="node:azerbaijan"]').waitFor();
      await page
        .locator('#log li[data-type="selectionChanged"][data-frame="en"]', {
          hasText: 'azerbaijan',
        })
        .waitFor();
      expect(await selectionOf(en)).toBe('azerbaijan');
      expect(await selectionOf(ar)).toBeNull();

      await page.getByRole('button', { name: 'Select Israel' }).click();
      await en.locator('[data-testid="details"][data-selection="node:israel"]').waitFor();
      await page
        .locator('#log li[data-type="selectionChanged"]', { hasText: '"id":"israel"' })
        .waitFor();

      // setLanguage → the frame turns Arabic and answers languageChanged.
      await page.getByRole('button', { name: 'Switch language' }).click();
      await en.waitForFunction(() => document.documentElement.lang === 'ar');
      expect(await en.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await page
        .locator('#log li[data-type="languageChanged"][data-frame="en"]', { hasText: '"ar"' })
        .waitFor();

      // fit, and an unknown id → an error event, the selection unchanged.
      await page.getByRole('button', { name: 'Fit' }).click();
      await page.getByRole('button', { name: 'Select an unknown id' }).click();
      await page
        .locator('#log li[data-type="error"][data-frame="en"]', { hasText: 'unknownId' })
        .waitFor();
      expect(await selectionOf(en)).toBe('israel');

      // A click inside the frame reaches the host too.
      await en.getByRole('button', { name: 'إغلاق التفاصيل' }).click();
      await page
        .locator('#log li[data-type="selectionChanged"][data-frame="en"]', {
          hasText: '"selection":null',
        })
        .waitFor();

      // Back to English for the picture: one view per language, Azerbaijan selected.
      await page.getByRole('button', { name: 'Switch language' }).click();
      await en.waitForFunction(() => document.documentElement.lang === 'en');
      await page.getByRole('button', { name: 'Select Azerbaijan' }).click();
      await en.locator('[data-testid="details"][data-selection="node:azerbaijan"]').waitFor();
      await en.evaluate(
        () =>
          new Promise<void>((done) =>
            requestAnimationFrame(() => requestAnimationFrame(() => done())),
          ),
      );
      await saveScreenshot(page, 'embed-host');
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('works the same when served from a deep sub-path', async () => {
    const server = await startStaticServer({ root: DIST, prefix: '/some/deep/path/' });
    const session = await openSession(`${server.url}examples/embed.html`);
    try {
      const en = await frameOf(session.page, '#frame-en');
      await waitReady(en);
      expect(en.url()).toContain('/some/deep/path/index.html#embed=1');
      await session.page.locator('#log li[data-type="ready"][data-frame="en"]').waitFor();
      await session.page.getByRole('button', { name: 'Select Israel' }).click();
      await en.locator('[data-testid="details"][data-selection="node:israel"]').waitFor();
      await expectClean(session);
    } finally {
      await session.close();
      await server.close();
    }
  });
});

// ---------- who may drive the frame ----------

/**
 * A test host page (no CSP of its own) that embeds the app from `appUrl`. Its allowlist holds the
 * app's origin and, when `allowSelf`, the host's own origin, computed in the page.
 */
function hostPage(appUrl: string, options: { allowSelf: boolean; sibling?: boolean }): string {
  const config = JSON.stringify({ appUrl, allowSelf: options.allowSelf });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head>
<body><iframe id="app" title="graph" style="width:900px;height:560px;border:0"></iframe>
${options.sibling ? '<iframe id="sibling" title="sibling" src="/sibling.html"></iframe>' : ''}
<script>
window.__received = [];
window.addEventListener('message', (event) => window.__received.push(event.data));
const { appUrl, allowSelf } = ${config};
const origins = [new URL(appUrl).origin];
if (allowSelf) origins.push(location.origin);
document.getElementById('app').src =
  appUrl + 'index.html#embed=1&lang=en&origins=' + encodeURIComponent(origins.join(','));
</script></body></html>`;
}

/** What the host page received (its inline script records every message from the start). */
function received(page: Page): Promise<{ type: string }[]> {
  return page.evaluate(
    () => ((window as Window & { __received?: unknown[] }).__received ?? []) as { type: string }[],
  );
}

function postFromHost(page: Page, data: unknown): Promise<void> {
  return page.evaluate((message) => {
    const frame = document.getElementById('app') as HTMLIFrameElement;
    frame.contentWindow?.postMessage(message, '*');
  }, data);
}

describe('the API trusts only the allowlisted parent', () => {
  /** Another origin than the app's: another port. */
  let foreign: StaticServer;

  beforeAll(async () => {
    const html = (body: string) => ({ type: 'text/html; charset=utf-8', body });
    foreign = await startStaticServer({
      root: DIST,
      extraRoutes: {
        '/untrusted-host.html': html(hostPage(baseUrl, { allowSelf: false })),
        '/trusted-host.html': html(hostPage(baseUrl, { allowSelf: true })),
        '/sibling-host.html': html(hostPage(baseUrl, { allowSelf: true, sibling: true })),
        '/sibling.html': html('<!doctype html><title>sibling</title><p>sibling</p>'),
      },
    });
  });

  afterAll(async () => {
    await foreign?.close();
  });

  const select = { source: 'relgraph', version: 1, type: 'select', id: 'azerbaijan' };

  it('ignores a select from a host whose origin is not in origins=', async () => {
    // The frame allows only the app's own origin; the host is on another port.
    const session = await openSession(`${foreign.origin}/untrusted-host.html`);
    try {
      const app = await frameOf(session.page, '#app');
      await waitReady(app);
      await postFromHost(session.page, select);
      await postFromHost(session.page, {
        source: 'relgraph',
        version: 1,
        type: 'setLanguage',
        lang: 'ar',
      });
      await absenceWindow(session.page);
      expect(await selectionOf(app)).toBeNull();
      expect(await app.locator('[data-testid="details"]').count()).toBe(0);
      expect(await app.evaluate(() => document.documentElement.lang)).toBe('en');
      // Nor does it tell an untrusted host anything.
      expect(await received(session.page)).toEqual([]);
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('obeys the same kind of host once its origin is allowlisted (the check is not vacuous)', async () => {
    const session = await openSession(`${foreign.origin}/trusted-host.html`);
    try {
      const app = await frameOf(session.page, '#app');
      await waitReady(app);
      await session.page.waitForFunction(() =>
        ((window as Window & { __received?: { type: string }[] }).__received ?? []).some(
          (m) => m.type === 'ready',
        ),
      );
      await postFromHost(session.page, select);
      await app.locator('[data-testid="details"][data-selection="node:azerbaijan"]').waitFor();
      await session.page.waitForFunction(() =>
        ((window as Window & { __received?: { type: string }[] }).__received ?? []).some(
          (m) => m.type === 'selectionChanged',
        ),
      );
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('ignores a sibling frame of an allowlisted origin (event.source is not the parent)', async () => {
    const session = await openSession(`${foreign.origin}/sibling-host.html`);
    try {
      const app = await frameOf(session.page, '#app');
      const sibling = await frameOf(session.page, '#sibling');
      await waitReady(app);
      await sibling.evaluate((message) => {
        window.parent.frames[0]?.postMessage(message, '*');
      }, select);
      await absenceWindow(session.page);
      expect(await selectionOf(app)).toBeNull();
      await expectClean(session);
    } finally {
      await session.close();
    }
  });
});

// ---------- embed mode itself ----------

describe('embed mode (embed=1)', () => {
  it('fits a 320 px frame in Arabic: graph, folded legend, details sheet, "Open full view"', async () => {
    const session = await openSession(`${baseUrl}index.html#embed=1&lang=ar&node=azerbaijan`, {
      viewport: { width: 320, height: 480 },
    });
    const { page } = session;
    try {
      await waitReady(page);
      expect(await page.locator('.topbar').count()).toBe(0);
      expect(await page.locator('[data-testid="embed"]').count()).toBe(1);
      await page.locator('[data-testid="details"][data-selection="node:azerbaijan"]').waitFor();
      // The legend starts folded in a small frame.
      const legendButton = page.locator('.legend-title button');
      expect(await legendButton.getAttribute('aria-expanded')).toBe('false');
      // "Open full view": a new tab, no opener, the same view without the embed parameters.
      const link = page.locator('a.embed-open-full');
      expect(await link.getAttribute('target')).toBe('_blank');
      expect((await link.getAttribute('rel'))?.split(' ').sort()).toEqual([
        'noopener',
        'noreferrer',
      ]);
      const href = new URL((await link.getAttribute('href')) ?? '', page.url());
      const hash = new URLSearchParams(href.hash.slice(1));
      expect(hash.get('embed')).toBeNull();
      expect(hash.get('node')).toBe('azerbaijan');
      expect(hash.get('lang')).toBe('ar');
      expect(await link.getAttribute('aria-label')).toBeNull();
      expect(await link.innerText()).not.toBe('');
      // Nothing sticks out of the frame.
      const overflow = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      }));
      expect(overflow.width).toBeLessThanOrEqual(320);
      expect(overflow.height).toBeLessThanOrEqual(480);
      const graph = await page.locator('[data-testid="graph"]').boundingBox();
      expect(graph?.width).toBe(320);
      await nextPaint(page);
      await saveScreenshot(page, 'embed-320-ar');

      // The same frame, the legend opened and the details closed: all within 320 px.
      await page.locator('.details-actions .close').click();
      await legendButton.click();
      const legend = await page.locator('.legend').boundingBox();
      expect(legend && legend.x >= 0 && legend.x + legend.width <= 320).toBe(true);
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('opens the full view in a new tab without an opener', async () => {
    const session = await openSession(`${baseUrl}index.html#embed=1&lang=en&node=israel`, {
      viewport: { width: 800, height: 500 },
    });
    try {
      await waitReady(session.page);
      const [popup] = await Promise.all([
        session.context.waitForEvent('page'),
        session.page.locator('a.embed-open-full').click(),
      ]);
      await waitReady(popup);
      expect(await popup.locator('.topbar').count()).toBe(1);
      expect(await popup.evaluate(() => window.opener)).toBeNull();
      expect(await selectionOf(popup)).toBe('israel');
      expect(new URLSearchParams(new URL(popup.url()).hash.slice(1)).get('embed')).toBeNull();
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('hides the legend, the toolbar and the details on request (legend=0, toolbar=0, details=0)', async () => {
    const session = await openSession(
      `${baseUrl}index.html#embed=1&legend=0&toolbar=0&details=0&node=israel`,
      { viewport: { width: 1280, height: 800 } },
    );
    const { page } = session;
    try {
      await waitReady(page);
      expect(await page.locator('.legend').count()).toBe(0);
      expect(await page.locator('[role="toolbar"]').count()).toBe(0);
      expect(await page.locator('[data-testid="details"]').count()).toBe(0);
      // The selection still shows in the graph.
      const classes = await page.evaluate(
        () => (window as Window & { __relgraph?: GraphProbe }).__relgraph?.classes('israel') ?? [],
      );
      expect(classes.join(' ')).toMatch(/selected|focus/);
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('keeps the legend open and the details as a card in a desktop-wide frame', async () => {
    const session = await openSession(`${baseUrl}index.html#embed=1&lang=en&node=iran`, {
      viewport: { width: 1280, height: 800 },
    });
    const { page } = session;
    try {
      await waitReady(page);
      expect(await page.locator('.legend-title button').getAttribute('aria-expanded')).toBe('true');
      const details = await page.locator('[data-testid="details"]').boundingBox();
      const link = await page.locator('a.embed-open-full').boundingBox();
      expect(details && link).toBeTruthy();
      if (details && link) {
        // The card sits under the link, never over it, and leaves most of the graph visible.
        expect(details.y).toBeGreaterThanOrEqual(link.y + link.height);
        expect(details.width).toBeLessThan(1280 / 2);
      }
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('keeps every URL parameter working: language, layout, filters, path, view, story', async () => {
    const session = await openSession(
      `${baseUrl}index.html#embed=1&lang=ar&layout=grouped&status=reported&path=israel,iran`,
      { viewport: { width: 1000, height: 625 } },
    );
    const { page } = session;
    try {
      await waitReady(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
      expect(await page.locator('.layout-select select').inputValue()).toBe('grouped');
      const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
      expect(hash.get('status')).toBe('reported');
      expect(hash.get('path')).toBe('israel,iran');
      expect(hash.get('embed')).toBe('1');

      await page.goto(
        `${baseUrl}index.html#embed=1&lang=en&story=azerbaijan-gaza-force&step=2&reload=1`,
      );
      await page.reload();
      await waitReady(page);
      const after = new URLSearchParams(new URL(page.url()).hash.slice(1));
      expect(after.get('story')).toBe('azerbaijan-gaza-force');
      expect(after.get('step')).toBe('2');
      expect(after.get('embed')).toBe('1');
      // The story's panel tells the step; the details panel stays out of its way.
      await page.locator('[data-testid="embed"] .story-player').waitFor();
      expect(await page.locator('[data-testid="details"]').count()).toBe(0);
      await nextPaint(page);
      await saveScreenshot(page, 'embed-story');

      await page.goto(`${baseUrl}index.html#embed=1&view=table`);
      await page.reload();
      await page.locator('[data-testid="embed"][data-view="table"]').waitFor();
      await expectClean(session);
    } finally {
      await session.close();
    }
  });
});

// ---------- the Share dialog ----------

async function openShare(page: Page) {
  await page.locator('.share-button').click();
  const dialog = page.locator('dialog[data-testid="share-dialog"]');
  await dialog.waitFor({ state: 'visible' });
  return dialog;
}

describe('the Share / Embed dialog', () => {
  it('copies a link to the view and an iframe snippet, with a live preview (English)', async () => {
    const session = await openSession(`${baseUrl}index.html#lang=en&node=azerbaijan`, {
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page } = session;
    try {
      await waitReady(page);
      const dialog = await openShare(page);
      expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);

      // The link is the page address, with the current view in its hash and the dataset's
      // version (the seed has one revision: version 2), so an old link can say it is old.
      const link = await dialog.locator('input.share-field').inputValue();
      expect(link).toBe(`${page.url()}&v=2`);
      expect(link).toContain('node=azerbaijan');
      await dialog.getByRole('button', { name: 'Copy link' }).click();
      await dialog.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

      // Options shape the snippet.
      await dialog.getByLabel('Hide the legend').check();
      await dialog.getByLabel('Fixed height').check();
      await dialog.getByLabel('Height (pixels)').fill('520');
      const snippet = await dialog.locator('textarea').inputValue();
      expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+"/);
      expect(snippet).toContain('title="Azerbaijan and the international stabilization force');
      expect(snippet).toContain('lang="en"');
      expect(snippet).toContain('loading="lazy"');
      expect(snippet).toContain('style="width:100%;height:520px;border:0"');
      expect(snippet).toContain('allow="fullscreen"');
      expect(snippet).toContain('referrerpolicy="strict-origin-when-cross-origin"');
      expect(snippet).toContain('embed=1&amp;');
      expect(snippet).toContain('legend=0');
      expect(snippet).not.toContain('sandbox=');
      await dialog.getByLabel('Fixed height').uncheck();
      const responsive = await dialog.locator('textarea').inputValue();
      expect(responsive).toContain('style="width:100%;aspect-ratio:16/10;border:0"');

      await dialog.getByRole('button', { name: 'Copy code' }).click();
      await dialog.getByRole('status').filter({ hasText: 'Code copied.' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(responsive);

      // The preview is the snippet's frame: embedded, no legend, ready.
      const preview = await frameOf(page, 'iframe[data-testid="share-preview"]');
      await waitReady(preview);
      expect(await preview.locator('[data-testid="embed"]').count()).toBe(1);
      expect(await preview.locator('.legend').count()).toBe(0);
      await nextPaint(page);
      await saveScreenshot(page, 'share-dialog-en');

      // Escape closes the dialog and leaves the selection alone.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await selectionOf(page)).toBe('azerbaijan');
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('speaks Arabic, picks the snippet language, and falls back to selecting the text', async () => {
    const session = await openSession(`${baseUrl}index.html#lang=ar&node=israel`, {
      viewport: { width: 1280, height: 900 },
    });
    const { page } = session;
    try {
      await waitReady(page);
      // No clipboard API here (as in a frame without clipboard permission).
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
        document.execCommand = () => false;
      });
      const dialog = await openShare(page);
      expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe(
        'مشاركة هذا العرض أو تضمينه',
      );
      const snippet = await dialog.locator('textarea').inputValue();
      expect(snippet).toContain('lang="ar"');
      expect(snippet).toContain('title="أذربيجان');
      await dialog.getByLabel('إضافة سمة sandbox').check();
      expect(await dialog.locator('textarea').inputValue()).toContain(
        'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
      );
      await dialog.getByRole('button', { name: 'نسخ الشيفرة' }).click();
      await dialog.getByRole('status').filter({ hasText: 'تعذّر النسخ تلقائيًا' }).waitFor();
      const selected = await page.evaluate(() => {
        const field = document.activeElement as HTMLTextAreaElement | null;
        return field?.tagName === 'TEXTAREA'
          ? field.value.slice(field.selectionStart, field.selectionEnd)
          : '';
      });
      expect(selected).toBe(await dialog.locator('textarea').inputValue());

      // The language option switches the snippet to English.
      await dialog.getByLabel('اللغة').selectOption('en');
      const english = await dialog.locator('textarea').inputValue();
      expect(english).toContain('lang="en"');
      expect(english).toContain('title="Azerbaijan');
      await dialog.getByLabel('اللغة').selectOption('ar');
      const preview = await frameOf(page, 'iframe[data-testid="share-preview"]');
      await preview.waitForFunction(() => document.documentElement.lang === 'ar');
      await waitReady(preview);
      await nextPaint(page);
      await saveScreenshot(page, 'share-dialog-ar');
      await dialog.getByRole('button', { name: 'إغلاق', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expectClean(session);
    } finally {
      await session.close();
    }
  });
});

// ---------- what an embed downloads ----------

describe('the faces an embed downloads', () => {
  const ARABIC_LABEL_FACE = /-arabic-600-normal-[\w-]+\.woff2$/;

  /** Every font the page asks for, from the first request on, until the page has been idle. */
  async function fontsAskedFor(url: string): Promise<{
    asked: string[];
    /** Settles when the Arabic label face is first asked for (a test timeout otherwise). */
    arabicAsked: Promise<void>;
    page: Page;
    close: () => Promise<void>;
  }> {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    const asked: string[] = [];
    let arabic!: () => void;
    const arabicAsked = new Promise<void>((resolve) => (arabic = resolve));
    page.on('request', (request) => {
      if (request.url().endsWith('.woff2')) asked.push(request.url());
      if (ARABIC_LABEL_FACE.test(request.url())) arabic();
    });
    await page.goto(url);
    await waitReady(page);
    return { asked, arabicAsked, page, close: () => context.close() };
  }

  it('the full page fetches the other script’s faces once idle; an English embed does not', async () => {
    // The full English page: prefetched when idle, for a switch to Arabic.
    const full = await fontsAskedFor(`${baseUrl}index.html#lang=en`);
    try {
      await full.arabicAsked;
      expect(full.asked.some((url) => ARABIC_LABEL_FACE.test(url))).toBe(true);
    } finally {
      await full.close();
    }
    // The embed has no language switch and opens no file: it draws English labels only.
    const embed = await fontsAskedFor(`${baseUrl}index.html#embed=1&lang=en`);
    try {
      // The app asks for its prefetch when the page is first idle (3 s at the latest): two idle
      // periods after the graph is drawn, it would have asked.
      await embed.page.evaluate(async () => {
        for (let i = 0; i < 2; i++)
          await new Promise((done) => requestIdleCallback(done, { timeout: 5000 }));
      });
      await absenceWindow(embed.page);
      expect(embed.asked.some((url) => /latin-600/.test(url))).toBe(true);
      expect(embed.asked.filter((url) => ARABIC_LABEL_FACE.test(url))).toEqual([]);
    } finally {
      await embed.close();
    }
  });
});

// ---------- sub-path hosting ----------

describe('the built app under /some/deep/path/', () => {
  it('draws the graph, loads its fonts and its dataset, with no failed request', async () => {
    const server = await startStaticServer({ root: DIST, prefix: '/some/deep/path/' });
    const failed: string[] = [];
    const loaded: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(recordViolations);
    const page = await context.newPage();
    page.on('response', (response) => {
      const url = response.url();
      if (response.status() >= 400 && !url.endsWith('/favicon.ico')) {
        failed.push(`${response.status()} ${url}`);
      }
      loaded.push(new URL(url).pathname);
    });
    page.on('requestfailed', (request) =>
      failed.push(`failed ${request.url()} (${request.failure()?.errorText ?? '?'})`),
    );
    try {
      await page.goto(`${server.url}#lang=ar`);
      await waitReady(page);
      expect(failed).toEqual([]);
      expect(
        loaded.every((path) => path.startsWith('/some/deep/path/') || path === '/favicon.ico'),
      ).toBe(true);
      expect(loaded.some((path) => /\/some\/deep\/path\/assets\/.+\.woff2$/.test(path))).toBe(true);
      expect(
        loaded.some((path) => /\/some\/deep\/path\/assets\/azerbaijan-gaza-.+\.json$/.test(path)),
      ).toBe(true);
      expect(
        await page.evaluate(() => document.fonts.check('600 13px "Relgraph Sans"', 'أذربيجان')),
      ).toBe(true);
      const nodes = await page.evaluate(
        () => (window as Window & { __relgraph?: GraphProbe }).__relgraph?.visibleNodeIds() ?? [],
      );
      expect(nodes.length).toBeGreaterThan(10);
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
