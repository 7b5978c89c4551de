/**
 * Search and "How are these connected?" in the built app: the combobox finds names in either
 * language, Enter selects (and the URL names the entity), a path opened from the URL is listed
 * with its evidence and highlighted on the graph, and a reversed directed pair says "no path".
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, nextPaint, openApp, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function classesOf(page: Page, id: string): Promise<string[]> {
  return page.evaluate((node) => window.__relgraph?.classes(node) ?? [], id);
}

function hash(page: Page): Promise<URLSearchParams> {
  return page.evaluate(() => location.hash).then((h) => new URLSearchParams(h.replace(/^#/, '')));
}

/** A box's edges in page pixels. */
function box(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
    });
}

describe('search', () => {
  it('finds أذربيجان from اذربيجان, with both names, in English', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en');
    try {
      const { page } = app;
      // "/" focuses the search from anywhere.
      await page.locator('body').press('/');
      const search = page.getByRole('combobox', { name: 'Search entities' });
      expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
      await search.pressSequentially('اذربيجان');
      const option = page.locator('[role="option"][data-entity="azerbaijan"]');
      await option.waitFor({ state: 'visible' });
      expect(await option.locator('.option-name').innerText()).toBe('Azerbaijan');
      expect(await option.locator('.option-other').innerText()).toBe('أذربيجان');
      expect(await option.getAttribute('aria-selected')).toBe('true');
      expect(await search.getAttribute('aria-expanded')).toBe('true');
      // The list hangs from the input's inline start (left in English).
      const input = await box(page, '.search .combobox-input');
      const list = await box(page, '.search .combobox-list');
      expect(Math.abs(list.left - input.left)).toBeLessThan(2);
      await nextPaint(page);
      await saveScreenshot(page, 'search-en');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('finds the Huseynyun militia by "hezbollah of the caucasus" and selects it with Enter', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en');
    try {
      const { page } = app;
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await search.click();
      await search.pressSequentially('hezbollah of the caucasus');
      const first = page.locator('[role="option"]').first();
      await first.waitFor({ state: 'visible' });
      expect(await first.getAttribute('data-entity')).toBe('huseynyun');
      expect(await first.innerText()).toContain('Huseynyun militia');
      await search.press('Enter');
      await page.locator('[data-testid="details"] [data-entity="huseynyun"]').first().waitFor();
      expect((await hash(page)).get('node')).toBe('huseynyun');
      expect(await search.getAttribute('aria-expanded')).toBe('false');
      // Esc in the search box does not drop the selection.
      await search.press('Escape');
      expect((await hash(page)).get('node')).toBe('huseynyun');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('mirrors in Arabic: the list hangs from the right edge of the input', async () => {
    const app = await openApp(browser, baseUrl, '#lang=ar');
    try {
      const { page } = app;
      const search = page.getByRole('combobox', { name: 'البحث في الكيانات' });
      await search.click();
      await search.pressSequentially('حزب الله');
      const first = page.locator('[role="option"]').first();
      await first.waitFor({ state: 'visible' });
      expect(await page.locator('[role="option"][data-entity="huseynyun"]').count()).toBe(1);
      const input = await box(page, '.search .combobox-input');
      const list = await box(page, '.search .combobox-list');
      expect(Math.abs(list.right - input.right)).toBeLessThan(2);
      const name = await box(page, '[role="option"] .option-name');
      const other = await box(page, '[role="option"] .option-other');
      const kind = await box(page, '[role="option"] .kind-chip');
      // The Arabic name first (above the English one); the row mirrored: the kind on the left.
      expect(name.bottom).toBeLessThanOrEqual(other.top + 1);
      expect(kind.right).toBeLessThan(name.left);
      await nextPaint(page);
      await saveScreenshot(page, 'search-ar');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('How are these connected?', () => {
  it('lists Israel → Huseynyun militia with its evidence and highlights it on the graph', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en&path=israel,huseynyun');
    try {
      const { page } = app;
      const panel = page.getByRole('region', { name: 'How are these connected?' });
      await panel.waitFor({ state: 'visible' });
      const text = await panel.innerText();
      expect(text).toContain('Connected in 2 steps');
      expect(text).toContain('¶5');
      expect(text).toContain('¶2');
      const faces = panel.locator('.path-step[data-edge="azerbaijan-faces-huseynyun"]');
      expect(await faces.locator('.path-meta').innerText()).toContain(
        'Claimed by Unnamed political source',
      );
      await faces.getByText('Evidence (1)').click();
      await faces.locator('.quote').waitFor({ state: 'visible' });
      expect(await faces.innerText()).toContain('Both countries face proxies backed by Iran');

      for (const id of ['israel', 'azerbaijan', 'huseynyun', 'azerbaijan-faces-huseynyun']) {
        expect(await classesOf(page, id)).toContain('on-path');
      }
      expect(await classesOf(page, 'hamas')).not.toContain('on-path');

      // Floats at the top of the inline end (right in English), clear of the toolbar.
      const canvas = await box(page, '.canvas-area');
      const panelBox = await box(page, '[data-testid="path-panel"]');
      const toolbar = await box(page, '.toolbar');
      expect(canvas.right - panelBox.right).toBeLessThan(20);
      expect(panelBox.left).toBeGreaterThan(toolbar.right);
      expect(panelBox.bottom).toBeLessThanOrEqual(canvas.bottom);
      await nextPaint(page);
      await saveScreenshot(page, 'path-en');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('in Arabic, floats at the left and reads right to left', async () => {
    const app = await openApp(browser, baseUrl, '#lang=ar&path=israel,huseynyun');
    try {
      const { page } = app;
      const panel = page.getByRole('region', { name: 'كيف يرتبط هذان؟' });
      await panel.waitFor({ state: 'visible' });
      expect(await panel.innerText()).toContain('متصلان بخطوتين');
      const canvas = await box(page, '.canvas-area');
      const panelBox = await box(page, '[data-testid="path-panel"]');
      const toolbar = await box(page, '.toolbar');
      expect(panelBox.left - canvas.left).toBeLessThan(20);
      expect(panelBox.right).toBeLessThan(toolbar.left);
      const faces = panel.locator('.path-step[data-edge="azerbaijan-faces-huseynyun"]');
      await faces.locator('.path-evidence > summary').click();
      await faces.locator('.quote').waitFor({ state: 'visible' });
      await nextPaint(page);
      await saveScreenshot(page, 'path-ar');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('says "no path" for a reversed pair when direction matters, and suggests ignoring it', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en&path=huseynyun,israel&directed=1');
    try {
      const { page } = app;
      const none = page.getByTestId('path-none');
      await none.waitFor({ state: 'visible' });
      expect(await none.innerText()).toContain('No connection from Huseynyun militia to Israel');
      expect(await classesOf(page, 'azerbaijan')).not.toContain('on-path');
      await none.getByRole('button', { name: 'Search both ways' }).click();
      await page.locator('.path-step').first().waitFor();
      expect((await hash(page)).get('directed')).toBeNull();
      expect((await hash(page)).get('path')).toBe('huseynyun,israel');
      expect(await classesOf(page, 'azerbaijan')).toContain('on-path');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('starts from the search with Shift+Enter and completes in the panel', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en');
    try {
      const { page } = app;
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await search.click();
      await search.pressSequentially('israel');
      await page.locator('[role="option"]').first().waitFor();
      await search.press('Shift+Enter');
      const picker = page.getByRole('combobox', { name: 'Entity to connect to' });
      await picker.waitFor();
      expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);
      await picker.pressSequentially('Husseiniyoun');
      await page.locator('.path-picker [role="option"][data-entity="huseynyun"]').waitFor();
      await picker.press('Enter');
      await page.locator('.path-step').first().waitFor();
      expect((await hash(page)).get('path')).toBe('israel,huseynyun');
      expect(await classesOf(page, 'azerbaijan')).toContain('on-path');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
