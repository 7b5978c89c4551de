/**
 * Do canvas labels come out in the right order? Measured in pixels, not by eye (see
 * shared/design/mission-anchors.md, d1: eyeballing bidi text proved unreliable).
 *
 * The fixture (tests/fixtures/bidi/bidi.json) gives each node a label made of ONE narrow glyph
 * of one script, a space, and a WIDE run of the other script, e.g. Arabic "ب WWWWWWWW". In
 * right-to-left order the ب must end up at the right end of the drawn label; drawn left to right
 * (the bug: cytoscape's canvases do not follow the page direction) it lands on the left. We take
 * the pixels of the strip below each node (labels sit under nodes), find the label's ink, split
 * each line at the widest gap (the space) and check on which side the narrow cluster is.
 *
 * Cases: each UI language as opened, each after switching at runtime (a canvas keeps the
 * direction it was created with), a label whose first letter is of the other script (only an
 * explicit RLI/LRI isolate gets that right; FSI or the page direction do not), a label wrapped
 * onto two lines (cytoscape draws each line separately, so each needs its own isolate), and the
 * PNG export (cy.png() redraws the labels into a new canvas).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphProbe } from '../../src/graph/debug';
import {
  launchBrowser,
  nextPaint,
  openApp,
  saveScreenshot,
  SCREENSHOT_DIR,
  type OpenedApp,
} from './browser';
import { startStaticServer, type StaticServer } from './server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const FIXTURE = readFileSync(new URL('../fixtures/bidi/bidi.json', import.meta.url));
const VIEWPORT = { width: 1440, height: 900 };
/** Model size of the fixture's nodes (kind "asset", src/theme/palette.ts). */
const NODE_SIZE = 32;
/** Node label font size, model px (src/graph/style.ts); wrapped lines are this far apart. */
const LABEL_FONT_PX = 13;

type Lang = 'en' | 'ar';
type Side = 'left' | 'right';
type ProbeWindow = Window & { __relgraph?: GraphProbe };
type Rect = { x: number; y: number; width: number; height: number };

/**
 * Where the narrow glyph must be, per label and UI language, line by line. The first two are
 * mirror images: narrow glyph first ("ب WWWWWWWW" / "W بببببببب") or last ("WWWWWWWW ب" /
 * "بببببببب W"). In Arabic the logical start is on the right, in English on the left.
 */
const EXPECTED: Record<string, Record<Lang, Side[]>> = {
  'narrow-first': { en: ['left'], ar: ['right'] },
  'wide-first': { en: ['right'], ar: ['left'] },
  wrapped: { en: ['left', 'left'], ar: ['right', 'right'] },
};

interface Line {
  /** The rows read for this line (its core, see readLabels). */
  rows: { from: number; to: number };
  /** Ink extent of the cluster left and right of the widest gap, in px. */
  left: { from: number; to: number };
  right: { from: number; to: number };
  gap: number;
  /** The second-widest gap: the widest must stand out from gaps between letters. */
  nextGap: number;
}

interface Label {
  inkHeight: number;
  lineHeight: number;
  lines: Line[];
}

