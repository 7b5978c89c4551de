/**
 * The explorer on the built app, driven with real pointer input: click a node and see its
 * relations, claims and the words behind them; click an edge; clear; deep links; history;
 * language; and that none of it rebuilds cytoscape or re-runs the layout.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { GraphProbe } from '../../src/graph/debug';
import {
  cameraSettled,
  launchBrowser,
  nextPaint,
  openApp,
  saveScreenshot,
  type OpenedApp,
} from './browser';

const baseUrl = inject('baseUrl');
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

type Point = { x: number; y: number };
type Box = { x: number; y: number; width: number; height: number };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type ProbeWindow = Window & { __relgraph?: GraphProbe };

function instances(page: Page): Promise<number> {
  return page.evaluate(() => (window as ProbeWindow).__relgraph?.instances ?? 0);
}

function zoom(page: Page): Promise<number> {
  return page.evaluate(() => (window as ProbeWindow).__relgraph?.zoom() ?? 0);
}

function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as ProbeWindow).__relgraph?.visibleNodeIds() ?? []);
}

async function nodePoint(page: Page, id: string): Promise<Point> {
  const point = await page.evaluate(
    (id) => (window as ProbeWindow).__relgraph?.clientPoint(id) ?? null,
    id,
  );
  if (!point) throw new Error(`node ${id} is not drawn`);
  return point;
}

async function edgePoint(page: Page, id: string): Promise<Point> {
  const point = await page.evaluate(
    (id) => (window as ProbeWindow).__relgraph?.edgeClientPoint(id) ?? null,
    id,
  );
  if (!point) throw new Error(`edge ${id} is not drawn`);
  return point;
}

function classesOf(page: Page, id: string): Promise<string[]> {
  return page.evaluate((id) => (window as ProbeWindow).__relgraph?.classes(id) ?? [], id);
}

/** What is on top at a page point: the graph canvas, or an overlay such as the legend. */
function hitsGraph(page: Page, point: Point): Promise<boolean> {
  return page.evaluate(({ x, y }) => {
    const element = document.elementFromPoint(x, y);
    return element instanceof HTMLCanvasElement && !!element.closest('[data-testid="graph"]');
  }, point);
}

/** A real click on a node, after checking nothing covers it. */
async function clickNode(page: Page, id: string): Promise<void> {
  const point = await nodePoint(page, id);
  expect(await hitsGraph(page, point), `${id} is covered by an overlay`).toBe(true);
  await page.mouse.click(point.x, point.y);
}

async function clickEdge(page: Page, id: string): Promise<void> {
  const point = await edgePoint(page, id);
  expect(await hitsGraph(page, point), `${id} is covered by an overlay`).toBe(true);
  await page.mouse.click(point.x, point.y);
}

/**
 * A point of the canvas far from every node and edge midpoint (the margin the layout's fit
 * padding leaves), and not under an overlay.
 */
async function emptyPoint(page: Page): Promise<Point> {
  const box = await page.locator('[data-testid="graph"]').boundingBox();
  if (!box) throw new Error('no graph on the page');
  const ids = await visibleNodeIds(page);
  const nodes = await Promise.all(ids.map((id) => nodePoint(page, id)));
  let best: { point: Point; distance: number } | null = null;
  for (let fx = 0.02; fx < 1; fx += 0.04) {
    for (let fy = 0.02; fy < 1; fy += 0.04) {
      const point = { x: box.x + fx * box.width, y: box.y + fy * box.height };
      const distance = Math.min(...nodes.map((n) => Math.hypot(n.x - point.x, n.y - point.y)));
      if (best && distance <= best.distance) continue;
      if (await hitsGraph(page, point)) best = { point, distance };
    }
  }
  if (!best || best.distance < 80) throw new Error('no empty spot on the canvas');
  return best.point;
}

