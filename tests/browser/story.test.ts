/**
 * Briefing mode in the built app: a story link opens the presenter at that step, the keys walk
 * it (captions in English and Arabic, the step in the URL), reduced motion makes camera moves
 * final at once, "Download PNG" saves a picture of a defined size, and "Print handout" prints
 * one page per step with its caption.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { SCREENSHOT_DIR, cameraSettled, launchBrowser, openApp, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');
const STORY = 'azerbaijan-gaza-force';

interface SeedStep {
  title: { ar: string; en: string };
  caption: { ar: string; en: string };
  focus: string[];
}
const seed = JSON.parse(readFileSync('data/azerbaijan-gaza.json', 'utf8')) as {
  stories: { id: string; steps: SeedStep[] }[];
};
const steps = seed.stories.find((story) => story.id === STORY)?.steps ?? [];

/**
 * The exported picture: the graph view (CSS size w × h) at scale s, plus three bands drawn into
 * it, in CSS pixels: an 84 px header (title, step, what is shown), a 136 px legend and a 32 px
 * source line (src/graph/export-png.ts, EXPORT_BANDS). So width = w × s and height =
 * (h + 252) × s.
 */
const BANDS = 84 + 136 + 32;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const caption = (page: Page) => page.getByTestId('story-caption').textContent();

/** window.print counts instead of opening a dialog (headless has none to close). */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
}

/** Drawing every step of a handout takes a while on a busy machine. */
async function printedOnce(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, {
    timeout: 30_000,
  });
}

async function waitForStep(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (step) =>
      document.querySelector('[data-testid="story-player"]')?.getAttribute('data-step') ===
        String(step) && new URLSearchParams(location.hash.slice(1)).get('step') === String(step),
    n,
    { timeout: 5_000 },
  );
}