/** A label strip inside an image, and how tall a line of its text is there. */
interface Strip extends Rect {
  lineHeight: number;
}

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({
    root: DIST,
    extraRoutes: { 'bidi.json': { body: FIXTURE, type: 'application/json; charset=utf-8' } },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(lang: Lang): Promise<OpenedApp> {
  const app = await openApp(browser, server.url, `?graph=bidi.json#lang=${lang}`, {
    viewport: VIEWPORT,
  });
  await app.page.locator(`[data-testid="graph"][data-label-lang="${lang}"]`).waitFor();
  await hideOverlays(app.page);
  return app;
}

/** The legend sits over the graph's lower corner; fold it, and keep the pointer off nodes. */
async function hideOverlays(page: Page): Promise<void> {
  const openLegend = page.locator('.legend.open .legend-title button');
  if ((await openLegend.count()) > 0) await openLegend.click();
  await page.mouse.move(1, VIEWPORT.height - 1);
  await nextPaint(page);
}

async function switchTo(page: Page, lang: Lang): Promise<void> {
  const name = lang === 'ar' ? 'العربية' : 'English';
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator(`[data-testid="graph"][data-label-lang="${lang}"]`).waitFor();
  await hideOverlays(page);
}

interface View {
  graph: Rect;
  zoom: number;
  nodes: Record<string, { x: number; y: number }>;
}

/** Where the graph is on the page, its zoom, and each node's centre (page px). */
async function readView(page: Page): Promise<View> {
  const view = await page.evaluate((ids) => {
    const probe = (window as ProbeWindow).__relgraph;
    const rect = document.querySelector('[data-testid="graph"]')?.getBoundingClientRect();
    const nodes: Record<string, { x: number; y: number }> = {};
    for (const id of ids) {
      const point = probe?.clientPoint(id);
      if (point) nodes[id] = point;
    }
    return {
      graph: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
      zoom: probe?.zoom() ?? 0,
      nodes,
    };
  }, Object.keys(EXPECTED));
  if (!view.graph || Object.keys(view.nodes).length < Object.keys(EXPECTED).length) {
    throw new Error(`the fixture's nodes are not drawn: ${JSON.stringify(view)}`);
  }
  return view as View;
}

/**
 * The strip below a node where its label is drawn, in the same pixels as `centre`. Nodes are
 * 420 model px apart sideways and 220 down, so a strip holds one label only.
 */
function stripBelow(centre: { x: number; y: number }, zoom: number, bounds: Rect): Strip {
  const top = centre.y + (NODE_SIZE / 2 + 2) * zoom;
  const x0 = Math.max(bounds.x, centre.x - 200 * zoom);
  const x1 = Math.min(bounds.x + bounds.width, centre.x + 200 * zoom);
  const y1 = Math.min(bounds.y + bounds.height, top + 110 * zoom);
  return {
    x: Math.round(x0),
    y: Math.round(top),
    width: Math.round(x1 - x0),
    height: Math.round(y1 - top),
    lineHeight: LABEL_FONT_PX * zoom,
  };
}

/** Nothing (legend, toolbar, tooltip) may cover the strip we read. */
async function expectUncovered(page: Page, clip: Rect): Promise<void> {
  const covered = await page.evaluate((clip) => {
    const hits: string[] = [];
    for (let fx = 0; fx <= 1; fx += 0.125) {
      for (let fy = 0; fy <= 1; fy += 0.25) {
        const x = clip.x + 1 + fx * (clip.width - 2);
        const y = clip.y + 1 + fy * (clip.height - 2);
        const element = document.elementFromPoint(x, y);
        if (!(element instanceof HTMLCanvasElement)) {
          const named = element?.closest('[class]');
          hits.push(`${element?.tagName ?? '?'} in .${named?.className.toString() ?? '?'}`);
        }
      }
    }
    return hits;
  }, clip);
  expect(covered, 'the label strip is covered by an overlay').toEqual([]);
}

/**
 * Reads label strips out of a PNG, decoded in the page (createImageBitmap is not subject to any
 * image policy of the page). Cytoscape puts wrapped lines exactly one font size apart
 * (line-height 1), so a line's ink can touch the next one's (Arabic dots below, Latin capitals
 * above): rows cannot separate them. Each line is read in its core rows only, from 12% to 72% of
 * a line height below its top, where Latin capitals and the bodies of Arabic letters both are
 * and no neighbouring line reaches. In each line, the columns with ink are split at the widest
 * gap: the space.
 */
function readLabels(page: Page, png: Buffer, strips: Strip[]): Promise<Label[]> {
  return page.evaluate(
    async ({ base64, strips }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      const image = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      return strips.map((strip) => {
        // Label ink is #111827; node colours, the label's white backing and the canvas are light.
        const dark = (x: number, y: number) => {
          const i = ((strip.y + y) * image.width + strip.x + x) * 4;
          const d = image.data;
          return Math.max(d[i]!, d[i + 1]!, d[i + 2]!) < 110;
        };
        const { width, height, lineHeight } = strip;
        const inkRows: number[] = [];
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            if (dark(x, y)) {
              inkRows.push(y);
              break;
            }
          }
        }
        if (inkRows.length === 0) return { inkHeight: 0, lineHeight, lines: [] };
        const top = inkRows[0]!;
        const inkHeight = inkRows.at(-1)! - top + 1;
        const count = Math.max(1, Math.round(inkHeight / lineHeight));
        const lines = Array.from({ length: count }, (_, i) => {
          const from = Math.round(top + (i + 0.12) * lineHeight);
          const to = Math.min(height - 1, Math.round(top + (i + 0.72) * lineHeight));
          const columns: boolean[] = [];
          for (let x = 0; x < width; x++) {
            let ink = false;
            for (let y = from; y <= to && !ink; y++) ink = dark(x, y);
            columns.push(ink);
          }
          const first = columns.indexOf(true);
          const last = columns.lastIndexOf(true);
          const gaps: { from: number; to: number }[] = [];
          for (let x = first; x <= last; x++) {
            if (columns[x]) continue;
            const start = x;
            while (x <= last && !columns[x]) x++;
            gaps.push({ from: start, to: x - 1 });
          }
          const sorted = [...gaps].sort((a, b) => b.to - b.from - (a.to - a.from));
          const widest = sorted[0] ?? { from: last + 1, to: last };
          return {
            rows: { from, to },
            left: { from: first, to: widest.from - 1 },
            right: { from: widest.to + 1, to: last },
            gap: widest.to - widest.from + 1,
            nextGap: sorted[1] ? sorted[1].to - sorted[1].from + 1 : 0,
          };
        });
        return { inkHeight, lineHeight, lines };
      });
    },
    { base64: png.toString('base64'), strips },
  );
}