function hash(page: Page): Promise<URLSearchParams> {
  return page.evaluate(() => location.hash).then((h) => new URLSearchParams(h.replace(/^#/, '')));
}

const details = (page: Page) => page.locator('[data-testid="details"]');

async function detailsHeading(page: Page): Promise<string> {
  return (await details(page).locator('h2').innerText()).trim();
}

async function open(suffix = '', viewport = DESKTOP): Promise<OpenedApp> {
  const app = await openApp(browser, baseUrl, suffix, { viewport });
  await nextPaint(app.page);
  return app;
}

/** Relation list item inside the panel. */
const relation = (page: Page, id: string) =>
  details(page).locator(`.relation[data-relation="${id}"]`);

describe('explorer: click a node, see its alliances, claims and the words behind them', () => {
  it('opens the details of a clicked node, with the Arabic words behind each relation', async () => {
    const app = await open();
    const { page } = app;
    try {
      const before = await instances(page);
      await clickNode(page, 'azerbaijan');
      await details(page).waitFor({ state: 'visible' });

      expect(await detailsHeading(page)).toBe('Azerbaijan');
      expect((await hash(page)).get('node')).toBe('azerbaijan');
      expect(await classesOf(page, 'azerbaijan')).toContain('selected');
      expect(await classesOf(page, 'turan-research-center')).toContain('faded');
      expect(await classesOf(page, 'israel')).not.toContain('faded');

      // SOCAR, the Tamar field, Israel, the stabilization force and the 2020 war, each with the
      // Arabic quote behind it.
      const expectations: [string, string, string][] = [
        ['socar-national-company-of-azerbaijan', 'SOCAR', 'شركة الطاقة الوطنية SOCAR'],
        ['azerbaijan-stake-in-tamar', 'Tamar field', 'حقل "تمار"'],
        ['azerbaijan-supplies-oil-to-israel', 'Israel', 'من أكبر مزوّدي النفط لإسرائيل'],
        ['azerbaijan-candidate-for-force', 'International stabilization force', 'كمرشح مركزي'],
        ['azerbaijan-took-part-in-2020-war', '2020 Nagorno-Karabakh war', 'حرب ناغورنو-كاراباخ'],
      ];
      for (const [id, name, words] of expectations) {
        const item = relation(page, id);
        await expect.poll(() => item.count()).toBe(1);
        expect(await item.locator('.sentence').innerText()).toContain(name);
        // A hub's panel folds the words: who says it and where stay in sight, the quote is
        // one click away.
        expect(await item.locator('.evidence-meta .badge').first().isVisible()).toBe(true);
        await item.locator('details.quote-fold > summary').first().click();
        const quote = item.locator('blockquote[lang="ar"][dir="rtl"]').first();
        expect(await quote.innerText()).toContain(words);
        expect(await item.locator('.quote-translation').first().isVisible()).toBe(true);
        expect(await item.locator('.paragraph-ref').first().innerText()).toMatch(/^¶\d+$/);
      }
      // The quote is drawn right to left.
      const quoteDirection = await relation(page, 'azerbaijan-supplies-oil-to-israel')
        .locator('blockquote')
        .first()
        .evaluate((el) => getComputedStyle(el).direction);
      expect(quoteDirection).toBe('rtl');

      // Claims about it, each with who claims it.
      const claims = details(page).locator('.claim');
      expect(await claims.count()).toBeGreaterThan(5);
      expect(await claims.first().locator('.badge').first().innerText()).toMatch(/^Claimed by /);

      // The paragraph in full, behind its disclosure.
      const oil = relation(page, 'azerbaijan-supplies-oil-to-israel');
      await oil.getByText('Read paragraph 6 in full').click();
      expect(await oil.locator('details.paragraph p[lang="ar"]').isVisible()).toBe(true);

      expect(await instances(page)).toBe(before);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('clears the selection on a click on the empty background, and with Esc', async () => {
    const app = await open();
    const { page } = app;
    try {
      await clickNode(page, 'azerbaijan');
      await details(page).waitFor({ state: 'visible' });
      const empty = await emptyPoint(page);
      await page.mouse.click(empty.x, empty.y);
      await details(page).waitFor({ state: 'detached' });
      expect((await hash(page)).has('node')).toBe(false);
      expect(await classesOf(page, 'azerbaijan')).not.toContain('selected');
      expect(await classesOf(page, 'turan-research-center')).not.toContain('faded');

      await clickNode(page, 'azerbaijan');
      await details(page).waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await details(page).waitFor({ state: 'detached' });
      expect((await hash(page)).has('node')).toBe(false);

      // The close button does the same.
      await clickNode(page, 'israel');
      await details(page).waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Close details' }).click();
      await details(page).waitFor({ state: 'detached' });
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('opens a clicked edge: the relation as a sentence and its evidence', async () => {
    const app = await open();
    const { page } = app;
    try {
      await clickEdge(page, 'azerbaijan-took-part-in-2020-war');
      await details(page).waitFor({ state: 'visible' });
      expect((await hash(page)).get('edge')).toBe('azerbaijan-took-part-in-2020-war');
      expect(await detailsHeading(page)).toBe('Relation');
      expect((await details(page).locator('.sentence').innerText()).replace(/\s+/g, ' ')).toBe(
        'Azerbaijan — took part in → 2020 Nagorno-Karabakh war (2020)',
      );
      const quote = details(page).locator('.evidence blockquote[lang="ar"]');
      expect(await quote.count()).toBeGreaterThan(0);
      expect(await quote.first().innerText()).toContain('حرب ناغورنو-كاراباخ');
      expect(await details(page).locator('.evidence .paragraph-ref').first().innerText()).toBe(
        '¶5',
      );
      expect(await classesOf(page, 'azerbaijan-took-part-in-2020-war')).toContain('selected');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('opens #node=azerbaijan&lang=ar in Arabic, the panel on the left', async () => {
    const app = await open('#node=azerbaijan&lang=ar');
    const { page } = app;
    try {
      await details(page).waitFor({ state: 'visible' });
      expect(
        await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual(['ar', 'rtl']);
      expect(await detailsHeading(page)).toBe('أذربيجان');
      const box = (await details(page).boundingBox()) as Box;
      expect(box.x + box.width / 2).toBeLessThan(DESKTOP.width / 2);
      expect(box.x).toBeLessThan(2);
      // The graph is to its right, and the selected node is inside the graph's part of the view.
      const graph = (await page.locator('[data-testid="graph"]').boundingBox()) as Box;
      expect(graph.x).toBeGreaterThanOrEqual(box.x + box.width - 1);
      const text = await details(page).innerText();
      expect(text).toContain('العلاقات');
      expect(text).toContain('ادعاءات بشأنه');
      expect(text).not.toContain('Relations');
      expect(await relation(page, 'azerbaijan-supplies-oil-to-israel').innerText()).toContain('←');
      expect(await details(page).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('walks back and forward through what was clicked', async () => {
    const app = await open();
    const { page } = app;
    try {
      await clickNode(page, 'azerbaijan');
      await details(page).waitFor({ state: 'visible' });
      await clickNode(page, 'tamar');
      await expect.poll(() => detailsHeading(page)).toBe('Tamar field');
      expect((await hash(page)).get('node')).toBe('tamar');

      await page.goBack();
      await expect.poll(() => detailsHeading(page)).toBe('Azerbaijan');
      expect((await hash(page)).get('node')).toBe('azerbaijan');
      expect(await classesOf(page, 'azerbaijan')).toContain('selected');
      expect(await classesOf(page, 'tamar')).not.toContain('selected');

      await page.goForward();
      await expect.poll(() => detailsHeading(page)).toBe('Tamar field');
      expect(await classesOf(page, 'tamar')).toContain('selected');

      // A name in the panel is a history step too.
      await details(page).locator('.entity-link[data-entity="socar"]').first().click();
      await expect.poll(() => detailsHeading(page)).toBe('SOCAR');
      await page.goBack();
      await expect.poll(() => detailsHeading(page)).toBe('Tamar field');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('keeps the selection when the language changes', async () => {
    const app = await open();
    const { page } = app;
    try {
      await clickNode(page, 'azerbaijan');
      await details(page).waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'العربية', exact: true }).click();
      await expect.poll(() => detailsHeading(page)).toBe('أذربيجان');
      const params = await hash(page);
      expect(params.get('node')).toBe('azerbaijan');
      expect(params.get('lang')).toBe('ar');
      expect(await classesOf(page, 'azerbaijan')).toContain('selected');
      expect(await classesOf(page, 'turan-research-center')).toContain('faded');

      await page.getByRole('button', { name: 'English', exact: true }).click();
      await expect.poll(() => detailsHeading(page)).toBe('Azerbaijan');
      expect((await hash(page)).get('node')).toBe('azerbaijan');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('never rebuilds cytoscape nor re-runs the layout on selection and hover', async () => {
    const app = await open();
    const { page } = app;
    try {
      // StrictMode may create a second instance at start; it must not grow after that.
      const start = await instances(page);
      expect(start).toBeGreaterThanOrEqual(1);
      expect(start).toBeLessThanOrEqual(2);
      const zoomBefore = await zoom(page);
      const ids = ['israel', 'socar', 'tamar', 'turan-research-center', 'gaza'];
      const shape = async () => {
        const points = await Promise.all(ids.map((id) => nodePoint(page, id)));
        const [origin] = points as [Point];
        // Relative to the first node, so a pan (or the panel moving the canvas) does not count.
        return points.map((p) => ({ dx: p.x - origin.x, dy: p.y - origin.y }));
      };
      const before = await shape();

      for (const id of ['azerbaijan', 'israel', 'socar']) {
        const point = await nodePoint(page, id);
        await page.mouse.move(point.x, point.y);
        await page.locator('[role="tooltip"]').waitFor({ state: 'visible' });
        await clickNode(page, id);
        await expect.poll(() => classesOf(page, id)).toContain('selected');
      }
      await clickEdge(page, 'azerbaijan-took-part-in-2020-war');
      await expect
        .poll(async () => (await hash(page)).get('edge'))
        .toBe('azerbaijan-took-part-in-2020-war');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'العربية', exact: true }).click();
      await page.locator('[data-testid="graph"][data-label-lang="ar"]').waitFor();
      await clickNode(page, 'azerbaijan');
      await details(page).waitFor({ state: 'visible' });
      await nextPaint(page);

      const after = await shape();
      after.forEach((p, i) => {
        expect(p.dx).toBeCloseTo(before[i]!.dx, 0);
        expect(p.dy).toBeCloseTo(before[i]!.dy, 0);
      });
      expect(await zoom(page)).toBeCloseTo(zoomBefore, 5);
      expect(await instances(page)).toBe(start);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('shows the name in the other language on hover', async () => {
    const app = await open();
    const { page } = app;
    try {
      const point = await nodePoint(page, 'azerbaijan');
      await page.mouse.move(point.x, point.y);
      const tooltip = page.locator('[role="tooltip"]');
      await tooltip.waitFor({ state: 'visible' });
      expect(await tooltip.innerText()).toContain('أذربيجان');
      expect(await tooltip.locator('[lang="ar"]').getAttribute('dir')).toBe('rtl');
      const empty = await emptyPoint(page);
      await page.mouse.move(empty.x, empty.y);
      await tooltip.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: 'العربية', exact: true }).click();
      await page.locator('[data-testid="graph"][data-label-lang="ar"]').waitFor();
      const again = await nodePoint(page, 'azerbaijan');
      await page.mouse.move(again.x, again.y);
      await tooltip.waitFor({ state: 'visible' });
      expect(await tooltip.innerText()).toContain('Azerbaijan');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

/**
 * Opening the panel narrows the graph (on the right in English, on the left in Arabic); the
 * bridge re-checks the selection after the resize and keeps the drawing anchored in RTL.
 */
describe('explorer: the selection stays in view when the panel opens', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`opens with every entity in the part of the view no panel covers (${lang})`, async () => {
      const app = await open(`#lang=${lang}`);
      try {
        const outside = await app.page.evaluate(() => {
          const probe = window.__relgraph;
          const area = probe?.freeArea();
          if (!probe || !area) return ['no probe'];
          return probe
            .nodeBoxes()
            .filter(
              (b) =>
                b.x1 < area.x1 - 1 ||
                b.x2 > area.x2 + 1 ||
                b.y1 < area.y1 - 1 ||
                b.y2 > area.y2 + 1,
            )
            .map((b) => b.id);
        });
        // The legend used to cover the Begin-Sadat Center (English) and the right edge (Arabic).
        expect(outside).toEqual([]);
      } finally {
        await app.close();
      }
    });

    it(`keeps every entity clear of the legend when the page turns to the other direction (${lang})`, async () => {
      const app = await open(`#lang=${lang}`);
      const { page } = app;
      try {
        const other = lang === 'ar' ? 'en' : 'ar';
        await page
          .getByRole('button', { name: other === 'ar' ? 'العربية' : 'English', exact: true })
          .click();
        await page.waitForFunction(
          (dir) => document.documentElement.dir === dir,
          other === 'ar' ? 'rtl' : 'ltr',
        );
        await page.locator(`[data-testid="graph"][data-label-lang="${other}"]`).waitFor();
        await cameraSettled(page);
        await nextPaint(page);
        const outside = await page.evaluate(() => {
          const probe = window.__relgraph;
          const area = probe?.freeArea();
          if (!probe || !area) return ['no probe'];
          // Labels change width with the language: a few pixels' slack, not a legend's width.
          return probe
            .nodeBoxes()
            .filter((b) => b.x1 < area.x1 - 12 || b.x2 > area.x2 + 12)
            .map((b) => b.id);
        });
        // The panels change sides, the picture stayed: half of it went under the legend.
        expect(outside).toEqual([]);
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });

    it(`the rightmost node, clicked, is still on screen (${lang})`, async () => {
      const app = await open(`#lang=${lang}`);
      const { page } = app;
      try {
        const ids = await visibleNodeIds(page);
        const points = await Promise.all(
          ids.map(async (id) => ({ id, ...(await nodePoint(page, id)) })),
        );
        const clickable = [];
        for (const point of points) if (await hitsGraph(page, point)) clickable.push(point);
        const target = clickable.reduce((a, b) => (b.x > a.x ? b : a));
        await clickNode(page, target.id);
        await details(page).waitFor({ state: 'visible' });
        await cameraSettled(page);
        const graph = (await page.locator('[data-testid="graph"]').boundingBox()) as Box;
        const node = await nodePoint(page, target.id);
        expect(node.x).toBeGreaterThan(graph.x);
        expect(node.x).toBeLessThan(graph.x + graph.width);
      } finally {
        await app.close();
      }
    });
  }
});

const README_SHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

describe('explorer screenshots, Azerbaijan selected', () => {
  const cases = [
    { name: 'explorer-desktop-en', viewport: DESKTOP, lang: 'en' },
    { name: 'explorer-desktop-ar', viewport: DESKTOP, lang: 'ar' },
    { name: 'explorer-phone-en', viewport: PHONE, lang: 'en' },
    { name: 'explorer-phone-ar', viewport: PHONE, lang: 'ar' },
  ] as const;

  for (const { name, viewport, lang } of cases) {
    it(`${name}: the panel does not hide the selected node`, async () => {
      const app = await open(`#node=azerbaijan&lang=${lang}`, viewport);
      const { page } = app;
      try {
        await details(page).waitFor({ state: 'visible' });
        // Let the camera settle (it may move the selection into view).
        await cameraSettled(page);
        await saveScreenshot(page, name);
        // The README shows what this run drew (desktop, both languages), not a stale picture.
        if (viewport === DESKTOP) {
          await page.screenshot({ path: join(README_SHOTS, `explorer-${lang}.png`) });
        }

        const panel = (await details(page).boundingBox()) as Box;
        const node = await nodePoint(page, 'azerbaijan');
        const inside = (b: Box, p: Point) =>
          p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
        expect(inside(panel, node), 'the panel covers the selected node').toBe(false);
        // Nor does anything else (on phones the legend used to sit right over it).
        expect(await hitsGraph(page, node), 'something covers the selected node').toBe(true);
        expect(node.x).toBeGreaterThan(0);
        expect(node.x).toBeLessThan(viewport.width);
        expect(node.y).toBeGreaterThan(0);
        expect(node.y).toBeLessThan(viewport.height);
        // The panel fits the viewport and does not scroll sideways.
        expect(panel.x).toBeGreaterThanOrEqual(-1);
        expect(panel.x + panel.width).toBeLessThanOrEqual(viewport.width + 1);
        const overflow = await details(page).evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});

describe('explorer on a phone: picture and print', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`fold behind one button, and open clear of the toolbar and legend (${lang})`, async () => {
      const app = await open(`#lang=${lang}`, PHONE);
      const { page } = app;
      try {
        const toggle = page.locator('.export-toggle');
        await toggle.waitFor({ state: 'visible' });
        const tools = page.locator('#explorer-export-tools');
        expect(await tools.isVisible()).toBe(false);
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        await toggle.click();
        await tools.waitFor({ state: 'visible' });
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        const overlaps = (a: Box, b: Box) =>
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        const open = (await tools.boundingBox()) as Box;
        const toolbar = (await page.locator('.toolbar').boundingBox()) as Box;
        const legend = (await page.locator('.legend').boundingBox()) as Box;
        expect(overlaps(open, toolbar), 'the tools cover the graph toolbar').toBe(false);
        expect(overlaps(open, legend), 'the tools cover the legend').toBe(false);
        expect(open.x).toBeGreaterThanOrEqual(0);
        expect(open.x + open.width).toBeLessThanOrEqual(PHONE.width);
        expect(await tools.locator('.print-view-button').isVisible()).toBe(true);
        expect(await tools.locator('.export-scales button').count()).toBe(3);
        await toggle.click();
        await tools.waitFor({ state: 'hidden' });
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
