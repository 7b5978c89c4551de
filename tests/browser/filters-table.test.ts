import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, nextPaint, openApp, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');

interface SeedJson {
  entities: { id: string; kind: string }[];
  relations: { id: string; time?: { from?: number; to?: number } }[];
  claims: { id: string }[];
}

const seed = JSON.parse(
  readFileSync(new URL('../../data/azerbaijan-gaza.json', import.meta.url), 'utf8'),
) as SeedJson;
const claimEdgeIds = seed.claims.map((c) => `claim:${c.id}`);
const relationsIn = (year: number) =>
  seed.relations
    .filter((r) => r.time && (r.time.from ?? -Infinity) <= year && (r.time.to ?? Infinity) >= year)
    .map((r) => r.id);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Which of these graph elements carry the 'hidden' class. */
function hiddenOf(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate(
    (list) => list.filter((id) => window.__relgraph?.classes(id).includes('hidden')),
    ids,
  );
}

function hashParams(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(new URLSearchParams(window.location.hash.replace(/^#/, ''))),
  );
}

async function openFilters(page: Page, name: RegExp | string = /^Filters/): Promise<void> {
  const toggle = page.getByRole('button', { name });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByTestId('filter-summary').waitFor();
}

describe('filters on the graph', () => {
  it('"only what the source reports" hides every claim line, survives a reload, and resets', async () => {
    const app = await openApp(browser, baseUrl);
    const { page } = app;
    try {
      expect(claimEdgeIds.length).toBeGreaterThan(0);
      expect(await hiddenOf(page, claimEdgeIds)).toEqual([]);

      await openFilters(page);
      await page.getByRole('radio', { name: /Only what the source reports/ }).check();
      await page.waitForFunction(() => window.location.hash.includes('status=reported'));
      await nextPaint(page);
      expect(await hiddenOf(page, claimEdgeIds)).toEqual(claimEdgeIds);
      // Reported relations stay.
      expect(await hiddenOf(page, ['israel-azerbaijan-close-relations'])).toEqual([]);
      expect(await page.getByTestId('filter-badge').innerText()).toBe('1');
      const summary = await page.getByTestId('filter-summary').innerText();
      expect(summary).toMatch(/of 50 entities, \d+ of \d+ lines shown/);

      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
      await nextPaint(page);
      expect((await hashParams(page)).status).toBe('reported');
      expect(await hiddenOf(page, claimEdgeIds)).toEqual(claimEdgeIds);
      // A link with filters opens the panel, showing what is on.
      await openFilters(page);
      expect(
        await page.getByRole('radio', { name: /Only what the source reports/ }).isChecked(),
      ).toBe(true);

      await page.getByRole('button', { name: /Reset all filters/ }).click();
      await page.waitForFunction(() => !window.location.hash.includes('status='));
      await nextPaint(page);
      expect(await hiddenOf(page, claimEdgeIds)).toEqual([]);
      expect(await page.getByTestId('filter-badge').count()).toBe(0);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the time slider limited to 2025 hides the 2020 relations, and the URL carries it', async () => {
    const app = await openApp(browser, baseUrl);
    const { page } = app;
    try {
      const of2020 = relationsIn(2020);
      const of2025 = relationsIn(2025);
      expect(of2020.length).toBeGreaterThan(0);
      expect(of2025.length).toBeGreaterThan(0);
      await openFilters(page);
      const from = page.getByRole('slider', { name: 'From' });
      await from.focus();
      await page.keyboard.press('End');
      await page.waitForFunction(() => window.location.hash.includes('years=2025-2025'));
      await nextPaint(page);
      expect(await hiddenOf(page, of2020)).toEqual(of2020);
      expect(await hiddenOf(page, of2025)).toEqual([]);
      // Undated relations stay unless asked.
      expect(await hiddenOf(page, ['israel-azerbaijan-close-relations'])).toEqual([]);
      await page.getByRole('checkbox', { name: /Hide undated relations/ }).check();
      await page.waitForFunction(() => window.location.hash.includes('undated=hide'));
      await nextPaint(page);
      expect(await hiddenOf(page, ['israel-azerbaijan-close-relations'])).toEqual([
        'israel-azerbaijan-close-relations',
      ]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('kinds hide the entities of the other kinds on the canvas', async () => {
    const app = await openApp(browser, baseUrl, '#kinds=country,person');
    try {
      const expected = seed.entities
        .filter((e) => e.kind === 'country' || e.kind === 'person')
        .map((e) => e.id)
        .sort();
      const shown = await app.page.evaluate(() => window.__relgraph?.visibleNodeIds() ?? []);
      expect([...shown].sort()).toEqual(expected);
    } finally {
      await app.close();
    }
  });

  it('screenshots: the open panel in English and Arabic', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const app = await openApp(browser, baseUrl, `#lang=${lang}&status=reported&node=azerbaijan`);
      try {
        await openFilters(app.page, lang === 'en' ? /^Filters/ : /^تصفية/);
        await app.page.locator('.filter-more > summary').click();
        await nextPaint(app.page);
        await saveScreenshot(app.page, `filters-${lang}`);
        // Nothing in the panel spills out of it.
        const overflow = await app.page.evaluate(() => {
          const panel = document.querySelector('.filter-body');
          return panel ? panel.scrollWidth - panel.clientWidth : -1;
        });
        expect(overflow).toBe(0);
        // The lower half: evidence, neighbourhood, time.
        await app.page.locator('.filter-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await nextPaint(app.page);
        await saveScreenshot(app.page, `filters-${lang}-lower`);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    }
  });

  it('on a phone the panel is a sheet with a close button', async () => {
    const app = await openApp(browser, baseUrl, '#status=claimed', {
      viewport: { width: 390, height: 800 },
    });
    try {
      await openFilters(app.page);
      await nextPaint(app.page);
      await saveScreenshot(app.page, 'filters-phone');
      const box = await app.page.locator('.filter-body').boundingBox();
      expect(box?.width).toBe(390);
      await app.page.getByRole('button', { name: 'Close filters' }).click();
      expect(await app.page.locator('.filter-body').count()).toBe(0);
      // Focus goes back to the button that opened it.
      expect(
        await app.page.evaluate(() => document.activeElement?.classList.contains('filter-toggle')),
      ).toBe(true);
      await app.page.getByRole('button', { name: 'Table', exact: true }).click();
      await app.page.getByTestId('table-entities').waitFor();
      await nextPaint(app.page);
      await saveScreenshot(app.page, 'table-phone');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('the table view', () => {
  it('shows as many entity rows as the dataset has entities of the filtered kinds', async () => {
    const app = await openApp(browser, baseUrl, '#view=table&kinds=country,person', {
      waitForReady: false,
    });
    const { page } = app;
    try {
      await page.getByTestId('table-entities').waitFor();
      const expected = seed.entities.filter((e) => e.kind === 'country' || e.kind === 'person');
      const rows = page.locator('[data-testid="table-entities"] tbody tr[data-id]');
      expect(await rows.count()).toBe(expected.length);
      const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
      expect([...ids].sort()).toEqual(expected.map((e) => e.id).sort());

      // Without filters: every entity.
      await openFilters(page);
      await page.getByRole('button', { name: /Reset all filters/ }).click();
      await page.waitForFunction(() => !window.location.hash.includes('kinds='));
      expect(await rows.count()).toBe(seed.entities.length);

      // Clicking a row selects its entity; the row is marked.
      await page.locator('[data-testid="table-entities"] tr[data-id="iran"] td').nth(2).click();
      await page.waitForFunction(() => window.location.hash.includes('node=iran'));
      expect(
        await page
          .locator('[data-testid="table-entities"] tr[data-id="iran"]')
          .getAttribute('aria-current'),
      ).toBe('true');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('"only reported" leaves no claim rows', async () => {
    const app = await openApp(browser, baseUrl, '#view=table&status=reported', {
      waitForReady: false,
    });
    try {
      await app.page.getByRole('tab', { name: /Claims/ }).click();
      await app.page.getByTestId('table-claims').waitFor();
      expect(await app.page.locator('[data-testid="table-claims"] tbody tr[data-id]').count()).toBe(
        0,
      );
    } finally {
      await app.close();
    }
  });

  it('screenshots: entities and relations in English and Arabic', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const app = await openApp(browser, baseUrl, `#lang=${lang}&view=table&node=israel`, {
        waitForReady: false,
      });
      try {
        await app.page.getByTestId('table-entities').waitFor();
        await nextPaint(app.page);
        await saveScreenshot(app.page, `table-${lang}`);
        await app.page.getByRole('tab', { name: lang === 'en' ? /Relations/ : /العلاقات/ }).click();
        await app.page.getByTestId('table-relations').waitFor();
        await nextPaint(app.page);
        await saveScreenshot(app.page, `table-relations-${lang}`);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    }
  });
});
