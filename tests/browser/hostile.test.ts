/**
 * Unlucky input never takes the page down, on the built app:
 * - a dataset whose entity `iran` is renamed `constructor` draws, and the node can be clicked;
 * - files opened one after another, with overlapping numeric ids (and an id that is an edge in
 *   one file and a node in the next), draw exactly the last file;
 * - a failure inside the details panel leaves the graph, the search and the URL working;
 * - a page on another port of the same host that frames the app with `open=session` after the
 *   reader opened a file of their own gets neither the file nor answers about its ids.
 */
import '../unit/io/dom';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphProbe } from '../../src/graph/debug';
import { importFile } from '../../src/io';
import { loadDatasetValue } from '../../src/model/load';
import type { Dataset } from '../../src/model/schema';
import {
  cameraSettled,
  launchBrowser,
  nextPaint,
  openApp,
  READY_TIMEOUT_MS,
  saveScreenshot,
  waitForGraphReady,
} from './browser';
import { removeSnapshot, snapshotDist } from './dist-snapshot';
import { startStaticServer, type StaticServer } from './server';

const ROOT = resolve(__dirname, '../..');
const SEED_TEXT = readFileSync(join(ROOT, 'data/azerbaijan-gaza.json'), 'utf8');
const SEED = JSON.parse(SEED_TEXT) as Dataset;
/** The seed with `iran` renamed `constructor` everywhere: a legal id, letters only. */
const CONSTRUCTOR = SEED_TEXT.replaceAll('"iran"', '"constructor"');

const shared = (name: string) =>
  [resolve(ROOT, '../shared/datasets', name), join(ROOT, 'tests/fixtures/datasets', name)].find(
    (path) => existsSync(path),
  );

/** Two small Gephi-style files: numeric ids, B reuses A's, and B's node "7" is A's edge "7". */
const gexf = (nodes: string[], edges: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.2" version="1.2"><graph defaultedgetype="directed"><nodes>
${nodes.map((id) => `<node id="${id}" label="Node ${id}"/>`).join('\n')}
</nodes><edges>
${edges.map(([id, s, t]) => `<edge id="${id}" source="${s}" target="${t}"/>`).join('\n')}
</edges></graph></gexf>`;
const SMALL_A = gexf(
  ['0', '1', '2', '3'],
  [
    ['7', '0', '1'],
    ['8', '1', '2'],
    ['9', '2', '3'],
  ],
);
const SMALL_B = gexf(
  ['2', '3', '7', '11'],
  [
    ['8', '7', '11'],
    ['9', '3', '2'],
  ],
);

interface OpenFile {
  name: string;
  content: string;
}

/** What a file must draw: its entity ids and edge ids, from our importer run here in Node. */
async function expectedIds(file: OpenFile): Promise<{ nodes: string[]; edges: string[] }> {
  const result = await importFile(file.name, file.content);
  if (!result.ok) throw new Error(`${file.name} does not import`);
  const loaded = loadDatasetValue(result.dataset);
  if (!loaded.ok) throw new Error(`${file.name} does not validate`);
  return {
    nodes: loaded.index.data.entities.map((e) => e.id).sort(),
    edges: loaded.index.edges.map((e) => e.id).sort(),
  };
}

function drawnIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const ids = (window as { __relgraph?: GraphProbe }).__relgraph?.elementIds();
    return { nodes: [...(ids?.nodes ?? [])].sort(), edges: [...(ids?.edges ?? [])].sort() };
  });
}

async function waitForDrawn(page: Page, nodes: number): Promise<void> {
  await page.waitForFunction(
    (n) => (window as { __relgraph?: GraphProbe }).__relgraph?.elementIds().nodes.length === n,
    nodes,
    { timeout: READY_TIMEOUT_MS },
  );
}

async function openFile(page: Page, file: OpenFile): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({
    name: file.name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(file.content, 'utf8'),
  });
  await page
    .getByTestId('io-banner-file')
    .filter({ hasText: file.name })
    .waitFor({ timeout: READY_TIMEOUT_MS });
}

async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate(
    (id) => (window as { __relgraph?: GraphProbe }).__relgraph?.clientPoint(id) ?? null,
    id,
  );
  if (!point) throw new Error(`node ${id} is not drawn`);
  const onCanvas = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y) instanceof HTMLCanvasElement,
    point,
  );
  if (!onCanvas) throw new Error(`node ${id} is covered by something at ${point.x},${point.y}`);
  await page.mouse.click(point.x, point.y);
}

let browser: Browser;
let DIST: string;
let app: StaticServer;
/** Another port of the same host: same site, another origin. */
let host: StaticServer;

const html = (body: string) => ({ type: 'text/html; charset=utf-8', body });

beforeAll(async () => {
  browser = await launchBrowser();
  DIST = await snapshotDist('hostile');
  app = await startStaticServer({
    root: DIST,
    extraRoutes: {
      'constructor.json': { type: 'application/json; charset=utf-8', body: CONSTRUCTOR },
    },
  });
  host = await startStaticServer({
    root: DIST,
    extraRoutes: {
      '/host.html': html(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>same-site host</title></head><body>
<iframe id="app" title="graph" style="width:960px;height:600px;border:0"></iframe>
<script>
window.__received = [];
window.addEventListener('message', (event) => window.__received.push(event.data));
const params = new URLSearchParams(location.search);
document.getElementById('app').src = params.get('app') +
  '#open=session&embed=1&origins=' + encodeURIComponent(location.origin);
</script></body></html>`),
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
  await removeSnapshot(DIST);
});

