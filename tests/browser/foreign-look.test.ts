/**
 * Other tools' files look the way their authors made them in the built app: a Gephi file's
 * own node colours are the pixels drawn, the legend lists only what the file holds (one neutral
 * kind, never "Organization"), and a yEd group is drawn around its members.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addEditorLocales } from '../../src/features/editor/setup';
import type { GraphProbe } from '../../src/graph/debug';
import { createI18n } from '../../src/i18n';
import {
  READY_TIMEOUT_MS,
  cameraSettled,
  colourAt,
  launchBrowser,
  nextPaint,
  openApp,
  saveScreenshot,
} from './browser';

const baseUrl = inject('baseUrl');
const FIXTURES = join(import.meta.dirname, '../fixtures');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openFile(page: Page, path: string, nodes: number): Promise<void> {
  const name = path.split('/').at(-1) as string;
  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: await readFile(path),
  });
  await page.getByTestId('io-banner-file').filter({ hasText: name }).waitFor({
    timeout: READY_TIMEOUT_MS,
  });
  await page.waitForFunction(
    (n) => (window as { __relgraph?: GraphProbe }).__relgraph?.elementIds().nodes.length === n,
    nodes,
    { timeout: READY_TIMEOUT_MS },
  );
  // The warnings are read elsewhere; here they would only cover the graph.
  await page.getByRole('button', { name: /Hide the warnings|إخفاء التحذيرات/ }).click();
  await cameraSettled(page);
  await nextPaint(page);
}

/** The viz:color a GEXF gives a node. */
function gexfColour(text: string, id: string): [number, number, number] {
  const node = new RegExp(`<node id="${id.replace('.', '\\.')}"[\\s\\S]*?</node>`).exec(text)?.[0];
  const m = node && /<viz:color b="(\d+)" g="(\d+)" r="(\d+)"/.exec(node);
  if (!m) throw new Error(`no colour for ${id}`);
  return [Number(m[3]), Number(m[2]), Number(m[1])];
}