function width(part: { from: number; to: number }): number {
  return part.to - part.from + 1;
}

function expectInOrder(id: string, lang: Lang, label: Label, where: string): void {
  const expected = EXPECTED[id]![lang];
  const context = `${id} (${lang}, ${where}): ${JSON.stringify(label)}`;
  expect(label.lines.length, context).toBe(expected.length);
  label.lines.forEach((line, i) => {
    const left = width(line.left);
    const right = width(line.right);
    // A real split: one glyph against a run of eight or more, and the space wider than the gaps
    // between letters.
    expect(Math.max(left, right) / Math.min(left, right), context).toBeGreaterThan(3);
    expect(line.gap, context).toBeGreaterThan(line.nextGap);
    const narrow: Side = left < right ? 'left' : 'right';
    expect(narrow, `line ${i + 1} of ${context}`).toBe(expected[i]);
  });
}

/** On screen: one screenshot of the page, strips read from it. */
async function expectLabelsInOrder(page: Page, lang: Lang, shot: string): Promise<void> {
  await nextPaint(page);
  const path = await saveScreenshot(page, shot);
  const view = await readView(page);
  const whole = { x: 0, y: 0, width: VIEWPORT.width, height: VIEWPORT.height };
  const ids = Object.keys(EXPECTED);
  const strips = ids.map((id) => stripBelow(view.nodes[id]!, view.zoom, whole));
  for (const strip of strips) await expectUncovered(page, strip);
  const labels = await readLabels(page, await readFile(path), strips);
  ids.forEach((id, i) => expectInOrder(id, lang, labels[i]!, 'on screen'));
}

/**
 * Finds the fixture's nodes (yellow squares of NODE_SIZE × zoom) in an image: returns the
 * centre and size of every large yellow blob. The legend's small yellow swatch is left out.
 */
function findNodes(page: Page, png: Buffer, minSize: number) {
  return page.evaluate(
    async ({ base64, minSize }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const yellow = new Uint8Array(width * height);
      for (let p = 0; p < width * height; p++) {
        const [r, g, b] = [data[p * 4]!, data[p * 4 + 1]!, data[p * 4 + 2]!];
        yellow[p] = r > 200 && g > 190 && b < 140 ? 1 : 0;
      }
      const blobs: { x: number; y: number; width: number; height: number }[] = [];
      const stack: number[] = [];
      for (let start = 0; start < width * height; start++) {
        if (yellow[start] !== 1) continue;
        let [x0, y0, x1, y1] = [width, height, 0, 0];
        yellow[start] = 2;
        stack.push(start);
        while (stack.length > 0) {
          const p = stack.pop()!;
          const x = p % width;
          const y = (p - x) / width;
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
          for (const q of [p - 1, p + 1, p - width, p + width]) {
            if (q >= 0 && q < width * height && yellow[q] === 1) {
              yellow[q] = 2;
              stack.push(q);
            }
          }
        }
        if (x1 - x0 >= minSize && y1 - y0 >= minSize) {
          blobs.push({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, width: x1 - x0, height: y1 - y0 });
        }
      }
      return { blobs, width, height };
    },
    { base64: png.toString('base64'), minSize },
  );
}

