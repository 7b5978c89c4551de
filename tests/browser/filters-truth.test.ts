/**
 * Filters that tell the truth, in the built app: one rule for what stays (an entity with no line
 * left is hidden unless the filter is about it), a message and a way out when nothing is left,
 * the camera framing what is left, and the showcase option that fades instead of removing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cameraSettled, launchBrowser, openApp, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');

interface SeedJson {
  entities: { id: string; kind: string }[];
}
const seed = JSON.parse(
  readFileSync(new URL('../../data/azerbaijan-gaza.json', import.meta.url), 'utf8'),
) as SeedJson;
const interests = seed.entities.filter((e) => e.kind === 'interest').map((e) => e.id);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const visibleNodes = (page: Page) =>
  page.evaluate(() => (window.__relgraph?.visibleNodeIds() ?? []).sort());

/** Nodes drawn with no visible line touching them. */
const lonelyNodes = (page: Page) =>
  page.evaluate(() => {
    const probe = window.__relgraph;
    if (!probe) return ['no probe'];
    const { edges } = probe.elementIds();
    const touched = new Set<string>();
    for (const id of edges) {
      if (probe.classes(id).includes('hidden')) continue;
      const ends = probe.edgeEnds(id);
      if (ends) touched.add(ends.source).add(ends.target);
    }
    return probe.visibleNodeIds().filter((id) => !touched.has(id));
  });

describe('one rule for what the filters leave', () => {
  it('"only what the source reports" leaves no claimed interest floating without its lines', async () => {
    const app = await openApp(browser, baseUrl, '#status=reported');
    try {
      const shown = await visibleNodes(app.page);
      expect(shown.length).toBeGreaterThan(0);
      // Interests stay only where the source itself reports a line to them (e.g. what the
      // initiative aims at); the claimed ones, whose only lines are claims, go.
      const keptInterests = shown.filter((id) => interests.includes(id));
      expect(keptInterests.length).toBeLessThan(interests.length / 2);
      expect(await lonelyNodes(app.page)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('years and "hide undated" show the dated lines and their ends only', async () => {
    const app = await openApp(browser, baseUrl, '#years=2000-2030&undated=hide');
    try {
      const shown = await visibleNodes(app.page);
      expect(shown.length).toBeGreaterThan(1);
      expect(shown.length).toBeLessThan(seed.entities.length / 2);
      expect(await lonelyNodes(app.page)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the filters panel states the rule', async () => {
    const app = await openApp(browser, baseUrl, '#lang=ar&status=reported');
    try {
      await app.page.getByTestId('filter-summary').waitFor();
      expect(await app.page.locator('.filter-rule').textContent()).toContain(
        'يُخفى الكيان الذي لم يبقَ له أي خط',
      );
    } finally {
      await app.close();
    }
  });
});

describe('nothing left', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`(${lang}) says which filters leave nothing, keeps the claimant, and clears in one click`, async () => {
      const app = await openApp(
        browser,
        baseUrl,
        `#lang=${lang}&status=reported&claimant=political-source`,
      );
      try {
        const { page } = app;
        const empty = page.getByTestId('filter-empty');
        await empty.waitFor();
        const text = (await empty.textContent()) ?? '';
        if (lang === 'en') {
          expect(text).toContain('Nothing passes all these filters');
          expect(text).toContain('Only what the source reports');
          expect(text).toContain('Only what Unnamed political source claims');
        } else {
          expect(text).toContain('لا شيء يجتاز كل هذه التصفيات');
          expect(text).toContain('ادعاءات مصدر سياسي فقط');
        }
        // The subject of the filter stays in sight, alone.
        expect(await visibleNodes(page)).toEqual(['political-source']);
        await saveScreenshot(page, `filters-empty-${lang}`);

        await empty.getByRole('button').click();
        await empty.waitFor({ state: 'detached' });
        expect((await visibleNodes(page)).length).toBe(seed.entities.length);
        const hash = await page.evaluate(() => window.location.hash);
        expect(hash).not.toContain('status=');
        expect(hash).not.toContain('claimant=');
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});

describe('the camera after a filter', () => {
  it('frames what is left, inside the area no panel covers', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en');
    try {
      const { page } = app;
      // Zoom far in first, so what a filter leaves starts mostly off screen.
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      await cameraSettled(page);
      await page.getByRole('button', { name: /^Filters/ }).click();
      await page.getByLabel('Only what the source reports').check();
      await page.waitForFunction(() => window.location.hash.includes('status=reported'));
      await cameraSettled(page);
      const { boxes, area } = await page.evaluate(() => ({
        boxes: window.__relgraph?.nodeBoxes() ?? [],
        area: window.__relgraph?.freeArea() ?? null,
      }));
      expect(area).not.toBeNull();
      expect(boxes.length).toBeGreaterThan(0);
      const slack = 4;
      const outside = boxes.filter(
        (b) =>
          !area ||
          b.x1 < area.x1 - slack ||
          b.x2 > area.x2 + slack ||
          b.y1 < area.y1 - slack ||
          b.y2 > area.y2 + slack,
      );
      expect(outside.map((b) => b.id)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('showcase: fade instead of remove', () => {
  it('keeps what is left out in place, faded; the choice is in the URL and the panel', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en&status=reported&filtermode=fade');
    try {
      const { page } = app;
      const classesOf = () =>
        page.evaluate((ids) => ids.map((id) => window.__relgraph?.classes(id) ?? []), interests);
      const before = await classesOf();
      const out = interests.filter((_, i) => before[i]?.includes('filtered-out'));
      expect(out.length).toBeGreaterThan(interests.length / 2);
      expect(before.filter((c) => c.includes('hidden'))).toEqual([]);
      const toggle = page.getByRole('button', { name: /^Filters/ });
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      const hidden = page.getByTestId('filter-mode').getByLabel('Hidden');
      expect(await page.getByTestId('filter-mode').getByLabel('Faded in place').isChecked()).toBe(
        true,
      );
      await hidden.check();
      await page.waitForFunction(() => !window.location.hash.includes('filtermode'));
      const after = await classesOf();
      expect(interests.filter((_, i) => after[i]?.includes('hidden'))).toEqual(out);
      expect(after.filter((c) => c.includes('filtered-out'))).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
