/**
 * Safety of the built app when someone else hosts or feeds it: datasets only from this site (a
 * cross-origin `graph` is refused with a message), the size cap, an XSS corpus in every free-text
 * field (nothing runs, nothing is injected, the details show the text as text, links stay
 * http(s)), and a sandboxed frame without `allow-same-origin` (storage throws there, the origin is
 * opaque). Every page and frame records CSP violations, and there must be none.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page, Route } from 'playwright-core';
import type { GraphProbe } from '../../src/graph/debug';
import { loadDatasetText } from '../../src/model/load';
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

const SEED = readFileSync(resolve(__dirname, '../../data/azerbaijan-gaza.json'), 'utf8');
const CORPUS = JSON.parse(
  readFileSync(resolve(__dirname, '../fixtures/xss/payloads.json'), 'utf8'),
) as { payloads: string[]; urls: { rejected: string[]; accepted: string[] } };

// ---------- the corpus in every free-text field ----------

/** Keys whose string values (or array items) are free text; everything else is an id or enum. */
const TEXT_KEYS = new Set(['ar', 'en', 'quote', 'paragraphs']);

/**
 * The seed with a payload appended to every free-text string (labels, aliases, descriptions,
 * quotes, translations, notes, titles, statements, story captions, paragraphs, attributes), so
 * ids, kinds, statuses, dates and languages stay valid. Source `url`s take the given addresses,
 * one extra source per address beyond the first.
 */
function withPayloads(urls: readonly string[]): { json: string; strings: number } {
  const data = JSON.parse(SEED) as Record<string, unknown> & { sources: Record<string, unknown>[] };
  let n = 0;
  const next = () => CORPUS.payloads[n++ % CORPUS.payloads.length] ?? '';
  const walk = (value: unknown, key: string, parentKey: string): unknown => {
    if (typeof value === 'string') {
      return TEXT_KEYS.has(key) || parentKey === 'attributes' ? `${value} ${next()}` : value;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key, parentKey));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, k, key);
      return out;
    }
    return value;
  };
  const result = walk(data, '', '') as typeof data;
  const [first, ...more] = urls;
  const article = result.sources[0];
  if (article && first) article.url = first;
  more.forEach((url, i) =>
    result.sources.push({
      id: `xss-source-${i}`,
      title: { en: `Source ${i} ${next()}`, ar: `مصدر ${i} ${next()}` },
      language: 'en',
      url,
    }),
  );
  return { json: JSON.stringify(result), strings: n };
}

/** Elements a payload would leave if it were ever parsed as HTML. */
const INJECTED = [
  'img[src="x"]',
  'svg[onload]',
  'animate[onbegin]',
  // The build's start script and poster styles (scripts/poster): the only inline ones.
  'script:not([src]):not(#relgraph-start)',
  'iframe[srcdoc]',
  'object',
  'math',
  // Cytoscape's own container rule is the one style element the app adds.
  'style:not([id="__________cytoscape_stylesheet"]):not(#relgraph-poster-style)',
  'details[ontoggle]',
  'input[onfocus]',
  '[onerror]',
  '[onload]',
  '[onmouseover]',
].join(', ');

interface Scan {
  xss: unknown;
  injected: string[];
  /** Resolved protocols of every link that is not http(s). */
  badLinks: string[];
}

function scan(target: Page | Frame): Promise<Scan> {
  return target.evaluate((selector) => {
    const w = window as Window & { __xss?: unknown };
    return {
      xss: w.__xss ?? null,
      injected: [
        ...document.querySelectorAll(selector),
        // A payload taking the build's ids would be a second one of them.
        ...[...document.querySelectorAll('#relgraph-start, #relgraph-poster-style')].slice(2),
      ].map((e) => e.outerHTML.slice(0, 120)),
      badLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => (a as HTMLAnchorElement).protocol)
        .filter((p) => p !== 'http:' && p !== 'https:'),
    };
  }, INJECTED);
}

// ---------- a private copy of the build, sessions that record CSP violations ----------

let browser: Browser;
let DIST: string;
let app: StaticServer;
/** Another origin (another port) serving the same files. */
let foreign: StaticServer;

const rejectedUrls = withPayloads(CORPUS.urls.rejected);
const acceptedUrls = withPayloads(CORPUS.urls.accepted);
const html = (body: string) => ({ type: 'text/html; charset=utf-8', body });
const json = (body: string | Buffer) => ({ type: 'application/json; charset=utf-8', body });

