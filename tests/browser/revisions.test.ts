/**
 * Corrections, visibly, in the built app: "Updated on …" opens the list of revisions in the
 * explorer and in the embed, and a link made for an earlier version says a newer one exists.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('revisions of the dataset', () => {
  it('explorer (en): "Updated on" opens what changed, and Escape closes it', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en');
    try {
      const { page } = app;
      const button = page.getByTestId('revisions-button');
      expect(await button.textContent()).toContain('Updated on 2 December 2026');
      await button.click();
      const dialog = page.getByTestId('revisions-dialog');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('2 December 2026');
      await saveScreenshot(page, 'revisions-en');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('embed (ar): an old link says the data changed since, and shows what changed', async () => {
    const app = await openApp(browser, baseUrl, '?embed=1#lang=ar&v=1');
    try {
      const { page } = app;
      const notice = page.getByTestId('old-link-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('الإصدار 1');
      expect(await page.getByTestId('revisions-button').textContent()).toContain('حُدّث في');
      await notice.getByRole('button').first().click();
      await page.getByTestId('revisions-dialog').waitFor();
      await saveScreenshot(page, 'revisions-embed-ar');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
