/**
 * axe-core on every view of the built app, in both languages: no serious or critical
 * violation. axe runs in the page through the DevTools protocol (the app's CSP forbids the
 * inline script a script tag would be).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, nextPaint, openApp } from './browser';

const baseUrl = inject('baseUrl');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface View {
  name: string;
  url: (lang: string) => string;
  /** What to wait for (or do) before checking: an element the view shows when it is ready. */
  ready: (page: Page, lang: 'en' | 'ar') => Promise<void>;
}

const shown = (selector: string) => async (page: Page) => {
  await page.locator(selector).first().waitFor();
};

const VIEWS: View[] = [
  { name: 'explorer', url: (l) => `#lang=${l}`, ready: shown('[data-testid="graph"]') },
  {
    name: 'details',
    url: (l) => `#lang=${l}&node=azerbaijan`,
    ready: shown('[data-testid="details"]'),
  },
  {
    name: 'filters',
    url: (l) => `#lang=${l}&status=reported`,
    ready: async (page, lang) => {
      await page
        .getByRole('button', { name: lang === 'en' ? 'Filters' : 'تصفية' })
        .first()
        .click();
      await page.locator('.filter-panel').first().waitFor();
    },
  },
  {
    name: 'paths',
    url: (l) => `#lang=${l}&path=iran,huseynyun`,
    ready: shown('[data-testid="path-panel"]'),
  },
  {
    name: 'table',
    url: (l) => `#lang=${l}&view=table`,
    ready: shown('[data-testid="table-entities"]'),
  },
  {
    name: 'presenter',
    url: (l) => `#lang=${l}&story=azerbaijan-gaza-force&step=2`,
    ready: shown('[data-testid="story-player"][data-step="2"]'),
  },
  {
    name: 'share',
    url: (l) => `#lang=${l}`,
    ready: async (page, lang) => {
      await page
        .getByRole('button', { name: lang === 'en' ? 'Share' : 'مشاركة' })
        .first()
        .click();
      await page.getByTestId('share-dialog').waitFor();
    },
  },
  {
    name: 'file menu',
    url: (l) => `#lang=${l}`,
    ready: async (page) => {
      await page.getByTestId('file-menu-button').click();
      await page.getByTestId('file-menu').waitFor();
    },
  },
  {
    name: 'editor',
    url: (l) => `#lang=${l}&edit=1`,
    ready: shown('[data-testid="editor-panel"] .reader'),
  },
  {
    name: 'editor entity form',
    url: (l) => `#lang=${l}&edit=1&node=azerbaijan`,
    ready: async (page, lang) => {
      await page.locator('[data-testid="editor-panel"] .edit-form').first().waitFor();
      await page
        .getByRole('tab', { name: lang === 'en' ? 'Story' : 'القصة' })
        .first()
        .waitFor();
    },
  },
  {
    name: 'editor dataset pane (relation types)',
    url: (l) => `#lang=${l}&edit=1`,
    ready: async (page, lang) => {
      await page.getByRole('tab', { name: lang === 'en' ? 'Dataset' : 'مجموعة البيانات' }).click();
      await page.locator('[data-testid="editor-panel"] .relation-type-row').first().waitFor();
    },
  },
  {
    name: 'editor delete-a-line dialog',
    url: (l) => `#lang=${l}&edit=1&edge=azerbaijan-faces-huseynyun`,
    ready: async (page) => {
      await page.locator('[data-testid="editor-panel"] .selected-pane button.danger').click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'embed',
    url: (l) => `?embed=1#lang=${l}&node=iran`,
    ready: shown('[data-testid="graph"]'),
  },
];

/** axe's serious and critical violations, each as "rule (count): first targets". */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.nodes.length}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
  });
}

describe('accessibility: axe-core on every view', () => {
  for (const lang of ['en', 'ar'] as const) {
    for (const view of VIEWS) {
      it(`${view.name} (${lang}): no serious or critical violation`, async () => {
        const app = await openApp(browser, baseUrl, view.url(lang), {
          viewport: { width: 1440, height: 900 },
        });
        try {
          await view.ready(app.page, lang);
          await nextPaint(app.page);
          expect(await seriousViolations(app.page)).toEqual([]);
          expect(app.errors).toEqual([]);
        } finally {
          await app.close();
        }
      });
    }
  }
});