/** A host page (no CSP of its own) with a sandboxed frame; `src` may use `${SELF}`. */
function sandboxHost(src: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sandbox host</title></head>
<body><iframe id="app" title="graph" sandbox="allow-scripts" style="width:960px;height:600px;border:0"></iframe>
<script>
window.__received = [];
window.addEventListener('message', (event) => window.__received.push(event.data));
document.getElementById('app').src = ${JSON.stringify(src)}.replace('\${SELF}', encodeURIComponent(location.origin));
</script></body></html>`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  DIST = await snapshotDist('safety');
  app = await startStaticServer({
    root: DIST,
    extraRoutes: {
      'xss.json': json(acceptedUrls.json),
      'xss-urls.json': json(rejectedUrls.json),
      'huge.json': json(Buffer.alloc(21 * 1024 * 1024, 0x20)),
      '/sandbox-host.html': html(sandboxHost('/index.html#lang=ar')),
      '/sandbox-embed.html': html(sandboxHost('/index.html#embed=1&lang=en&origins=${SELF}')),
    },
  });
  foreign = await startStaticServer({
    root: DIST,
    extraRoutes: { 'g.json': json(SEED) },
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await foreign?.close();
  await removeSnapshot(DIST);
});

interface Session {
  context: BrowserContext;
  page: Page;
  /** Page errors, console errors and dialogs (alert, confirm…), from every frame. */
  errors: string[];
  dialogs: string[];
  requests: string[];
  close(): Promise<void>;
}

async function openSession(
  url: string,
  options: {
    viewport?: { width: number; height: number };
    /** Requests to intercept (others go to the server untouched) and what to do with them. */
    route?: { url: RegExp; handler: (route: Route) => Promise<void> };
  } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    locale: 'en-US',
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(recordViolations);
  if (options.route) await context.route(options.route.url, options.route.handler);
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (/\/favicon\.ico$/.test(where) && message.text().startsWith('Failed to load resource')) {
      return;
    }
    errors.push(`console: ${message.text()} (${where})`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: 'load' });
  const close = async () => {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return { context, page, errors, dialogs, requests, close };
}

function waitReady(target: Page | Frame): Promise<unknown> {
  return target.waitForFunction(
    () => performance.getEntriesByName('graph:ready').length > 0,
    undefined,
    { timeout: READY_TIMEOUT_MS },
  );
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
}

async function expectClean(session: Session) {
  expect(await violations(session.page)).toEqual([]);
  expect(session.dialogs).toEqual([]);
  expect(session.errors).toEqual([]);
}

type ProbeWindow = Window & { __relgraph?: GraphProbe };

// ---------- where datasets may come from ----------

describe('the graph parameter loads files from this site only', () => {
  it('refuses a dataset on another origin with a message, without fetching it', async () => {
    const file = `${foreign.origin}/g.json`;
    const session = await openSession(`${app.url}?graph=${encodeURIComponent(file)}`);
    try {
      const alert = session.page.locator('[role="alert"]');
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain(foreign.origin);
      expect(text).toContain('Only files from this site can be opened');
      expect(session.requests.filter((url) => url.startsWith(foreign.origin))).toEqual([]);
      expect(await session.page.locator('[data-testid="provenance"]').count()).toBe(0);
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('refuses protocol-relative, javascript: and data: addresses the same way, in Arabic too', async () => {
    for (const [graph, lang] of [
      [`//${new URL(foreign.origin).host}/g.json`, 'en'],
      ['javascript:alert(1)', 'ar'],
      ['data:application/json,{}', 'en'],
    ] as const) {
      const session = await openSession(
        `${app.url}#lang=${lang}&graph=${encodeURIComponent(graph)}`,
      );
      try {
        const alert = session.page.locator('[role="alert"]');
        await alert.waitFor();
        expect((await alert.innerText()).trim()).not.toBe('');
        expect(await session.page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(session.requests.filter((url) => !url.startsWith(app.origin))).toEqual([]);
        await expectClean(session);
      } finally {
        await session.close();
      }
    }
  });

  it('refuses a file over the size cap before parsing it', async () => {
    const session = await openSession(`${app.url}?graph=huge.json`);
    try {
      const alert = session.page.locator('[role="alert"]');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/21\.0 MB.*20\.0 MB/s);
      await expectClean(session);
    } finally {
      await session.close();
    }
  });
});