describe("a Gephi file in its author's colours", () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`draws les_miserables.gexf with its own colours and a key to what it holds (${lang})`, async () => {
      const { page, errors, close } = await openApp(browser, baseUrl, `#lang=${lang}`);
      try {
        const path = join(FIXTURES, 'datasets/les_miserables.gexf');
        await openFile(page, path, 77);
        const text = await readFile(path, 'utf8');
        for (const id of ['11.0', '0.0']) {
          const drawn = await colourAt(page, id);
          const given = gexfColour(text, id);
          for (let c = 0; c < 3; c++) {
            expect(
              Math.abs((drawn[c] as number) - (given[c] as number)),
              `${id}: ${drawn} vs ${given}`,
            ).toBeLessThan(8);
          }
        }
        const legend = page.locator('.legend');
        const words =
          lang === 'en'
            ? {
                kind: 'Entity',
                own: "Colours and sizes as the file's author drew them",
                none: 'Organization',
                lines: 'No source given',
              }
            : {
                kind: 'كيان',
                own: 'الألوان والأحجام كما رسمها مؤلف الملف',
                none: 'منظمة',
                lines: 'بلا مصدر',
              };
        await expect.poll(() => legend.textContent()).toContain(words.kind);
        const key = (await legend.textContent()) ?? '';
        expect(key).toContain(words.own);
        expect(key).toContain(words.lines);
        expect(key).not.toContain(words.none);
        await saveScreenshot(page, `les-miserables-${lang}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe('a yEd file with groups', () => {
  it('draws each group around its members, nested groups included', async () => {
    const { page, errors, close } = await openApp(browser, baseUrl, '#lang=en');
    try {
      await openFile(page, join(FIXTURES, 'real-world/yed-groups.graphml'), 5);
      const boxes = await page.evaluate(
        () => (window as { __relgraph?: GraphProbe }).__relgraph?.nodeBoxes() ?? [],
      );
      const box = (id: string) => {
        const found = boxes.find((b) => b.id === id);
        if (!found) throw new Error(`${id} is not drawn`);
        return found;
      };
      const inside = (inner: string, outer: string) => {
        const a = box(inner);
        const b = box(outer);
        return a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;
      };
      expect(inside('n0::n0', 'n0')).toBe(true);
      expect(inside('n0::n1::n0', 'n0::n1')).toBe(true);
      expect(inside('n0::n1', 'n0')).toBe(true);
      expect(inside('n1', 'n0')).toBe(false);
      // Five entities are not blown up to fill the window: they open at 1:1 at most.
      const zoom = await page.evaluate(
        () => (window as { __relgraph?: GraphProbe }).__relgraph?.zoom() ?? 0,
      );
      expect(zoom).toBeGreaterThan(0);
      expect(zoom).toBeLessThanOrEqual(1);
      await saveScreenshot(page, 'yed-groups-en');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("a yEd file's own words, translated in the editor", () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`opens its relation type from "to translate" and keeps the translation (${lang})`, async () => {
      const i18n = createI18n(lang);
      addEditorLocales(i18n);
      const t = (key: string, params?: Record<string, unknown>) => i18n.t(key, params);
      const field = (label: string, which: 'ar' | 'en') =>
        t('edit.field.inLang', { label: t(label), lang: which });
      const { page, errors, close } = await openApp(browser, baseUrl, `#lang=${lang}`, {
        viewport: { width: 1440, height: 900 },
      });
      try {
        await openFile(page, join(FIXTURES, 'datasets/yed.graphml'), 2);
        await page.getByRole('button', { name: t('app.edit'), exact: true }).click();
        const panel = page.getByTestId('editor-panel');
        await panel.getByRole('tab', { name: new RegExp(t('editor.shell.pane.problems')) }).click();
        // The file named its line "supplies oil to" in English only.
        const listed = panel.locator('.editor-translate').getByRole('button', {
          name: 'supplies oil to',
        });
        await listed.click();
        const form = panel.getByRole('form', { name: t('edit.relationType.editTitle') });
        await form.waitFor();
        expect(
          await panel
            .getByRole('tab', { name: t('editor.shell.pane.dataset') })
            .getAttribute('aria-selected'),
        ).toBe('true');
        // Its first field has the focus: the reader's language's side of the name.
        const first = form.getByLabel(field('edit.relationType.label', lang), { exact: true });
        expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
        await form
          .getByLabel(field('edit.relationType.label', 'ar'), { exact: true })
          .fill('يزوّد بالنفط');
        const inverse = (which: 'ar' | 'en') =>
          form.getByLabel(field('edit.relationType.inverseLabel', which), { exact: true });
        if (await inverse('ar').isVisible()) {
          await inverse('ar').fill('يتلقى النفط من');
          await inverse('en').fill('receives oil from');
        }
        await form.getByRole('button', { name: t('edit.relationType.change') }).click();
        await form.waitFor({ state: 'detached' });
        const types = panel.locator('.relation-types');
        await types
          .getByText(lang === 'ar' ? 'يزوّد بالنفط' : 'supplies oil to', { exact: true })
          .waitFor();
        // One undo step, named in the reader's words.
        expect(
          await panel.getByRole('button', { name: t('editor.shell.undo') }).getAttribute('title'),
        ).toBe(t('editor.shell.undoWhat', { what: t('editor.actions.updateRelationType') }));
        // And it is no longer to be translated.
        await panel.getByRole('tab', { name: new RegExp(t('editor.shell.pane.problems')) }).click();
        await panel.locator('.editor-translate').waitFor();
        expect(
          await panel
            .locator('.editor-translate')
            .getByRole('button', { name: 'supplies oil to' })
            .count(),
        ).toBe(0);
        await saveScreenshot(page, `yed-type-translated-${lang}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
