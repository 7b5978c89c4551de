/**
 * "Make your own" as a new user does it, in each interface language: a new dataset, ¶8 and ¶9
 * of the article (data/sources/article.ar.txt, the seed's record) pasted as a source, six entities (four from selected words), the
 * expert-to-institution relations and the experts' claims made from their own words, a
 * two-step story captured from the views, and the JSON downloaded. The file passes
 * `npm run validate`, every quote is the paragraph's own characters and every claim names its
 * claimant. Then a reload in the middle of editing brings everything back.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addEditorLocales } from '../../src/features/editor/setup';
import { createI18n, type UiLang } from '../../src/i18n';
import type { Dataset } from '../../src/model/schema';
import { cameraSettled, colourAt, launchBrowser, openApp, saveScreenshot } from './browser';

const baseUrl = inject('baseUrl');
const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLE = readFileSync(resolve(ROOT, 'data/sources/article.ar.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const P8 = ARTICLE[7] as string;
const P9 = ARTICLE[8] as string;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The interface's own words, so the test reads the screen as its user does. */
function words(lang: UiLang) {
  const i18n = createI18n(lang);
  addEditorLocales(i18n);
  const t = (key: string, params?: Record<string, unknown>) => i18n.t(key, params);
  const inLang = (label: string, which: 'ar' | 'en') =>
    t('edit.field.inLang', { label, lang: which });
  return { t, inLang };
}

type Words = ReturnType<typeof words>;