describe('a deployment that allowlists a data origin (VITE_GRAPH_ORIGINS)', () => {
  let build: string;
  let site: StaticServer;

  beforeAll(async () => {
    // A build of its own, in a temporary directory, naming the foreign server's origin.
    build = await mkdtemp(join(tmpdir(), 'relgraph-origins-'));
    const root = resolve(__dirname, '../..');
    await new Promise<void>((done, fail) => {
      const child = spawn(
        process.execPath,
        [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', build, '--emptyOutDir'],
        {
          cwd: root,
          env: { ...process.env, VITE_GRAPH_ORIGINS: `${foreign.origin},https://*.example` },
          stdio: 'ignore',
        },
      );
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build: ${code}`))));
    });
    site = await startStaticServer({ root: build });
  }, 120_000);

  afterAll(async () => {
    await site?.close();
    if (build) await rm(build, { recursive: true, force: true });
  });

  it('puts the origin in the CSP, loads from it and names it in a banner', async () => {
    const index = readFileSync(join(build, 'index.html'), 'utf8');
    expect(index).toContain(`connect-src &#39;self&#39; ${foreign.origin};`);
    expect(index).not.toContain('*.example');
    const file = `${foreign.origin}/g.json`;
    const session = await openSession(`${site.url}#lang=ar&graph=${encodeURIComponent(file)}`, {
      // The data host must allow the app's origin to read the file (CORS).
      route: corsHeaders(/\/g\.json$/),
    });
    try {
      await waitReady(session.page);
      const banner = session.page.locator('[data-testid="provenance"]');
      await banner.waitFor();
      expect(await banner.innerText()).toContain(foreign.origin);
      expect(await banner.innerText()).toContain('البيانات من');
      await nextPaint(session.page);
      await saveScreenshot(session.page, 'provenance-ar');
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('still refuses every other origin', async () => {
    const session = await openSession(
      `${site.url}?graph=${encodeURIComponent(`${app.origin}/index.html`)}`,
    );
    try {
      const alert = session.page.locator('[role="alert"]');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(app.origin);
      await expectClean(session);
    } finally {
      await session.close();
    }
  });
});

// ---------- XSS corpus ----------

describe('an XSS corpus in every string field', () => {
  it('builds datasets that still validate, except for the hostile source addresses', () => {
    expect(acceptedUrls.strings).toBeGreaterThan(CORPUS.payloads.length * 3);
    const accepted = loadDatasetText(acceptedUrls.json);
    expect(accepted.ok).toBe(true);
    const rejected = loadDatasetText(rejectedUrls.json);
    expect(rejected.ok).toBe(false);
    if (!rejected.ok) {
      const urlProblems = rejected.problems.filter((p) => p.path.at(-1) === 'url');
      expect(urlProblems.length).toBe(CORPUS.urls.rejected.length);
    }
  });

  it('refuses javascript:/data:/relative source links, showing the problems as text', async () => {
    const session = await openSession(`${app.url}?graph=xss-urls.json`);
    try {
      const alert = session.page.locator('[role="alert"]');
      await alert.waitFor();
      expect(await alert.locator('li').count()).toBeGreaterThanOrEqual(CORPUS.urls.rejected.length);
      await absenceWindow(session.page, 300);
      const found = await scan(session.page);
      expect(found).toEqual({ xss: null, injected: [], badLinks: [] });
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('runs nothing and injects nothing: graph, details, tooltip, table, share dialog', async () => {
    const session = await openSession(`${app.url}?graph=xss.json#lang=en`);
    const { page } = session;
    try {
      await waitReady(page);
      // The baseline: the app itself has none of the elements the selector looks for.
      expect(await scan(page)).toEqual({ xss: null, injected: [], badLinks: [] });

      // Click a node on the canvas, then through names in the details panel.
      const point = await page.evaluate(
        () => (window as ProbeWindow).__relgraph?.clientPoint('azerbaijan') ?? null,
      );
      if (!point) throw new Error('azerbaijan is not drawn');
      await page.mouse.move(point.x, point.y);
      await page.locator('[role="tooltip"]').waitFor();
      expect(await page.locator('[role="tooltip"]').innerText()).toContain('أذربيجان');
      await page.mouse.click(point.x, point.y);
      const details = page.locator('[data-testid="details"]');
      await page.locator('[data-testid="details"][data-selection="node:azerbaijan"]').waitFor();
      const heading = await details.locator('h2').first().innerText();
      // The label carries its payload as visible text, not as markup.
      expect(heading.startsWith('Azerbaijan ')).toBe(true);
      expect(heading.length).toBeGreaterThan('Azerbaijan '.length + 5);

      const visited = new Set(['azerbaijan']);
      for (let step = 0; step < 4; step++) {
        const links = details.locator('.entity-link[data-entity]');
        const ids = await links.evaluateAll((els) =>
          els.map((el) => el.getAttribute('data-entity')),
        );
        const nextId = ids.find((id) => id && !visited.has(id));
        if (!nextId) break;
        visited.add(nextId);
        await details.locator(`.entity-link[data-entity="${nextId}"]`).first().click();
        await page.locator(`[data-testid="details"][data-selection="node:${nextId}"]`).waitFor();
        expect(await scan(page)).toEqual({ xss: null, injected: [], badLinks: [] });
      }
      expect(visited.size).toBeGreaterThanOrEqual(3);

      // Evidence: quotes and paragraphs as text; the source link is https with no opener.
      const text = await details.innerText();
      expect(text).toMatch(/<script>|<img src=x|<svg|javascript:|\{\{constructor/);
      const sourceLinks = details.locator('a[target="_blank"]');
      expect(await sourceLinks.count()).toBeGreaterThan(0);
      const first = sourceLinks.first();
      // The address as written (an attribute value, never markup), resolving to https.
      expect(await first.getAttribute('href')).toBe(CORPUS.urls.accepted[0]);
      expect(await first.evaluate((a) => (a as HTMLAnchorElement).protocol)).toBe('https:');
      expect((await first.getAttribute('rel'))?.split(' ')).toEqual(
        expect.arrayContaining(['noopener', 'noreferrer']),
      );
      const paragraphs = details.locator('details.paragraph summary');
      expect(await paragraphs.count()).toBeGreaterThan(0);
      await paragraphs.first().click();
      await nextPaint(page);
      expect(await scan(page)).toEqual({ xss: null, injected: [], badLinks: [] });

      // The table: every row is text.
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await page.locator('table').first().waitFor();
      expect(await page.locator('table').first().innerText()).toMatch(/<script>|<img src=x|<svg/);
      expect(await scan(page)).toEqual({ xss: null, injected: [], badLinks: [] });
      await page.getByRole('button', { name: 'Graph', exact: true }).click();

      // The share dialog: the hostile title is escaped inside the snippet.
      await page.locator('.share-button').click();
      const snippet = await page.locator('dialog textarea').inputValue();
      const title = /title="([^"]*)"/.exec(snippet)?.[1] ?? '';
      expect(title).not.toMatch(/[<>"]/);
      expect(title.length).toBeGreaterThan(20);
      const preview = await frameOf(page, 'iframe[data-testid="share-preview"]');
      await waitReady(preview);
      expect(await scan(preview)).toEqual({ xss: null, injected: [], badLinks: [] });
      expect(await scan(page)).toEqual({ xss: null, injected: [], badLinks: [] });
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('would notice a payload that did get parsed (the detectors are not blind)', async () => {
    const session = await openSession(`${app.url}#lang=en`);
    const { page } = session;
    try {
      await waitReady(page);
      // What an HTML sink would do with two of the payloads, done on purpose here.
      await page.evaluate(
        (payloads) => {
          for (const payload of payloads) {
            document.body.append(document.createRange().createContextualFragment(payload));
          }
        },
        CORPUS.payloads.slice(0, 3),
      );
      // The CSP is the second wall: the inline handlers and the inline script are refused, and
      // the refusals recorded (an event to wait for); then none of them may have run.
      await expect.poll(async () => (await violations(page)).join('\n')).toMatch(/script-src/);
      await absenceWindow(page, 300);
      const found = await scan(page);
      expect(found.injected.length).toBeGreaterThanOrEqual(2);
      expect(found.xss).toBeNull();
    } finally {
      await session.close();
    }
  });

  it('is as safe in Arabic and in embed mode', async () => {
    const session = await openSession(`${app.url}?graph=xss.json#embed=1&lang=ar&node=israel`, {
      viewport: { width: 390, height: 700 },
    });
    const { page } = session;
    try {
      await waitReady(page);
      await page.locator('[data-testid="details"][data-selection="node:israel"]').waitFor();
      await page.locator('.details-panel .entity-link[data-entity]').first().click();
      await nextPaint(page);
      expect(await scan(page)).toEqual({ xss: null, injected: [], badLinks: [] });
      expect(await page.locator('a.embed-open-full').getAttribute('rel')).toBe(
        'noopener noreferrer',
      );
      await expectClean(session);
    } finally {
      await session.close();
    }
  });
});

// ---------- sandboxed frame without allow-same-origin ----------

/**
 * A static host that lets any origin read the matching files (GitHub Pages does this for all of
 * them). Files that do not match are not intercepted, so they keep the test server's headers.
 */
function corsHeaders(url: RegExp = /./) {
  return {
    url,
    handler: async (route: Route) => {
      try {
        const response = await route.fetch();
        const headers = { ...response.headers(), 'access-control-allow-origin': '*' };
        await route.fulfill({ response, headers });
      } catch {
        // The page went away while the file was in flight.
      }
    },
  };
}

describe('in <iframe sandbox="allow-scripts"> (opaque origin, storage throws)', () => {
  it('renders, switches language and shares without storage, given CORS headers', async () => {
    const session = await openSession(`${app.origin}/sandbox-host.html`, {
      route: corsHeaders(),
    });
    try {
      const frame = await frameOf(session.page, '#app');
      await waitReady(frame);
      const facts = await frame.evaluate(() => {
        let storage = 'readable';
        try {
          void window.localStorage.length;
        } catch (error) {
          storage = (error as Error).name;
        }
        return { origin: window.origin, lang: document.documentElement.lang, storage };
      });
      expect(facts).toEqual({ origin: 'null', lang: 'ar', storage: 'SecurityError' });
      await frame.getByRole('button', { name: 'English', exact: true }).click();
      await frame.waitForFunction(() => document.documentElement.lang === 'en');

      // The share dialog remembers its options through safeStorage (memory here) and copies
      // by selecting the text: the sandbox grants no clipboard.
      await frame.locator('.share-button').click();
      const dialog = frame.locator('dialog[data-testid="share-dialog"]');
      await dialog.waitFor();
      await dialog.getByLabel('Hide the toolbar').check();
      await dialog.getByRole('button', { name: 'Copy code' }).click();
      const status = dialog.getByRole('status');
      await status.filter({ hasText: /copied|Could not copy/ }).waitFor();
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();
      await frame.locator('.share-button').click();
      expect(await frame.getByLabel('Hide the toolbar').isChecked()).toBe(true);
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('keeps the postMessage API working from the sandbox', async () => {
    const session = await openSession(`${app.origin}/sandbox-embed.html`, {
      route: corsHeaders(),
    });
    try {
      const frame = await frameOf(session.page, '#app');
      await waitReady(frame);
      const received = () =>
        session.page.evaluate(
          () => (window as Window & { __received?: { type: string }[] }).__received ?? [],
        );
      await expect.poll(async () => (await received()).map((m) => m.type)).toContain('ready');
      // An opaque origin cannot be named as targetOrigin: the host posts with '*'.
      await session.page.evaluate(() => {
        const target = (document.getElementById('app') as HTMLIFrameElement).contentWindow;
        target?.postMessage({ source: 'relgraph', version: 1, type: 'select', id: 'iran' }, '*');
      });
      await frame.locator('[data-testid="details"][data-selection="node:iran"]').waitFor();
      await expect
        .poll(async () => (await received()).map((m) => m.type))
        .toContain('selectionChanged');
      await expectClean(session);
    } finally {
      await session.close();
    }
  });

  it('says why when the data file lacks the CORS header the sandbox needs', async () => {
    const session = await openSession(`${app.origin}/sandbox-host.html`, {
      route: corsHeaders(/\.(js|css|woff2)$/),
    });
    try {
      const frame = await frameOf(session.page, '#app');
      const alert = frame.locator('[role="alert"]');
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain('allow-same-origin');
      expect(text).toContain('Access-Control-Allow-Origin');
      expect(await violations(session.page)).toEqual([]);
      expect(session.dialogs).toEqual([]);
      // The browser reports the blocked request itself; nothing of ours threw.
      expect(session.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('cannot start at all when the host sends no CORS headers (documented requirement)', async () => {
    const session = await openSession(`${app.origin}/sandbox-host.html`);
    try {
      const frame = await frameOf(session.page, '#app');
      // Module scripts are CORS requests; from an opaque origin they need ACAO.
      await expect
        .poll(() => session.errors.join('\n'), { timeout: 15_000 })
        .toMatch(/blocked by CORS policy/);
      expect(await frame.locator('.app, [data-testid="embed"]').count()).toBe(0);
      expect(session.dialogs).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