/**
 * In the exported PNG: find the nodes, check they sit as on screen (same layout, some scale and
 * offset: the picture adds a title band above the graph), then read the strips under them.
 */
async function expectExportInOrder(app: OpenedApp, lang: Lang): Promise<void> {
  const { page } = app;
  const view = await readView(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: lang === 'ar' ? /PNG.*1×/ : /PNG picture at 1×/ }).click();
  const file = await (await download).path();
  const png = await readFile(file);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await writeFile(join(SCREENSHOT_DIR, `bidi-export-${lang}.png`), png);
  const ids = Object.keys(EXPECTED);
  const {
    blobs,
    width: imageWidth,
    height: imageHeight,
  } = await findNodes(page, png, NODE_SIZE * view.zoom * 0.6);
  expect(blobs.length, JSON.stringify(blobs)).toBeGreaterThanOrEqual(ids.length);

  // Map screen → picture with the two nodes farthest apart sideways (scale) and each node's
  // nearest blob (offset); then every node must land on a blob.
  const screen = ids.map((id) => view.nodes[id]!);
  const sx = (p: { x: number; y: number }) => p.x;
  const left = screen.reduce((a, b) => (sx(b) < sx(a) ? b : a));
  const right = screen.reduce((a, b) => (sx(b) > sx(a) ? b : a));
  const blobLeft = blobs.reduce((a, b) => (b.x < a.x ? b : a));
  const blobRight = blobs.reduce((a, b) => (b.x > a.x ? b : a));
  const scale = (blobRight.x - blobLeft.x) / (right.x - left.x);
  const dx = blobLeft.x - left.x * scale;
  const dy = blobLeft.y - left.y * scale;
  const toPicture = (p: { x: number; y: number }) => ({ x: p.x * scale + dx, y: p.y * scale + dy });
  for (const point of screen) {
    const mapped = toPicture(point);
    const nearest = Math.min(...blobs.map((b) => Math.hypot(b.x - mapped.x, b.y - mapped.y)));
    expect(nearest, 'the picture does not show the nodes where the screen does').toBeLessThan(
      4 * scale,
    );
  }
  const bounds = { x: 0, y: 0, width: imageWidth, height: imageHeight };
  const strips = screen.map((p) => stripBelow(toPicture(p), view.zoom * scale, bounds));
  const labels = await readLabels(page, png, strips);
  ids.forEach((id, i) => expectInOrder(id, lang, labels[i]!, 'in the PNG export'));
}

describe('canvas labels keep their reading order (pixel check)', () => {
  it('English labels read left to right in the English UI', async () => {
    const app = await open('en');
    try {
      await expectLabelsInOrder(app.page, 'en', 'bidi-en');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('Arabic labels read right to left in the Arabic UI', async () => {
    const app = await open('ar');
    try {
      await expectLabelsInOrder(app.page, 'ar', 'bidi-ar');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('Arabic labels still read right to left after switching from English', async () => {
    const app = await open('en');
    try {
      await switchTo(app.page, 'ar');
      await expectLabelsInOrder(app.page, 'ar', 'bidi-en-to-ar');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('English labels still read left to right after switching from Arabic', async () => {
    const app = await open('ar');
    try {
      await switchTo(app.page, 'en');
      await expectLabelsInOrder(app.page, 'en', 'bidi-ar-to-en');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('labels in the PNG export keep their reading order (pixel check)', () => {
  const hasExport = async (page: Page) =>
    (await page.getByRole('button', { name: /PNG/ }).count()) > 0;

  for (const [start, lang] of [
    ['en', 'ar'],
    ['ar', 'en'],
  ] as const) {
    it(`${lang} labels, after switching from ${start}`, async (context) => {
      const app = await open(start);
      try {
        if (!(await hasExport(app.page))) {
          context.skip('this build has no "Download PNG" button yet');
          return;
        }
        await switchTo(app.page, lang);
        await expectExportInOrder(app, lang);
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
