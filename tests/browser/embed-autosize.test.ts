/**
 * Embeds that fit their page: with `autosize=1` the app takes its own height and a host page's
 * iframe resizer (@open-iframe-resizer/core, the parent side the build ships in vendor/) sizes
 * the iframe to it, in both languages, and again when the host page's width changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { removeSnapshot, snapshotDist } from './dist-snapshot';
import { startStaticServer, type StaticServer } from './server';

let browser: Browser;
let DIST: string;
let server: StaticServer;

const host = (lang: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>host</title>
<style>body{margin:0;padding:16px} iframe{display:block;width:100%;height:150px;border:0}</style>
</head><body>
<p>Text of the host page above the graph.</p>
<iframe id="graph" title="graph" src="index.html#embed=1&autosize=1&lang=${lang}"></iframe>
<p id="after">Text below it.</p>
<script type="module">
  import { initialize } from './vendor/open-iframe-resizer.js';
  initialize({}, document.getElementById('graph'));
</script>
</body></html>`;

beforeAll(async () => {
  browser = await launchBrowser();
  DIST = await snapshotDist('autosize');
  server = await startStaticServer({
    root: DIST,
    extraRoutes: {
      'host-en.html': { type: 'text/html; charset=utf-8', body: host('en') },
      'host-ar.html': { type: 'text/html; charset=utf-8', body: host('ar') },
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await removeSnapshot(DIST);
});

/** Waits until the iframe is as tall as the page inside it says it is; returns that height. */
async function fitted(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const frame = document.getElementById('graph') as HTMLIFrameElement | null;
      const inner = frame?.contentDocument?.documentElement;
      if (!frame || !inner || !inner.hasAttribute('data-embed-autosize')) return false;
      const outer = frame.getBoundingClientRect().height;
      const content = inner.scrollHeight;
      return Math.abs(outer - content) <= 2 && content > 150 ? outer : false;
    },
    undefined,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as number;
}

describe('an embed sized to its content', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`(${lang}) the iframe takes the height of the graph, and follows the width`, async () => {
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}host-${lang}.html`);
        const frame = page.frame({ url: /autosize=1/ });
        await frame?.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
        expect(await frame?.evaluate(() => document.documentElement.lang)).toBe(lang);
        const wide = await fitted(page);
        await page.setViewportSize({ width: 600, height: 900 });
        const narrow = await page.waitForFunction(
          (before) => {
            const frame = document.getElementById('graph') as HTMLIFrameElement;
            const outer = frame.getBoundingClientRect().height;
            const content = frame.contentDocument?.documentElement.scrollHeight ?? 0;
            return Math.abs(outer - content) <= 2 && Math.abs(outer - before) > 20 ? outer : false;
          },
          wide,
          { timeout: 20_000 },
        );
        expect((await narrow.jsonValue()) as number).toBeLessThan(wide);
        // The host page's own text flows below the frame, not under it.
        const below = await page.locator('#after').boundingBox();
        const box = await page.locator('#graph').boundingBox();
        expect(below && box && below.y >= box.y + box.height).toBe(true);
      } finally {
        await context.close();
      }
    });
  }
});