/** Selects `quote` in the reader's paragraph `n`, as the mouse or Shift+arrows would. */
async function selectWords(panel: Locator, n: number, quote: string): Promise<void> {
  const field = panel.locator(`textarea[data-paragraph="${n}"]`);
  await field.evaluate((el: HTMLTextAreaElement, words: string) => {
    const start = el.value.indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the paragraph`);
    el.focus();
    el.setSelectionRange(start, start + words.length);
  }, quote);
  await panel.locator('.selection-text q').filter({ hasText: quote }).waitFor();
}

/** The same with the keyboard only: caret before the words, then Shift+arrows over them. */
async function selectWithKeys(page: Page, panel: Locator, n: number, quote: string) {
  const field = panel.locator(`textarea[data-paragraph="${n}"]`);
  await field.evaluate((el: HTMLTextAreaElement, words: string) => {
    const start = el.value.indexOf(words);
    el.focus();
    el.setSelectionRange(start, start);
  }, quote);
  // Arabic runs right to left: the caret moves forward through the text with ←.
  for (let i = 0; i < quote.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await panel.locator('.selection-text q').filter({ hasText: quote }).waitFor();
}

async function bilingual(panel: Locator, w: Words, label: string, ar: string, en: string) {
  await panel.getByLabel(w.inLang(label, 'ar'), { exact: true }).fill(ar);
  await panel.getByLabel(w.inLang(label, 'en'), { exact: true }).fill(en);
}

async function entityFromWords(
  page: Page,
  panel: Locator,
  w: Words,
  n: number,
  quote: string,
  english: string,
  kind: string,
  keys = false,
) {
  if (keys) await selectWithKeys(page, panel, n, quote);
  else await selectWords(panel, n, quote);
  await panel.getByRole('button', { name: w.t('editor.reader.newEntity') }).click();
  const arabic = panel.getByLabel(w.inLang(w.t('edit.entity.label'), 'ar'), { exact: true });
  // The selected words are the Arabic name, as the source has them.
  await expect.poll(() => arabic.inputValue()).toBe(quote);
  await panel.getByLabel(w.inLang(w.t('edit.entity.label'), 'en'), { exact: true }).fill(english);
  await panel.getByLabel(w.t('edit.entity.kind'), { exact: true }).selectOption(kind);
  await panel.getByRole('button', { name: w.t('edit.entity.add') }).click();
  await panel.getByRole('button', { name: w.t('edit.entity.add') }).waitFor({ state: 'detached' });
}

async function entityFromForm(panel: Locator, w: Words, ar: string, en: string, kind: string) {
  await panel.getByRole('tab', { name: w.t('editor.shell.pane.selected') }).click();
  await panel
    .getByRole('button', { name: w.t('editor.selected.newEntity') })
    .first()
    .click();
  await bilingual(panel, w, w.t('edit.entity.label'), ar, en);
  await panel.getByLabel(w.t('edit.entity.kind'), { exact: true }).selectOption(kind);
  await panel.getByRole('button', { name: w.t('edit.entity.add') }).click();
  await panel.getByRole('button', { name: w.t('edit.entity.add') }).waitFor({ state: 'detached' });
}

/** Evidence from the selected words, handed to a new relation or claim. */
async function evidence(
  panel: Locator,
  w: Words,
  n: number,
  quote: string,
  status: 'reported' | 'claimed',
  target: 'newRelation' | 'newClaim',
  claimant?: string,
) {
  await panel.getByRole('tab', { name: w.t('editor.shell.pane.sources') }).click();
  await selectWords(panel, n, quote);
  await panel.getByRole('button', { name: w.t('editor.reader.useAsEvidence') }).click();
  await panel.getByRole('radio', { name: w.t(`edit.evidence.statuses.${status}`) }).check();
  if (claimant) {
    await panel
      .getByLabel(w.t('edit.evidence.claimant'), { exact: true })
      .selectOption({ label: claimant });
  }
  await panel.getByRole('radio', { name: w.t(`edit.evidence.targets.${target}`) }).check();
  await panel.getByRole('button', { name: w.t('edit.evidence.continue') }).click();
}

async function searchAndSelect(page: Page, name: string) {
  const box = page.getByRole('combobox').first();
  await box.fill(name);
  await box.press('Enter');
  await page.waitForFunction(
    (wanted) => new URLSearchParams(location.hash.slice(1)).has('node') && wanted !== '',
    name,
  );
}

const NAMES = {
  en: {
    epstein: 'Joseph Epstein',
    turan: 'Turan Research Center',
    khanin: "Ze'ev Khanin",
    begin: 'Begin-Sadat Center',
    israel: 'Israel',
    azerbaijan: 'Azerbaijan',
  },
  ar: {
    epstein: 'جوزيف أبشتاين',
    turan: 'مركز أبحاث توران',
    khanin: 'زئيف خانين',
    begin: 'مركز بيغن-السادات',
    israel: 'إسرائيل',
    azerbaijan: 'أذربيجان',
  },
};

for (const lang of ['ar', 'en'] as const) {
  describe(`make your own, in the ${lang === 'ar' ? 'Arabic' : 'English'} interface`, () => {
    it('builds a who-claims-what graph from two pasted paragraphs, with a story, and downloads it', async () => {
      const w = words(lang);
      const name = NAMES[lang];
      const app = await openApp(browser, baseUrl, `#lang=${lang}`, {
        viewport: { width: 1440, height: 900 },
      });
      const { page } = app;
      try {
        await page.getByRole('button', { name: w.t('app.edit'), exact: true }).click();
        const panel = page.getByTestId('editor-panel');
        await panel.waitFor();
        expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('edit')).toBe('1');

        // New dataset.
        await panel.getByRole('button', { name: w.t('editor.dataset.new') }).click();
        await bilingual(
          panel,
          w,
          w.t('edit.dataset.title'),
          'أذربيجان في عيون الخبراء الإسرائيليين',
          'Azerbaijan as Israeli experts see it',
        );
        await panel.getByRole('button', { name: w.t('edit.dataset.create') }).click();

        // ¶8 and ¶9 pasted as a source.
        await panel.getByLabel(w.t('edit.source.text'), { exact: true }).fill(`${P8}\n\n${P9}\n`);
        await panel.getByLabel(w.t('edit.source.language'), { exact: true }).selectOption('ar');
        await bilingual(
          panel,
          w,
          w.t('edit.source.title'),
          'أذربيجان مرشحة لقوة الاستقرار في غزة',
          'Azerbaijan as a candidate for the Gaza stabilization force',
        );
        await panel.getByRole('button', { name: w.t('edit.source.add') }).click();
        await panel.locator('textarea[data-paragraph="2"]').waitFor();
        expect(await panel.locator('textarea[data-paragraph]').count()).toBe(2);
        await saveScreenshot(page, `editor-source-${lang}`);

        // Entities: four from the words of the text, two from the form.
        await entityFromWords(page, panel, w, 1, 'جوزيف أبشتاين', NAMES.en.epstein, 'person', true);
        await entityFromWords(
          page,
          panel,
          w,
          1,
          'مركز أبحاث توران',
          NAMES.en.turan,
          'organization',
        );
        await entityFromWords(page, panel, w, 2, 'زئيف خانين', NAMES.en.khanin, 'person');
        await entityFromWords(
          page,
          panel,
          w,
          2,
          'مركز بيغن-السادات',
          NAMES.en.begin,
          'organization',
        );
        await entityFromForm(panel, w, 'إسرائيل', 'Israel', 'country');
        await entityFromForm(panel, w, 'أذربيجان', 'Azerbaijan', 'country');

        // Expert → institution, from the words that say so.
        await evidence(
          panel,
          w,
          1,
          'جوزيف أبشتاين، مدير "مركز أبحاث توران"',
          'reported',
          'newRelation',
        );
        await panel
          .getByLabel(w.t('edit.relation.source'), { exact: true })
          .selectOption({ label: name.epstein });
        await panel
          .getByLabel(w.t('edit.relation.target'), { exact: true })
          .selectOption({ label: name.turan });
        await panel.getByLabel(w.t('edit.relation.type'), { exact: true }).selectOption('_new');
        await bilingual(panel, w, w.t('edit.relationType.label'), 'يدير', 'directs');
        await panel.getByRole('checkbox', { name: w.t('edit.relationType.directed') }).check();
        await bilingual(panel, w, w.t('edit.relationType.inverseLabel'), 'يديره', 'is directed by');
        await panel.getByRole('button', { name: w.t('edit.relationType.add') }).click();
        await panel.getByRole('button', { name: w.t('edit.relation.add') }).click();
        await panel
          .getByRole('button', { name: w.t('edit.relation.add') })
          .waitFor({ state: 'detached' });

        await evidence(
          panel,
          w,
          2,
          'البروفيسور زئيف خانين من مركز بيغن-السادات',
          'reported',
          'newRelation',
        );
        await panel
          .getByLabel(w.t('edit.relation.source'), { exact: true })
          .selectOption({ label: name.khanin });
        await panel
          .getByLabel(w.t('edit.relation.target'), { exact: true })
          .selectOption({ label: name.begin });
        await panel.getByLabel(w.t('edit.relation.type'), { exact: true }).selectOption('_new');
        await bilingual(
          panel,
          w,
          w.t('edit.relationType.label'),
          'ينتمي إلى',
          'is affiliated with',
        );
        await panel.getByRole('checkbox', { name: w.t('edit.relationType.directed') }).check();
        await bilingual(panel, w, w.t('edit.relationType.inverseLabel'), 'يضمّ', 'includes');
        await panel.getByRole('button', { name: w.t('edit.relationType.add') }).click();
        await panel.getByRole('button', { name: w.t('edit.relation.add') }).click();
        await panel
          .getByRole('button', { name: w.t('edit.relation.add') })
          .waitFor({ state: 'detached' });

        // Each expert's claim, from his own words, naming him.
        const claim = async (
          n: number,
          quote: string,
          claimant: string,
          interest: [string, string],
          benefits: string[],
          concerns: string[],
        ) => {
          await evidence(panel, w, n, quote, 'claimed', 'newClaim', claimant);
          const claimantField = panel.getByLabel(w.t('edit.claim.claimant'), { exact: true });
          if ((await claimantField.inputValue()) === '') {
            await claimantField.selectOption({ label: claimant });
          }
          const mode = panel.getByRole('radio', { name: w.t('edit.claim.interestMode.new') });
          if (await mode.count()) await mode.check();
          await bilingual(panel, w, w.t('edit.claim.newInterest'), ...interest);
          for (const who of benefits) {
            await panel
              .getByLabel(w.t('edit.field.addTo', { label: w.t('edit.claim.beneficiaries') }))
              .selectOption({ label: who });
          }
          for (const who of concerns) {
            await panel
              .getByLabel(w.t('edit.field.addTo', { label: w.t('edit.claim.concerns') }))
              .selectOption({ label: who });
          }
          await panel.getByRole('button', { name: w.t('edit.claim.add') }).click();
          await panel
            .getByRole('button', { name: w.t('edit.claim.add') })
            .waitFor({ state: 'detached' });
        };
        await claim(
          1,
          'انضمام باكو إلى القوة يمكن أن يعود بفائدة كبيرة على إسرائيل',
          name.epstein,
          ['فائدة كبيرة لإسرائيل من انضمام باكو', "Great benefit to Israel from Baku's joining"],
          [name.israel],
          [name.azerbaijan],
        );
        await claim(
          2,
          'الشراكة بين الدولتين بقيت مستقرة حتى في فترات التوتر',
          name.khanin,
          ['شراكة مستقرة حتى في فترات التوتر', 'A partnership that stays stable in tense times'],
          [name.israel, name.azerbaijan],
          [],
        );

        // Tidy: every entity added gets a place of its own, clear of the others.
        await panel.getByRole('button', { name: w.t('editor.shell.tidy'), exact: true }).click();

        // A two-step story, each step the view of one expert.
        await searchAndSelect(page, name.epstein);
        await panel.getByRole('tab', { name: w.t('editor.shell.pane.story') }).click();
        await panel.getByRole('button', { name: w.t('editor.story.newStory') }).click();
        await bilingual(
          panel,
          w,
          w.t('editor.story.storyTitle'),
          'خبيران وقوة غزة',
          'Two experts and the Gaza force',
        );
        await bilingual(panel, w, w.t('editor.story.stepTitle'), 'جوزيف أبشتاين', 'Joseph Epstein');
        await bilingual(
          panel,
          w,
          w.t('editor.story.caption'),
          'فائدة كبيرة لإسرائيل (¶1).',
          'A great benefit to Israel (¶1).',
        );
        await panel.getByRole('button', { name: w.t('editor.story.createStory') }).click();
        await panel.locator('.editor-step-item').first().waitFor();

        await searchAndSelect(page, name.khanin);
        await panel.getByRole('tab', { name: w.t('editor.shell.pane.story') }).click();
        await panel.getByRole('button', { name: w.t('editor.story.addStep') }).click();
        await bilingual(panel, w, w.t('editor.story.stepTitle'), 'زئيف خانين', "Ze'ev Khanin");
        await bilingual(
          panel,
          w,
          w.t('editor.story.caption'),
          'شراكة مستقرة (¶2).',
          'A stable partnership (¶2).',
        );
        await panel
          .getByRole('button', { name: w.t('editor.story.addStep') })
          .last()
          .click();
        await expect.poll(() => panel.locator('.editor-step-item').count()).toBe(2);
        await saveScreenshot(page, `editor-story-${lang}`);
        // Reordered by dragging, then back with Undo.
        const steps = panel.locator('.editor-step-item');
        await steps.nth(1).dragTo(steps.nth(0));
        await expect
          .poll(() => steps.nth(0).locator('.editor-step-title').textContent())
          .toBe(lang === 'ar' ? 'زئيف خانين' : "Ze'ev Khanin");
        await panel.getByRole('button', { name: w.t('editor.shell.undo'), exact: true }).click();
        await expect
          .poll(() => steps.nth(0).locator('.editor-step-title').textContent())
          .toBe(lang === 'ar' ? 'جوزيف أبشتاين' : 'Joseph Epstein');

        // Download the JSON.
        await page.getByTestId('file-menu-button').click();
        const waiting = page.waitForEvent('download');
        await page.locator('[data-testid="file-menu"] button[data-format="json"]').click();
        const file = await (await waiting).path();
        const text = await readFile(file, 'utf8');
        const saved = join(tmpdir(), `relgraph-made-${lang}-${process.pid}.json`);
        await writeFile(saved, text);
        const run = await promisify(execFile)('npx', ['tsx', 'src/cli/validate.ts', saved], {
          cwd: ROOT,
        });
        expect(run.stdout + run.stderr).not.toMatch(/error/i);

        const data = JSON.parse(text) as Dataset;
        expect(data.entities.filter((e) => e.kind !== 'interest')).toHaveLength(6);
        expect(data.relations).toHaveLength(2);
        expect(data.claims).toHaveLength(2);
        expect(data.stories?.[0]?.steps).toHaveLength(2);
        const placed = data.entities.map((e) => e.position);
        expect(placed.every(Boolean), 'Tidy stored a place for each entity').toBe(true);
        for (const [i, a] of placed.entries()) {
          for (const b of placed.slice(i + 1)) {
            expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(30);
          }
        }
        const paragraphs = data.sources[0]?.paragraphs ?? [];
        expect(paragraphs).toEqual([P8, P9]);
        const all = [
          ...data.relations.flatMap((r) => r.evidence),
          ...(data.claims ?? []).flatMap((c) => c.evidence),
        ];
        expect(all.length).toBe(4);
        for (const item of all) {
          const paragraph = paragraphs[item.paragraph - 1] ?? '';
          const at = paragraph.indexOf(item.quote);
          expect(at, item.quote).toBeGreaterThanOrEqual(0);
          // Byte for byte: the paragraph's own characters, not a lookalike.
          expect(Buffer.from(paragraph.slice(at, at + item.quote.length))).toEqual(
            Buffer.from(item.quote),
          );
        }
        const byName = new Map(data.entities.map((e) => [e.label.en, e.id]));
        const claimants = (data.claims ?? []).map((c) => [c.claimant, c.evidence[0]?.claimant]);
        expect(claimants).toEqual([
          [byName.get(NAMES.en.epstein), byName.get(NAMES.en.epstein)],
          [byName.get(NAMES.en.khanin), byName.get(NAMES.en.khanin)],
        ]);

        // A reload in the middle of editing brings it all back, history included.
        await page.reload();
        await page.getByTestId('editor-panel').waitFor();
        await page.waitForFunction(() => performance.getEntriesByName('graph:ready').length > 0);
        await expect
          .poll(() => page.evaluate(() => window.__relgraph?.elementIds().nodes.length ?? 0))
          .toBe(data.entities.length);
        await page.getByRole('button', { name: w.t('editor.shell.undo'), exact: true }).click();
        await page.getByRole('tab', { name: w.t('editor.shell.pane.story') }).click();
        await expect.poll(() => panel.locator('.editor-step-item').count()).toBe(1);
        expect(app.errors).toEqual([]);
      } finally {
        await saveScreenshot(page, `editor-end-${lang}`).catch(() => undefined);
        await app.close();
      }
    });
  });
}