describe('an entity with the id "constructor"', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: is drawn with all its relations and opens its details on a click`, async () => {
      const opened = await openApp(browser, app.url, `?graph=constructor.json#lang=${lang}`);
      const { page } = opened;
      try {
        const drawn = await drawnIds(page);
        expect(drawn.nodes).toHaveLength(SEED.entities.length);
        expect(drawn.nodes).toContain('constructor');
        expect(drawn.edges).toContain('iran-backs-hamas');
        await clickNode(page, 'constructor');
        const heading = page.locator('[data-testid="details"] h2');
        await heading.waitFor();
        expect((await heading.innerText()).trim()).toBe(lang === 'en' ? 'Iran' : 'إيران');
        expect(await page.evaluate(() => location.hash)).toContain('node=constructor');
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});

describe('files opened one after another', () => {
  it('draw exactly the last file, whatever ids the previous one used', async () => {
    const files: OpenFile[] = [];
    for (const name of ['les_miserables.gexf', 'miserables.graphml']) {
      const path = shared(name);
      if (path) files.push({ name, content: readFileSync(path, 'utf8') });
    }
    expect(files.length, 'the Les Misérables files are in ../shared or the fixtures').toBe(2);
    files.push(
      { name: 'small-a.gexf', content: SMALL_A },
      { name: 'small-b.gexf', content: SMALL_B },
    );
    files.push({ name: 'small-a-again.gexf', content: SMALL_A });

    const opened = await openApp(browser, app.url, '#lang=en');
    const { page } = opened;
    try {
      for (const file of files) {
        const expected = await expectedIds(file);
        await openFile(page, file);
        await waitForDrawn(page, expected.nodes.length);
        expect(await drawnIds(page), file.name).toEqual(expected);
      }
      await nextPaint(page);
      await saveScreenshot(page, 'hostile-last-file-en');
      // And back: the seed, whole.
      await page.getByTestId('io-back').click();
      await page.waitForURL((url) => !url.hash.includes('open='));
      await waitForGraphReady(page);
      await waitForDrawn(page, SEED.entities.length);
      expect((await drawnIds(page)).nodes).toEqual(SEED.entities.map((e) => e.id).sort());
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('a failure inside the details panel', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: stays in the panel; the graph, the search and the URL keep working`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(() => {
        window.__relgraphFaults = ['details'];
      });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      try {
        await page.goto(`${app.url}#lang=${lang}&node=azerbaijan`);
        await waitForGraphReady(page);
        const failed = page.getByTestId('region-error-details');
        await failed.waitFor();
        expect(await failed.textContent()).toContain('injected fault in details');
        expect(await page.getByTestId('page-error').count()).toBe(0);
        expect((await drawnIds(page)).nodes).toHaveLength(SEED.entities.length);

        // The search still selects, and the URL follows.
        const search = page.locator('.search .combobox-input');
        await search.fill(lang === 'en' ? 'Iran' : 'إيران');
        await page.locator('[role="option"][data-entity="iran"]').waitFor();
        await search.press('Enter');
        await page.waitForFunction(() => location.hash.includes('node=iran'));
        // A click on the graph too, once the camera has shown the search's pick: on a node
        // nothing covers (the legend and the failed panel take their usual places).
        await cameraSettled(page);
        const target = await page.evaluate(() => {
          const probe = (window as { __relgraph?: GraphProbe }).__relgraph;
          return (probe?.visibleNodeIds() ?? []).find((id) => {
            const point = id === 'iran' ? null : probe?.clientPoint(id);
            return (
              point && document.elementFromPoint(point.x, point.y) instanceof HTMLCanvasElement
            );
          });
        });
        if (!target) throw new Error('no node of the graph can be clicked');
        await clickNode(page, target);
        await page.waitForFunction((id) => location.hash.includes(`node=${id}`), target);
        await nextPaint(page);
        await saveScreenshot(page, `hostile-details-fault-${lang}`);

        // Once the fault is gone, "Try again" brings the panel back on the current selection.
        await page.evaluate(() => {
          window.__relgraphFaults = [];
        });
        await failed.getByRole('button').click();
        const heading = page.locator('[data-testid="details"] h2');
        await heading.waitFor();
        const entity = SEED.entities.find((e) => e.id === target);
        expect((await heading.innerText()).trim()).toBe(entity?.label[lang]);
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('a same-site page framing the app with open=session', () => {
  it("gets the bundled dataset, never the reader's file or answers about its ids", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      // The reader opens a file of their own at the top level: it is kept for the session.
      const top = await context.newPage();
      await top.goto(`${app.url}#lang=en`);
      await waitForGraphReady(top);
      await openFile(top, { name: 'private-notes.gexf', content: SMALL_A });
      await waitForDrawn(top, 4);
      expect(await top.evaluate(() => location.hash)).toContain('open=session');

      const page = await context.newPage();
      await page.goto(`${host.origin}/host.html?app=${encodeURIComponent(app.url)}`);
      await page.waitForFunction(
        () =>
          (window as { __received?: { type?: string }[] }).__received?.some(
            (m) => m.type === 'ready',
          ),
        undefined,
        { timeout: READY_TIMEOUT_MS },
      );
      const frame = page.frames().find((f) => f.url().startsWith(app.origin));
      if (!frame) throw new Error('the app frame is missing');
      const ready = await page.evaluate(() =>
        (window as { __received?: { type?: string }[] }).__received?.find(
          (m) => m.type === 'ready',
        ),
      );
      expect(ready).toMatchObject({ type: 'ready', dataset: { id: SEED.id } });
      const shown = await frame.evaluate(
        () => (window as { __relgraph?: GraphProbe }).__relgraph?.elementIds().nodes.length,
      );
      expect(shown).toBe(SEED.entities.length);
      expect(await frame.evaluate(() => location.hash)).not.toContain('open=session');

      // Probing an id of the private file answers as for any unknown id.
      await page.evaluate((origin) => {
        const target = (document.getElementById('app') as HTMLIFrameElement).contentWindow;
        target?.postMessage(
          { source: 'relgraph', version: 1, type: 'select', id: '1', requestId: 'probe' },
          origin,
        );
      }, app.origin);
      await page.waitForFunction(() =>
        (window as { __received?: { requestId?: string }[] }).__received?.some(
          (m) => m.requestId === 'probe',
        ),
      );
      const answer = await page.evaluate(() =>
        (window as { __received?: { requestId?: string }[] }).__received?.find(
          (m) => m.requestId === 'probe',
        ),
      );
      expect(answer).toMatchObject({ type: 'error', code: 'unknownId' });
      const all = JSON.stringify(
        await page.evaluate(() => (window as { __received?: unknown }).__received),
      );
      expect(all).not.toContain('private-notes');
    } finally {
      await context.close();
    }
  });
});
