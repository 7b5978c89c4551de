/**
 * "Bring your own graph", on the built app: open a GEXF file with the picker, drop a CSV set on
 * the window, download the dataset as JSON and GEXF, reload and still see the opened file, go
 * back to the bundled dataset; a broken file shows the error dialog (English and Arabic, with
 * file, row and column) and the graph on screen stays as it was.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

import { join, resolve } from 'node:path';
import type { Browser, JSHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphProbe } from '../../src/graph/debug';
import { exportDataset } from '../../src/io';
import type { Dataset } from '../../src/model/schema';
import {
  launchBrowser,
  nextPaint,
  openApp,
  READY_TIMEOUT_MS,
  saveScreenshot,
  waitForGraphReady,
  type OpenedApp,
} from './browser';
import { removeSnapshot, snapshotDist } from './dist-snapshot';
import { communitiesGexf } from '../fixtures/generated';
import { startStaticServer, type StaticServer } from './server';

const ROOT = resolve(__dirname, '../..');
const SEED: Dataset = JSON.parse(readFileSync(join(ROOT, 'data/azerbaijan-gaza.json'), 'utf8'));

/** The shared copy of the Les Misérables graph if this checkout has it, else the fixture. */
const GEXF = [
  resolve(ROOT, '../shared/datasets/les_miserables.gexf'),
  join(ROOT, 'tests/fixtures/datasets/les_miserables.gexf'),
].find((path) => existsSync(path)) as string;

interface DropFile {
  name: string;
  content: string;
  type: string;
}

let browser: Browser;
let DIST: string;
let app: StaticServer;
let baseUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  DIST = await snapshotDist('io');
  app = await startStaticServer({ root: DIST });
  baseUrl = app.url;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await removeSnapshot(DIST);
});

function visibleCount(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as { __relgraph?: GraphProbe }).__relgraph?.visibleNodeIds().length ?? -1,
  );
}

async function waitForCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => (window as { __relgraph?: GraphProbe }).__relgraph?.visibleNodeIds().length === n,
    count,
    { timeout: READY_TIMEOUT_MS },
  );
}

/** A DataTransfer holding files, built in the page (as the browser builds one for a drop). */
function dataTransfer(page: Page, files: DropFile[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      transfer.items.add(new File([file.content], file.name, { type: file.type }));
    }
    return transfer;
  }, files);
}