describe('connect on the canvas', () => {
  it('draws a line from one entity to another, then makes the relation from the words that say so', async () => {
    const w = words('en');
    const app = await openApp(browser, baseUrl, '#lang=en&edit=1&node=joseph-epstein', {
      viewport: { width: 1440, height: 900 },
    });
    const { page } = app;
    try {
      const panel = page.getByTestId('editor-panel');
      await panel.getByRole('button', { name: w.t('editor.connect.start') }).click();
      await panel.getByTestId('connect-banner').waitFor();
      // The drawing extension arrives with the first Connect.
      await page.locator('[data-connect="ready"]').waitFor({ state: 'attached' });
      // The editor's panel narrowed the canvas and the graph is framed again: aim once it rests.
      await cameraSettled(page);
      const edgesBefore = await page.evaluate(() => window.__relgraph?.elementIds().edges.length);
      const from = await page.evaluate(() => window.__relgraph?.clientPoint('joseph-epstein'));
      const to = await page.evaluate(() => window.__relgraph?.clientPoint('israel'));
      if (!from || !to) throw new Error('both entities are drawn');
      // A real drag, in steps, as a hand draws it.
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
      const banner = panel.getByTestId('connect-banner');
      await expect.poll(() => banner.textContent()).toContain('from Joseph Epstein to Israel');
      // The drawn line was a gesture, not a relation: nothing without its words.
      expect(await page.evaluate(() => window.__relgraph?.elementIds().edges.length)).toBe(
        edgesBefore,
      );
      await panel.locator('textarea[data-paragraph="8"]').waitFor();
      await selectWords(panel, 8, 'يعود بفائدة كبيرة على إسرائيل');
      await panel.getByRole('button', { name: w.t('editor.reader.useAsEvidence') }).click();
      await panel.getByRole('radio', { name: w.t('edit.evidence.targets.newRelation') }).check();
      await panel.getByRole('button', { name: w.t('edit.evidence.continue') }).click();
      const fromField = panel.getByLabel(w.t('edit.relation.source'), { exact: true });
      expect(await fromField.inputValue()).toBe('joseph-epstein');
      expect(
        await panel.getByLabel(w.t('edit.relation.target'), { exact: true }).inputValue(),
      ).toBe('israel');
      const type = panel.getByLabel(w.t('edit.relation.type'), { exact: true });
      await type.selectOption({ index: 1 });
      await panel.getByRole('button', { name: w.t('edit.relation.add') }).click();
      await expect
        .poll(() => page.evaluate(() => window.__relgraph?.elementIds().edges.length))
        .toBe((edgesBefore ?? 0) + 1);
      await banner.waitFor({ state: 'detached' });
      await saveScreenshot(page, 'editor-connect-en');
      // Connecting over, a drag moves a node again (and stores where it was put).
      await cameraSettled(page);
      const at = await page.evaluate(() => window.__relgraph?.clientPoint('iran'));
      if (!at) throw new Error('Iran is drawn');
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      await page.mouse.move(at.x + 60, at.y + 40, { steps: 6 });
      await page.mouse.up();
      await expect
        .poll(() => page.evaluate(() => window.__relgraph?.clientPoint('iran')?.x ?? 0))
        .toBeGreaterThan(at.x + 40);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('two tabs, one dataset', () => {
  it('tells the second tab, which does not overwrite the first one’s work until it takes over', async () => {
    const w = words('en');
    const first = await openApp(browser, baseUrl, '#lang=en&edit=1&node=iran', {
      viewport: { width: 1280, height: 800 },
    });
    try {
      const panelA = first.page.getByTestId('editor-panel');
      await panelA
        .getByLabel(w.inLang(w.t('edit.entity.label'), 'en'), { exact: true })
        .fill('Iran (first tab)');
      await panelA.getByRole('button', { name: w.t('edit.actions.save') }).click();
      await panelA.getByText(w.t('editor.shell.keptNotDownloaded')).waitFor();

      // The same browser profile: a second tab on the same dataset.
      const second = await first.context.newPage();
      await second.goto(new URL('#lang=en&edit=1&node=iran', baseUrl).href);
      const panelB = second.getByTestId('editor-panel');
      const warning = panelB.getByRole('alert');
      await expect.poll(() => warning.textContent()).toContain('another tab');
      await panelB
        .getByLabel(w.inLang(w.t('edit.entity.label'), 'en'), { exact: true })
        .fill('Iran (second tab)');
      await panelB.getByRole('button', { name: w.t('edit.actions.save') }).click();

      // The first tab's work is what a reload of it brings back.
      await first.page.reload();
      await panelA.waitFor();
      await expect
        .poll(() => first.page.evaluate(() => window.__relgraph?.label('iran')))
        .toBe('Iran (first tab)');

      // Taking over: the second tab's version is kept from now on, and the first is told.
      await panelB.getByRole('button', { name: w.t('editor.shell.takeOver') }).click();
      await panelB.getByText(w.t('editor.shell.keptNotDownloaded')).waitFor();
      await expect
        .poll(() =>
          panelA
            .getByRole('alert')
            .textContent()
            .catch(() => ''),
        )
        .toContain('another tab');
      await second.close();
    } finally {
      await first.close();
    }
  });
});

describe("a kind of one's own", () => {
  it('adds a kind on the built-in ones, makes an entity of it, and draws it in its colour (ar)', async () => {
    const w = words('ar');
    const app = await openApp(browser, baseUrl, '#lang=ar&edit=1', {
      viewport: { width: 1440, height: 900 },
    });
    const { page } = app;
    try {
      const panel = page.getByTestId('editor-panel');
      await panel.getByRole('tab', { name: w.t('editor.shell.pane.dataset') }).click();
      const kinds = panel.getByRole('region', { name: w.t('editor.kinds.builtinTitle') });
      await kinds.getByRole('button', { name: w.t('editor.kinds.add') }).click();
      const form = panel.getByRole('form', { name: w.t('edit.kind.newTitle') });
      await bilingual(form, w, w.t('edit.kind.label'), 'وزارة', 'Ministry');
      await form
        .getByLabel(w.t('edit.kind.shape'), { exact: true })
        .selectOption({ label: w.t('edit.kind.shapes.pentagon') });
      // It starts on a colour no kind has yet: vermillion, on the seven built-in kinds.
      expect(await form.getByLabel(w.t('edit.kind.color'), { exact: true }).inputValue()).toBe(
        '#d55e00',
      );
      await form.getByRole('button', { name: w.t('edit.kind.add') }).click();
      await form.waitFor({ state: 'detached' });
      await panel
        .getByRole('region', { name: w.t('editor.kinds.title', { count: 8 }) })
        .getByText('وزارة', { exact: true })
        .waitFor();

      await entityFromForm(panel, w, 'وزارة الدفاع', 'Ministry of Defence', 'ministry');
      await expect
        .poll(() => page.evaluate(() => window.__relgraph?.elementIds().nodes))
        .toContain('ministry-of-defence');
      // The legend names it in the reader's words; the canvas draws it in the kind's colour.
      await expect.poll(() => page.locator('.legend').textContent()).toContain('وزارة');
      await cameraSettled(page);
      const drawn = await colourAt(page, 'ministry-of-defence');
      const given = [0xd5, 0x5e, 0x00];
      for (let c = 0; c < 3; c++) {
        expect(Math.abs((drawn[c] as number) - (given[c] as number)), `${drawn}`).toBeLessThan(12);
      }
      await saveScreenshot(page, 'editor-kind-added-ar');
      // Two steps, each undone by name: the entity, then the kind.
      const undo = panel.getByRole('button', { name: w.t('editor.shell.undo') });
      expect(await undo.getAttribute('title')).toBe(
        w.t('editor.shell.undoWhat', { what: w.t('editor.actions.addEntity') }),
      );
      await undo.click();
      await expect
        .poll(() => undo.getAttribute('title'))
        .toBe(w.t('editor.shell.undoWhat', { what: w.t('editor.actions.addEntityKind') }));
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
