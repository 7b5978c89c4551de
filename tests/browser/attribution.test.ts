/**
 * "Who said it" on every surface of the built app: the canvas names the claimant beside a
 * claimed line (drawn pixels, both languages, for a claimant at neither end), and the details,
 * table, path list, story panel, handout (the PDF's text), PNG (its stamp) and embed say the
 * status and the claimant.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  SCREENSHOT_DIR,
  cameraSettled,
  launchBrowser,
  nextPaint,
  openApp,
  pngPixels,
} from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type Box = { x1: number; y1: number; x2: number; y2: number };

/** Dark pixels (luma < 110) in a PNG. */
async function darkPixels(page: Page, png: Buffer): Promise<number> {
  const data = await pngPixels(page, png);
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) {
    const luma =
      0.299 * (data[i] ?? 255) + 0.587 * (data[i + 1] ?? 255) + 0.114 * (data[i + 2] ?? 255);
    if (luma < 110) dark++;
  }
  return dark;
}

function clipOf(box: Box) {
  return { x: box.x1, y: box.y1, width: box.x2 - box.x1, height: box.y2 - box.y1 };
}

describe('the canvas names who claims a line', () => {
  const cases = [
    // The claimant is a third party: neither Iran nor the militia says it.
    { edge: 'iran-backs-huseynyun', lang: 'en', per: 'per Unnamed political source' },
    { edge: 'iran-backs-huseynyun', lang: 'ar', per: 'بحسب مصدر سياسي' },
    { edge: 'azerbaijan-candidate-for-force', lang: 'en', per: 'per Foreign reports' },
    { edge: 'azerbaijan-candidate-for-force', lang: 'ar', per: 'بحسب تقارير أجنبية' },
  ] as const;

  for (const { edge, lang, per } of cases) {
    it(`${edge} (${lang}): "${per}" is drawn beside the selected line, and gone without it`, async () => {
      const app = await openApp(browser, baseUrl, `#lang=${lang}&edge=${edge}`);
      try {
        const { page } = app;
        await cameraSettled(page);
        expect(await page.evaluate((id) => window.__relgraph?.label(id), edge)).toContain(per);
        const box = await page.evaluate((id) => window.__relgraph?.labelBox(id) ?? null, edge);
        expect(box).not.toBeNull();
        if (!box) return;
        const selected = await darkPixels(page, await page.screenshot({ clip: clipOf(box) }));

        // The same place with nothing selected: the line's label (and its "per …") is not drawn.
        await page.keyboard.press('Escape');
        await page.waitForFunction(
          (id) => !window.__relgraph?.classes(id).includes('selected'),
          edge,
        );
        await cameraSettled(page);
        expect(
          await page.evaluate((id) => window.__relgraph?.labelBox(id) ?? null, edge),
        ).toBeNull();
        const unselected = await darkPixels(page, await page.screenshot({ clip: clipOf(box) }));
        expect(selected, `dark pixels: selected ${selected}, not ${unselected}`).toBeGreaterThan(
          2 * unselected + 40,
        );
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});

describe('status and claimant on the other surfaces', () => {
  it('details: a line with mixed evidence says it is reported and also claimed', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en&edge=israel-azerbaijan-close-relations');
    try {
      const details = app.page.getByTestId('details');
      const head = details.locator('.edge-details > p .badges');
      await head.waitFor();
      expect(await head.textContent()).toBe('Reported also claimed by Joseph Epstein');
    } finally {
      await app.close();
    }
  });

  it('table: each relation row says whose word it is', async () => {
    const app = await openApp(browser, baseUrl, '#lang=ar&view=table', { waitForReady: false });
    try {
      const { page } = app;
      await page.getByTestId('table-entities').waitFor();
      await page.getByRole('tab', { name: /العلاقات/ }).click();
      const row = page.getByTestId('table-relations').locator('tr[data-id="iran-backs-huseynyun"]');
      await row.waitFor();
      expect(await row.locator('[data-status="claimed"]').textContent()).toBe(
        'ادعاء بحسب مصدر سياسي',
      );
      const mixed = page
        .getByTestId('table-relations')
        .locator('tr[data-id="israel-azerbaijan-close-relations"]');
      expect(await mixed.locator('.badges').textContent()).toBe(
        'يورده المصدر وادعاء أيضًا بحسب جوزيف أبشتاين',
      );
    } finally {
      await app.close();
    }
  });

  it('path list: each step of a path says whose word it is', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en&path=iran,huseynyun');
    try {
      const badge = app.page.locator('.path-meta [data-status="claimed"]').first();
      await badge.waitFor();
      expect(await badge.textContent()).toBe('Claimed by Unnamed political source');
    } finally {
      await app.close();
    }
  });

  it('story panel: the evidence of a step says whose word it is', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en&story=azerbaijan-gaza-force&step=2');
    try {
      const panel = app.page.getByTestId('story-player');
      await panel.waitFor();
      const badges = await panel.locator('.evidence [data-status="claimed"]').allTextContents();
      expect(badges.length).toBeGreaterThan(0);
      for (const badge of badges) expect(badge).toMatch(/^Claimed by \S/);
    } finally {
      await app.close();
    }
  });

  it('embed: the details card says whose word it is', async () => {
    const app = await openApp(browser, baseUrl, '?embed=1#lang=ar&edge=iran-backs-huseynyun');
    try {
      const badge = app.page.getByTestId('details').locator('[data-status="claimed"]').first();
      await badge.waitFor();
      expect(await badge.textContent()).toBe('ادعاء بحسب مصدر سياسي');
    } finally {
      await app.close();
    }
  });
});

describe('the printed handout says whose word each quote is', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`(${lang}) the PDF's text has the status and claimant beside the quotes`, async () => {
      const app = await openApp(
        browser,
        baseUrl,
        `#lang=${lang}&story=azerbaijan-gaza-force&step=1`,
      );
      try {
        const { page } = app;
        await page.evaluate(() => {
          (window as unknown as { printed: number }).printed = 0;
          window.print = () => {
            (window as unknown as { printed: number }).printed++;
          };
        });
        await page.locator('.print-handout').click();
        await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, {
          timeout: 30_000,
        });
        await page.emulateMedia({ media: 'print' });
        const file = join(SCREENSHOT_DIR, `handout-${lang}.pdf`);
        await writeFile(file, await page.pdf({ format: 'A4' }));
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        if (lang === 'en') {
          expect(text).toContain('Claimed by Unnamed political source');
          expect(text).toContain('Claimed by Foreign reports');
          expect(text).toContain('Reported');
        } else {
          // pdftotext writes Arabic in visual order; compare without the spaces it moves.
          const flat = text.replace(/\s+/g, '');
          const visual = (s: string) => [...s.replace(/\s+/g, '')].reverse().join('');
          expect(
            flat.includes('ادعاءبحسبمصدرسياسي') || flat.includes(visual('ادعاء بحسب مصدر سياسي')),
          ).toBe(true);
        }
        if (lang === 'ar') {
          // Chromium does not mirror guillemets in RTL: the Arabic quote must open with » to
          // be seen as «…» (outward), not »…«.
          const quotes = await page
            .locator('.handout-quotes q[lang="ar"]')
            .first()
            .evaluate((q) => getComputedStyle(q).quotes);
          expect(quotes).toBe('"»" "«"');
        }
        // Each claimed quote on the page carries its claimant in the same list item.
        const items = await page.$$eval('.handout-quotes li[data-status="claimed"]', (lis) =>
          lis.map((li) => li.querySelector('.handout-status')?.textContent ?? ''),
        );
        expect(items.length).toBeGreaterThan(0);
        for (const item of items)
          expect(item).toMatch(lang === 'en' ? /^Claimed by \S/ : /^ادعاء بحسب \S/);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('a picture says what part of the network it shows', () => {
  it('a 16:9 slide of a filtered view is 1920×1080 and carries the "Shown" stamp', async () => {
    const app = await openApp(browser, baseUrl, '#lang=en&claimant=political-source');
    try {
      const { page } = app;
      await cameraSettled(page);
      const download = page.waitForEvent('download');
      await page.locator('.export-frames [data-frame="slide"]').click();
      const bytes = await readFile(await (await download).path());
      expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
      await (await download).saveAs(join(SCREENSHOT_DIR, 'export-slide-filtered-en.png'));
      // The header's third line (what is shown) is drawn: dark text pixels in its band, at the
      // frame's band scale (1920 / 1000): y from 50 to 84 CSS px of the header.
      const stamp = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d');
        if (!ctx) return { stampRow: -1, emptyRow: -1 };
        ctx.drawImage(image, 0, 0);
        const k = canvas.width / 1000;
        const count = (y0: number, y1: number) => {
          const { data } = ctx.getImageData(
            0,
            Math.round(y0 * k),
            canvas.width,
            Math.round((y1 - y0) * k),
          );
          let dark = 0;
          for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 140) dark++;
          return dark;
        };
        return { stampRow: count(58, 80), emptyRow: count(80, 83) };
      }, bytes.toString('base64'));
      expect(stamp.stampRow).toBeGreaterThan(500);
      expect(stamp.emptyRow).toBeLessThan(stamp.stampRow / 10);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('square and A4 frames have their sizes, whatever the window', async () => {
    const app = await openApp(browser, baseUrl, '#lang=ar', {
      viewport: { width: 716, height: 1061 },
    });
    try {
      const { page } = app;
      for (const [frame, size] of [
        ['square', { width: 1080, height: 1080 }],
        ['a4', { width: 1240, height: 1754 }],
      ] as const) {
        const download = page.waitForEvent('download');
        await page.locator(`.export-frames [data-frame="${frame}"]`).click();
        const bytes = await readFile(await (await download).path());
        expect(pngSize(bytes), frame).toEqual(size);
        await (await download).saveAs(join(SCREENSHOT_DIR, `export-${frame}-ar.png`));
        await nextPaint(page);
      }
    } finally {
      await app.close();
    }
  });
});
