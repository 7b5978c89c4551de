/**
 * The graph with the keyboard (src/graph/keyboard.ts): Tab reaches it, the cursor starts on
 * the best-connected entity (or the selection), arrow keys follow lines in their direction on
 * screen, a screen reader hears where it is, Enter opens the details; a mouse click shows no
 * cursor. In English and Arabic (the picture, and so the directions, are the same).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, nextPaint, openApp, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Tabs until the graph has focus; the number of presses it took. */
async function tabToGraph(page: Page): Promise<number> {
  for (let presses = 1; presses <= 40; presses++) {
    await page.keyboard.press('Tab');
    const on = await page.evaluate(
      () => document.activeElement?.getAttribute('data-testid') === 'graph',
    );
    if (on) return presses;
  }
  throw new Error('Tab never reached the graph');
}

const cursorText = (page: Page) => page.getByTestId('graph-cursor').textContent();
const cursorId = (page: Page) =>
  page.evaluate(() => {
    const probe = window.__relgraph;
    return probe?.visibleNodeIds().find((id) => probe.classes(id).includes('cursor')) ?? null;
  });

const WORDS = {
  en: { start: /^Azerbaijan, Country, \d+ lines$/, blocked: 'No line goes that way.' },
  ar: { start: /^أذربيجان، دولة، \d+ /, blocked: 'لا يوجد خط في هذا الاتجاه.' },
} as const;

describe('the graph with the keyboard', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`Tab, arrows and Enter move along lines and open details (${lang})`, async () => {
      const app = await openApp(browser, baseUrl, `#lang=${lang}`, {
        viewport: { width: 1440, height: 900 },
      });
      const { page } = app;
      try {
        await tabToGraph(page);
        expect(await cursorText(page)).toMatch(WORDS[lang].start);
        expect(await cursorId(page)).toBe('azerbaijan');

        // Each arrow goes to an entity joined to the last one by a line.
        const visited = ['azerbaijan'];
        for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp']) {
          await page.keyboard.press(key);
          await page.waitForFunction((before) => {
            const probe = window.__relgraph;
            const now = probe?.visibleNodeIds().find((id) => probe.classes(id).includes('cursor'));
            return now !== undefined && now !== before;
          }, visited.at(-1));
          const now = (await cursorId(page)) as string;
          const joined = await page.evaluate(
            ([a, b]) => {
              const probe = window.__relgraph;
              const { edges } = probe?.elementIds() ?? { edges: [] };
              return edges.some((id) => {
                const ends = probe?.edgeEnds(id);
                return ends && [ends.source, ends.target].sort().join() === [a, b].sort().join();
              });
            },
            [visited.at(-1) as string, now],
          );
          expect(joined, `${visited.at(-1)} → ${now}`).toBe(true);
          visited.push(now);
        }
        const last = visited.at(-1) as string;
        const label = await page.evaluate((id) => window.__relgraph?.label(id), last);
        // The label as drawn may be wrapped: its first word is in what is announced.
        expect(await cursorText(page)).toContain((label ?? '?').trim().split(/\s+/)[0] ?? '?');
        await nextPaint(page);
        await saveScreenshot(page, `keyboard-cursor-${lang}`);

        await page.keyboard.press('Enter');
        const details = page.getByTestId('details');
        await details.waitFor();
        expect(await details.getAttribute('data-selection')).toContain(visited.at(-1) as string);
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });

    it(`says when no line goes that way, and starts on the selection (${lang})`, async () => {
      // The Begin-Sadat Center is the leftmost entity, with one line, to its right.
      const app = await openApp(browser, baseUrl, `#lang=${lang}&node=begin-sadat-center`, {
        viewport: { width: 1440, height: 900 },
      });
      const { page } = app;
      try {
        await page.getByTestId('graph').focus();
        await page.keyboard.press('ArrowLeft');
        expect(await cursorId(page)).toBe('begin-sadat-center');
        await page.getByText(WORDS[lang].blocked).waitFor({ state: 'attached' });
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }

  it('shows no cursor when the graph is clicked with the mouse', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en', {
      viewport: { width: 1440, height: 900 },
    });
    const { page } = app;
    try {
      const box = (await page.getByTestId('graph').boundingBox()) as { x: number; y: number };
      await page.mouse.click(box.x + 5, box.y + 300);
      await nextPaint(page);
      expect(await cursorId(page)).toBeNull();
      expect(await cursorText(page)).toBe('');
    } finally {
      await app.close();
    }
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`skip links reach the graph and the details; focus comes back after closing (${lang})`, async () => {
      const app = await openApp(browser, baseUrl, `#lang=${lang}&node=iran`, {
        viewport: { width: 1440, height: 900 },
      });
      const { page } = app;
      const words =
        lang === 'en'
          ? { graph: 'Skip to the graph', details: 'Skip to the details', close: 'Close' }
          : { graph: 'انتقل إلى الشبكة', details: 'انتقل إلى التفاصيل', close: 'إغلاق' };
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          return el?.getAttribute('data-testid') || el?.id || el?.textContent || null;
        });
      try {
        await page.keyboard.press('Tab');
        expect(await focused()).toBe(words.graph);
        await page.keyboard.press('Tab');
        expect(await focused()).toBe(words.details);
        await page.keyboard.press('Enter');
        expect(await focused()).toBe('details-title');
        await page.getByTestId('details').getByRole('button', { name: words.close }).focus();
        await page.keyboard.press('Enter');
        await page.getByTestId('details').waitFor({ state: 'detached' });
        // Back on the graph, the cursor on the entity whose details were open.
        expect(await focused()).toBe('graph');
        expect(await cursorId(page)).toBe('iran');
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
