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

function htmlLangDir(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
}

describe('smoke: the built app', () => {
  it('opens in English and draws the graph on a canvas, without errors', async () => {
    const app = await openApp(browser, baseUrl);
    try {
      expect(app.errors).toEqual([]);
      expect(await htmlLangDir(app.page)).toEqual({ lang: 'en', dir: 'ltr' });

      const canvases = await app.page.$$eval('[data-testid="graph"] canvas', (elements) =>
        elements.map((el) => {
          const rect = el.getBoundingClientRect();
          return { width: rect.width, height: rect.height };
        }),
      );
      expect(canvases.length).toBeGreaterThan(0);
      expect(canvases.some((c) => c.width > 0 && c.height > 0)).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('switches to Arabic (RTL, Arabic labels) with the العربية button', async () => {
    const app = await openApp(browser, baseUrl);
    try {
      await saveScreenshot(app.page, 'smoke-en');

      await app.page.getByRole('button', { name: 'العربية', exact: true }).click();
      await app.page.waitForFunction(
        () => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl',
        undefined,
        { timeout: 5_000 },
      );
      expect(await htmlLangDir(app.page)).toEqual({ lang: 'ar', dir: 'rtl' });

      await app.page
        .locator('[data-testid="graph"][data-label-lang="ar"]')
        .waitFor({ timeout: 5_000 });
      const graph = app.page.locator('[data-testid="graph"]');
      expect(await graph.getAttribute('data-label-lang')).toBe('ar');

      await nextPaint(app.page);
      await saveScreenshot(app.page, 'smoke-ar');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('starts right-to-left with #lang=ar', async () => {
    const app = await openApp(browser, baseUrl, '#lang=ar');
    try {
      expect(await htmlLangDir(app.page)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('shows a clear error, not a blank page, when the graph cannot be loaded', async () => {
    const app = await openApp(browser, baseUrl, '?graph=missing.json', { waitForReady: false });
    try {
      const alert = app.page.locator('[role="alert"]').first();
      await alert.waitFor({ state: 'visible', timeout: 15_000 });
      expect((await alert.innerText()).trim()).not.toBe('');
    } finally {
      await app.close();
    }
  });
});