function hashParam(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–24). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('story: presenter mode', () => {
  it('the seed story has the steps this test walks', () => {
    expect(steps.length).toBeGreaterThanOrEqual(6);
  });

  it('opens at the linked step and walks it with →, Page Down and Page Up (English)', async () => {
    const app = await openApp(browser, baseUrl, `#story=${STORY}&step=1`);
    try {
      const { page } = app;
      await page.getByTestId('story-player').waitFor();
      await waitForStep(page, 1);
      expect(await caption(page)).toBe(steps[0]?.caption.en);
      expect(await page.locator('.app').getAttribute('data-theme')).toBe('projector');
      const progress = page.getByRole('progressbar');
      expect(await progress.getAttribute('aria-valuenow')).toBe('1');
      expect(await progress.getAttribute('aria-valuemax')).toBe(String(steps.length));
      expect(await page.getByTestId('story-counter').textContent()).toBe(
        `Step 1 of ${steps.length}`,
      );

      await page.keyboard.press('ArrowRight');
      await waitForStep(page, 2);
      expect(await caption(page)).toBe(steps[1]?.caption.en);
      expect(await progress.getAttribute('aria-valuenow')).toBe('2');
      expect(await hashParam(page, 'story')).toBe(STORY);
      await cameraSettled(page);
      await saveScreenshot(page, 'story-en-step2');

      await page.keyboard.press('PageDown');
      await waitForStep(page, 3);
      expect(await caption(page)).toBe(steps[2]?.caption.en);

      await page.keyboard.press('PageUp');
      await waitForStep(page, 2);
      expect(await caption(page)).toBe(steps[1]?.caption.en);

      // The step's focus stands out on the graph; the rest fades.
      const classes = await page.evaluate(() => ({
        candidate: window.__relgraph?.classes('azerbaijan-candidate-for-force') ?? [],
        far: window.__relgraph?.classes('begin-sadat-center') ?? [],
      }));
      expect(classes.candidate).toContain('story-focus');
      expect(classes.far).toContain('faded');

      // Esc leaves: back in the explorer with the step's selection.
      await page.keyboard.press('Escape');
      await page.getByTestId('story-player').waitFor({ state: 'detached' });
      expect(await hashParam(page, 'story')).toBeNull();
      expect(await hashParam(page, 'edge')).toBe('azerbaijan-candidate-for-force');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('tells the story in Arabic, where ← advances and → goes back', async () => {
    const app = await openApp(browser, baseUrl, `#lang=ar&story=${STORY}&step=4`);
    try {
      const { page } = app;
      await waitForStep(page, 4);
      expect(await caption(page)).toBe(steps[3]?.caption.ar);

      await page.keyboard.press('ArrowLeft');
      await waitForStep(page, 5);
      expect(await caption(page)).toBe(steps[4]?.caption.ar);
      expect(await page.getByTestId('story-counter').textContent()).toBe(
        `الخطوة 5 من ${steps.length} خطوات`,
      );
      expect(await page.locator('.story-step-title').textContent()).toBe(steps[4]?.title.ar);
      await cameraSettled(page);
      await saveScreenshot(page, 'story-ar-step5');

      await page.keyboard.press('ArrowRight');
      await waitForStep(page, 4);
      await page.keyboard.press('PageDown');
      await waitForStep(page, 5);

      // A picture of this step, drawn in Arabic, at 1×.
      const view = await page
        .getByTestId('graph')
        .evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'تنزيل صورة PNG بمقياس 1×' }).click();
      const bytes = await readFile(await (await download).path());
      expect(pngSize(bytes)).toEqual({ width: view.width, height: view.height + BANDS });
      expect((await download).suggestedFilename()).toBe('azerbaijan-gaza-step-5-1x.png');
      await (await download).saveAs(join(SCREENSHOT_DIR, 'story-export-ar-step5.png'));

      // The language can change mid-story; the step stays.
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await caption(page)).toBe(steps[4]?.caption.en);
      expect(await hashParam(page, 'step')).toBe('5');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('moves the camera at once under prefers-reduced-motion: reduce', async () => {
    const app = await openApp(browser, baseUrl, `#story=${STORY}&step=1`);
    try {
      const { page } = app;
      await waitForStep(page, 1);
      await cameraSettled(page);
      const zoom = () => page.evaluate(() => window.__relgraph?.zoom() ?? NaN);
      // Without the preference the camera glides (~400 ms) from one step to the next.
      const start = await zoom();
      await page.keyboard.press('ArrowRight');
      const early = await zoom();
      await waitForStep(page, 2);
      await cameraSettled(page);
      const settled = await zoom();
      expect(settled).not.toBe(start);
      expect(Math.abs(early - settled)).toBeGreaterThan(0.001);
      await page.keyboard.press('Home');
      await waitForStep(page, 1);
      await cameraSettled(page);

      await page.emulateMedia({ reducedMotion: 'reduce' });
      const zooms: number[] = [await zoom()];
      for (const key of ['ArrowRight', 'ArrowRight', 'End']) {
        await page.keyboard.press(key);
        const now = await zoom();
        // No glide at all: nothing is animating, and the frames after change nothing.
        expect(await page.evaluate(() => window.__relgraph?.animating())).toBe(false);
        await cameraSettled(page);
        expect(await zoom()).toBe(now);
        zooms.push(now);
      }
      // The camera did move between steps (the check above is not vacuous).
      expect(new Set(zooms.map((z) => z.toFixed(3))).size).toBeGreaterThan(1);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('story: on a projector', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`names what each step is about in labels readable from the back of the room (${lang})`, async () => {
      const app = await openApp(browser, baseUrl, `#lang=${lang}&story=${STORY}&step=2`, {
        viewport: { width: 1920, height: 1080 },
      });
      const { page } = app;
      try {
        await waitForStep(page, 2);
        await cameraSettled(page);
        // Step 2 frames a claimant far from the rest: its lines still say "per …" readably.
        const lineHeights = await page.evaluate((focus) => {
          const probe = window.__relgraph;
          if (!probe) return [];
          return focus
            .filter((id) => probe.classes(id).includes('edge-relation'))
            .map((id) => {
              const box = probe.labelBox(id);
              return box ? Math.round(box.y2 - box.y1) : 0;
            });
        }, steps[1]?.focus ?? []);
        expect(lineHeights.length).toBe(2);
        // Two lines (the relation, then "per …") of a 14 px label are about 34 px high.
        expect(Math.min(...lineHeights)).toBeGreaterThanOrEqual(30);
        // Step 5 (the 2020 war): eight entities, several with long names.
        for (const step of [3, 4, 5]) {
          await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
          await waitForStep(page, step);
        }
        await page.waitForFunction(() => window.__relgraph?.animating() === false);
        const labels = await page.evaluate(() => {
          const probe = window.__relgraph;
          const graph = document.querySelector('[data-testid="graph"]')?.getBoundingClientRect();
          if (!probe || !graph) return [];
          return probe
            .visibleNodeIds()
            .filter((id) => probe.classes(id).includes('story-focus'))
            .map((id) => {
              const box = probe.labelBox(id);
              return {
                id,
                drawn: box !== null,
                // One line of a 16 px label is about 21 px high with its padding.
                tall: box ? box.y2 - box.y1 >= 19 : false,
                inside: box
                  ? box.x1 >= graph.left &&
                    box.x2 <= graph.right &&
                    box.y1 >= graph.top &&
                    box.y2 <= graph.bottom
                  : false,
              };
            });
        });
        expect(labels.length).toBeGreaterThan(2);
        expect(labels.filter((l) => !l.drawn || !l.tall || !l.inside)).toEqual([]);
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});

describe('story: the presenter console', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`opens beside the audience window and keeps both on one step (${lang})`, async () => {
      const app = await openApp(browser, baseUrl, `#lang=${lang}&story=${STORY}&step=2`, {
        viewport: { width: 1440, height: 900 },
      });
      const { page } = app;
      try {
        await waitForStep(page, 2);
        const opening = page.context().waitForEvent('page');
        await page.getByTestId('open-console').click();
        const presenter = await opening;
        await presenter.getByTestId('presenter-console').waitFor();
        const consoleStep = () =>
          presenter.getByTestId('presenter-console').getAttribute('data-step');
        expect(await consoleStep()).toBe('2');
        expect(await presenter.getByTestId('console-now').textContent()).toBe(
          steps[1]?.title[lang],
        );
        expect(await presenter.getByTestId('console-next').textContent()).toBe(
          steps[2]?.title[lang],
        );
        expect(await presenter.getByTestId('console-notes').textContent()).toBe(
          lang === 'en' ? 'No notes for this step.' : 'لا ملاحظات لهذه الخطوة.',
        );
        expect(await presenter.getByRole('timer').textContent()).toMatch(/^\d+:\d\d$/);
        // The audience window shows none of it.
        expect(await page.getByTestId('presenter-console').count()).toBe(0);
        await presenter.bringToFront();
        await saveScreenshot(presenter, `story-console-${lang}`);

        // Next in the console moves the audience; a key in the audience moves the console.
        await presenter
          .getByRole('button', { name: lang === 'en' ? 'Next' : 'التالي', exact: true })
          .click();
        await waitForStep(page, 3);
        await page.bringToFront();
        await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
        await waitForStep(page, 4);
        await presenter.waitForFunction(
          () =>
            document
              .querySelector('[data-testid="presenter-console"]')
              ?.getAttribute('data-step') === '4',
        );

        // Esc in the audience window ends the story in the console too; Resume brings both back.
        await page.keyboard.press('Escape');
        await page.getByTestId('story-player').waitFor({ state: 'detached' });
        await presenter.getByTestId('console-ended').waitFor();
        await presenter.bringToFront();
        await presenter
          .getByRole('button', { name: lang === 'en' ? 'Resume at step 4' : 'العودة إلى الخطوة 4' })
          .click();
        await waitForStep(page, 4);
        // Esc in the console ends the audience's story.
        await presenter.getByTestId('console-now').waitFor();
        await presenter.keyboard.press('Escape');
        await page.getByTestId('story-player').waitFor({ state: 'detached' });
        expect(app.errors).toEqual([]);
        await presenter.close();
      } finally {
        await app.close();
      }
    });
  }
});

describe('story: on a phone', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`shows the caption and Prev / Next on screen, hides key hints, turns on a swipe (${lang})`, async () => {
      const app = await openApp(browser, baseUrl, `#lang=${lang}&story=${STORY}&step=2`, {
        viewport: { width: 390, height: 844 },
        touch: true,
      });
      const { page } = app;
      try {
        await waitForStep(page, 2);
        const box = async (selector: string) =>
          (await page.locator(selector).first().boundingBox()) as { y: number; height: number };
        const caption = await box('.story-caption');
        const next = await box('.story-button.primary');
        // On screen without scrolling: the caption starts in view, Next is entirely in view.
        expect(caption.y).toBeLessThan(844 - 40);
        expect(next.y + next.height).toBeLessThanOrEqual(844);
        expect(await page.locator('.story-keys').isVisible()).toBe(false);
        await saveScreenshot(page, `story-phone-${lang}`);

        // A swipe towards the reading direction's start turns to the next step.
        await cameraSettled(page);
        const player = await box('[data-testid="story-player"]');
        const y = player.y + 120;
        const [from, to] = lang === 'ar' ? [60, 320] : [320, 60];
        const swipe = (x1: number, x2: number) =>
          page.evaluate(
            ([a, b, top]) => {
              const el = document.querySelector('[data-testid="story-player"]') as Element;
              const at = (type: string, x: number) =>
                el.dispatchEvent(
                  new PointerEvent(type, {
                    bubbles: true,
                    pointerType: 'touch',
                    clientX: x,
                    clientY: top,
                    isPrimary: true,
                  }),
                );
              at('pointerdown', a);
              at('pointerup', b);
            },
            [x1, x2, y] as const,
          );
        await swipe(from, to);
        await waitForStep(page, 3);
        await swipe(to, from);
        await waitForStep(page, 2);
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});

describe('story: from the explorer', () => {
  it('"Present" starts the story at step 1; leaving returns to the explorer', async () => {
    const app = await openApp(browser, baseUrl, '');
    try {
      const { page } = app;
      await saveScreenshot(page, 'story-explorer-controls');
      await page.getByRole('button', { name: 'Present' }).click();
      await waitForStep(page, 1);
      expect(await caption(page)).toBe(steps[0]?.caption.en);
      await page.getByRole('button', { name: 'Next step' }).click();
      await waitForStep(page, 2);
      await page.getByRole('button', { name: 'Leave the story' }).click();
      await page.getByTestId('story-player').waitFor({ state: 'detached' });
      expect(await page.locator('.app').getAttribute('data-theme')).toBeNull();
      expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
      expect(await page.getByTestId('details').getAttribute('data-selection')).toBe(
        'edge:azerbaijan-candidate-for-force',
      );
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('story: pictures and printouts', () => {
  it('downloads a PNG at 2× the graph view, with header, legend and source bands', async () => {
    const app = await openApp(browser, baseUrl, '');
    try {
      const { page } = app;
      const view = await page
        .getByTestId('graph')
        .evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download a PNG picture at 2×' }).click();
      const file = await (await download).path();
      const bytes = await readFile(file);
      expect(bytes.length).toBeGreaterThan(1000);
      expect(pngSize(bytes)).toEqual({
        width: 2 * view.width,
        height: 2 * (view.height + BANDS),
      });
      expect((await download).suggestedFilename()).toBe('azerbaijan-gaza-2x.png');
      await (await download).saveAs(join(SCREENSHOT_DIR, 'story-export-en-2x.png'));
      await page.getByText(/^Downloaded \d+ × \d+ px\.$/).waitFor();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('prints a handout with one page per step, each with its caption', async () => {
    const app = await openApp(browser, baseUrl, `#story=${STORY}&step=1`);
    try {
      const { page } = app;
      await stubPrint(page);
      await waitForStep(page, 1);
      await page.getByRole('button', { name: 'Print handout' }).click();
      await printedOnce(page);
      // Drawing every step puts the presenter back where it was.
      expect(await page.getByTestId('story-player').getAttribute('data-step')).toBe('1');

      await page.emulateMedia({ media: 'print' });
      const pages = await page.$$eval('.handout-page', (sections) =>
        sections.map((section) => {
          const img = section.querySelector('img');
          return {
            caption: section.querySelector('.handout-caption')?.textContent ?? '',
            shown: getComputedStyle(section).display !== 'none',
            image: Boolean(img && img.complete && img.naturalWidth > 0),
          };
        }),
      );
      expect(pages).toEqual(
        steps.map((step) => ({ caption: step.caption.en, shown: true, image: true })),
      );
      expect(await page.locator('#root').evaluate((el) => getComputedStyle(el).display)).toBe(
        'none',
      );

      for (const format of ['A4', 'Letter'] as const) {
        const bytes = await page.pdf({ format });
        await writeFile(join(SCREENSHOT_DIR, `story-handout-${format}.pdf`), bytes);
        const pdf = bytes.toString('latin1');
        const count = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
        expect(count, format).toBe(steps.length);
      }
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('prints the handout on Ctrl+P while presenting; the browser menu prints the step cleanly', async () => {
    const app = await openApp(browser, baseUrl, `#story=${STORY}&step=2&lang=ar`);
    try {
      const { page } = app;
      await stubPrint(page);
      await waitForStep(page, 2);
      // Printed as it is (the browser's menu): the step's words, without the graph over them.
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({
        canvas: getComputedStyle(document.querySelector('.canvas-area') as Element).display,
        caption: getComputedStyle(document.querySelector('.story-caption') as Element).display,
        width: (document.querySelector('.story-player') as HTMLElement).offsetWidth,
        page: document.documentElement.clientWidth,
      }));
      expect(printed.canvas).toBe('none');
      expect(printed.caption).not.toBe('none');
      expect(printed.width).toBeGreaterThan(printed.page * 0.9);
      await page.emulateMedia({ media: 'screen' });

      // Ctrl+P builds the handout instead, and prints it.
      await page.keyboard.press('Control+P');
      await printedOnce(page);
      expect(await page.locator('.handout-page').count()).toBe(steps.length);
      expect(await page.getByTestId('story-player').getAttribute('data-step')).toBe('2');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('prints the explorer view with the table of what is shown', async () => {
    const app = await openApp(browser, baseUrl, '');
    try {
      const { page } = app;
      await stubPrint(page);
      await page.getByRole('button', { name: 'Print', exact: true }).click();
      await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
      await page.emulateMedia({ media: 'print' });
      const view = page.getByTestId('print-view');
      expect(await view.evaluate((el) => getComputedStyle(el).display)).toBe('block');
      expect(
        await view.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth),
      ).toBeGreaterThan(0);
      const shown = await page.evaluate(() => window.__relgraph?.visibleNodeIds().length ?? 0);
      expect(await view.locator('tbody tr').count()).toBe(shown);
      expect(await view.locator('caption').textContent()).toBe(`What is shown: ${shown} entities`);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