async function dropFiles(page: Page, files: DropFile[], screenshot?: string): Promise<void> {
  const transfer = await dataTransfer(page, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.getByTestId('io-drop-overlay').waitFor();
  if (screenshot) {
    await nextPaint(page);
    await saveScreenshot(page, screenshot);
  }
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await page.getByTestId('io-drop-overlay').waitFor({ state: 'detached' });
  await transfer.dispose();
}

async function openMenu(page: Page): Promise<void> {
  const button = page.getByTestId('file-menu-button');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByTestId('file-menu').waitFor();
}

async function download(page: Page, format: string): Promise<string> {
  await openMenu(page);
  const waiting = page.waitForEvent('download');
  await page.locator(`[data-testid="file-menu"] button[data-format="${format}"]`).click();
  const file = await waiting;
  const path = await file.path();
  expect(file.suggestedFilename()).toMatch(/\.(json|gexf)$/);
  return readFile(path, 'utf8');
}

function hashOf(page: Page): Promise<URLSearchParams> {
  return page.evaluate(() => location.hash.slice(1)).then((hash) => new URLSearchParams(hash));
}

/** The seed's CSV set, as the API writes it: entities, relations and sources only. */
async function seedCsvSet(): Promise<DropFile[]> {
  const { files } = await exportDataset(SEED, 'csv');
  return files
    .filter((file) => ['entities.csv', 'relations.csv', 'sources.csv'].includes(file.filename))
    .map((file) => ({ name: file.filename, content: file.content, type: 'text/csv' }));
}

/** tests/fixtures/datasets/csv-minimal with one case of tests/fixtures/csv-broken laid over it. */
function brokenCsvSet(defect: string): DropFile[] {
  const base = join(ROOT, 'tests/fixtures/datasets/csv-minimal');
  const over = join(ROOT, 'tests/fixtures/csv-broken', defect);
  return readdirSync(base).map((name) => ({
    name,
    type: 'text/csv',
    content: readFileSync(
      existsSync(join(over, name)) ? join(over, name) : join(base, name),
      'utf8',
    ),
  }));
}

describe('bring your own graph', () => {
  it('opens, downloads, survives a reload and goes back to the bundled dataset', async () => {
    const opened: OpenedApp = await openApp(browser, baseUrl, '#lang=en');
    const { page } = opened;
    try {
      const seedVisible = await visibleCount(page);
      expect(seedVisible).toBe(SEED.entities.length);

      // The menu: keyboard only. Opening focuses the first entry; arrows move; Escape closes.
      const button = page.getByTestId('file-menu-button');
      await button.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('file-menu').waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
        'Open a file',
      );
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-format'))).toBe(
        'json',
      );
      await page.keyboard.press('End');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
        'Bundled dataset',
      );
      await page.keyboard.press('Home');
      await nextPaint(page);
      await saveScreenshot(page, 'io-menu-en');
      await page.keyboard.press('Escape');
      await page.getByTestId('file-menu').waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'file-menu-button',
      );

      // The picker: a GEXF file.
      await page.getByTestId('file-input').setInputFiles(GEXF);
      await waitForCount(page, 77);
      await expect
        .poll(() => page.getByTestId('io-status').textContent())
        .toBe('Opened les_miserables.gexf: 77 entities, 254 relations.');
      expect(await page.getByTestId('io-banner-file').textContent()).toBe('les_miserables.gexf');
      // Labels exist in one language only: never silent, one group for all of them, and each
      // one listed when the group is opened.
      const warnings = page.getByTestId('io-warnings');
      expect(await warnings.textContent()).toContain(
        '78 × Labels given in one language only: the other language shows the same text',
      );
      await warnings.locator('[data-code="labelFallback"] summary').click();
      await expect
        .poll(() => warnings.textContent())
        .toContain('The Arabic label is missing, so the English one ("Myriel")');
      expect((await hashOf(page)).get('open')).toBe('session');

      // Download what is on screen.
      const json = JSON.parse(await download(page, 'json')) as Dataset;
      expect(json.entities).toHaveLength(77);
      expect(json.relations).toHaveLength(254);
      const gexf = await download(page, 'gexf');
      expect(gexf).toContain('<gexf');
      expect(gexf).toContain('Valjean');

      // A drop: the seed's CSV set (entities, relations, sources).
      const csv = await seedCsvSet();
      await dropFiles(page, csv, 'io-drop-overlay-en');
      await waitForCount(page, SEED.entities.length);
      expect(await page.getByTestId('io-banner-file').textContent()).toBe(
        'entities.csv, relations.csv, sources.csv',
      );

      // A broken file: the dialog says what and where; the graph stays.
      await page.getByTestId('file-input').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"version": 1, "entities": [', 'utf8'),
      });
      const dialog = page.getByTestId('io-error');
      await dialog.waitFor();
      const report = await dialog.textContent();
      expect(report).toContain('This file cannot be opened');
      expect(report).toContain('broken.json');
      expect(report).toContain('not valid JSON: line 1');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await visibleCount(page)).toBe(SEED.entities.length);
      expect(await page.getByTestId('io-banner-file').textContent()).toBe(
        'entities.csv, relations.csv, sources.csv',
      );

      // A reload keeps the opened file, not the seed.
      await page.reload({ waitUntil: 'load' });
      await waitForGraphReady(page);
      await waitForCount(page, SEED.entities.length);
      expect(await page.getByTestId('io-banner-file').textContent()).toBe(
        'entities.csv, relations.csv, sources.csv',
      );
      expect((await hashOf(page)).get('open')).toBe('session');
      expect(await page.title()).toContain('imported');

      // Back to the bundled dataset: one click, a reload, the seed, and it stays so.
      await page.getByTestId('io-back').click();
      await page.waitForURL((url) => !url.hash.includes('open='));
      await page.waitForLoadState('load');
      await waitForGraphReady(page);
      await waitForCount(page, seedVisible);
      expect(await page.getByTestId('io-banner-file').count()).toBe(0);
      expect(await page.title()).not.toContain('imported');
      await page.reload({ waitUntil: 'load' });
      await waitForGraphReady(page);
      expect(await page.getByTestId('io-banner-file').count()).toBe(0);

      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('reports a broken CSV set in Arabic with file, row and column, and keeps the graph', async () => {
    const opened = await openApp(browser, baseUrl, '#lang=ar');
    const { page } = opened;
    try {
      const before = await visibleCount(page);
      await dropFiles(page, brokenCsvSet('bad-kind'));
      const dialog = page.getByTestId('io-error');
      await dialog.waitFor();
      const report = (await dialog.textContent()) ?? '';
      expect(report).toContain('لا يمكن فتح هذا الملف');
      expect(report).toContain('entities.csv، الصف 2، العمود "kind"');
      expect(report).toContain('"nation"');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await nextPaint(page);
      await saveScreenshot(page, 'io-error-ar');
      await page.getByRole('button', { name: 'إغلاق' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await visibleCount(page)).toBe(before);
      expect(await page.getByTestId('io-banner-file').count()).toBe(0);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it(
    'reads a large file in a worker, with its progress and Cancel, in Arabic',
    { timeout: 120_000 },
    async () => {
      const opened = await openApp(browser, baseUrl, '#lang=ar');
      const { page } = opened;
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      const big = { name: 'communities-5000.gexf', mimeType: 'application/xml' };
      const buffer = Buffer.from(communitiesGexf(5000));
      try {
        const before = await visibleCount(page);
        await page.getByTestId('file-input').setInputFiles({ ...big, buffer });
        await page.getByRole('progressbar', { name: 'فتح الملف' }).waitFor();
        expect(await page.getByTestId('io-status').textContent()).toMatch(
          /^جارٍ (فتح|قراءة|التحقق من) communities-5000\.gexf…$/,
        );
        await nextPaint(page);
        await saveScreenshot(page, 'io-opening-ar');
        await page.getByRole('button', { name: 'إلغاء' }).click();
        await page.getByText('أُوقف فتح communities-5000.gexf. لم يتغيّر الرسم المعروض.').waitFor();
        expect(await page.getByRole('progressbar').count()).toBe(0);
        // The seed stays: the worker was stopped, so nothing of the file can arrive later.
        expect(await visibleCount(page)).toBe(before);
        expect(await page.getByTestId('io-banner-file').count()).toBe(0);

        // Opened again to the end: the work ran in the import worker, and every node is drawn.
        await page.getByTestId('file-input').setInputFiles({ ...big, buffer });
        // 5,000 entities and 9,800 lines take seconds to draw on a busy 2-core machine.
        await page.getByTestId('io-banner-file').waitFor({ timeout: 4 * READY_TIMEOUT_MS });
        await waitForCount(page, 5000);
        expect(workers.some((url) => /read-graph\.worker/.test(url))).toBe(true);
        // The banner is one line at this width: the file's name beside the way back.
        const name = await page.getByTestId('io-banner-file').boundingBox();
        const back = await page.getByTestId('io-back').boundingBox();
        expect(Math.abs(name!.y + name!.height / 2 - (back!.y + back!.height / 2))).toBeLessThan(8);

        // No positions in the file: ForceAtlas2 refines the draft in a worker, and Stop keeps
        // what is drawn as the dataset's positions, so a download carries the arrangement.
        await page.getByRole('progressbar', { name: 'ترتيب الشبكة' }).waitFor();
        expect(workers.some((url) => /force-atlas\.worker/.test(url))).toBe(true);
        await saveScreenshot(page, 'io-arranging-ar');
        await page.getByRole('button', { name: 'إيقاف' }).click();
        await page.getByText('رُتّبت الشبكة: تحتفظ التنزيلات بهذه المواضع.').waitFor();
        const saved = JSON.parse(await download(page, 'json')) as Dataset;
        expect(saved.entities).toHaveLength(5000);
        expect(saved.entities.every((e) => e.position)).toBe(true);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    },
  );

  it('says so when the file opened earlier is not stored in this browser', async () => {
    const opened = await openApp(browser, baseUrl, '#open=session&lang=en');
    const { page } = opened;
    try {
      await page.getByTestId('io-not-stored').waitFor();
      expect(await page.getByTestId('io-not-stored').textContent()).toContain(
        'The file opened earlier is not stored in this browser',
      );
      expect(await visibleCount(page)).toBe(SEED.entities.length);
      expect((await hashOf(page)).get('open')).toBeNull();
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
