/**
 * The seed story "azerbaijan-gaza-force": it validates, follows the article in 6–9 steps, and
 * every caption cites paragraphs that exist and that the step lists; every focus id is an
 * element of the dataset. The validator's story checks are pinned on the broken corpus
 * (tests/fixtures/broken/story-*.json, also listed in broken-corpus.test.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../../src/model/load';
import { formatPath } from '../../../src/model/problems';
import { citedParagraphs, stepFocus, stepSelection } from '../../../src/model/story';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const loaded = loadDatasetText(readFileSync(`${ROOT}/data/azerbaijan-gaza.json`, 'utf8'));
if (!loaded.ok) throw new Error(`the seed does not load: ${JSON.stringify(loaded.problems)}`);
const index = loaded.index;
const story = index.data.stories.find((s) => s.id === 'azerbaijan-gaza-force');
const source = index.sources.get(story?.source ?? '');
const paragraphCount = source?.paragraphs?.length ?? 0;

describe('seed story azerbaijan-gaza-force', () => {
  it('is in the dataset, validates without warnings about it, and cites the article', () => {
    expect(story).toBeDefined();
    expect(story?.source).toBe('article');
    expect(paragraphCount).toBe(11);
    expect(loaded.warnings.filter((w) => w.path[0] === 'stories')).toEqual([]);
    expect(story?.title.en).toBeTruthy();
    expect(story?.title.ar).toBeTruthy();
  });

  it('has 6 to 9 steps, each titled and captioned in Arabic and English', () => {
    const steps = story?.steps ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(steps.length).toBeLessThanOrEqual(9);
    for (const step of steps) {
      expect(step.title.ar).toMatch(/[\u0600-\u06FF]/);
      expect(step.caption.ar).toMatch(/[\u0600-\u06FF]/);
      expect(step.title.en).toMatch(/[A-Za-z]/);
      expect(step.caption.en).toMatch(/[A-Za-z]/);
      expect(step.camera).toEqual({ fit: true });
    }
  });

  it('cites in every caption (both languages) the paragraphs the step lists, all of which exist', () => {
    for (const [i, step] of (story?.steps ?? []).entries()) {
      const en = citedParagraphs(step.caption.en);
      const ar = citedParagraphs(step.caption.ar);
      expect(en.length, `step ${i + 1} cites nothing`).toBeGreaterThan(0);
      expect(ar, `step ${i + 1}: Arabic and English cite the same ¶`).toEqual(en);
      expect(
        [...(step.paragraphs ?? [])].sort((a, b) => a - b),
        `step ${i + 1}`,
      ).toEqual(en);
      for (const n of en) {
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(paragraphCount);
      }
    }
  });

  it('walks the article in order, from ¶1 to ¶11, leaving none out', () => {
    const cited = (story?.steps ?? []).flatMap((step) => step.paragraphs ?? []);
    expect(cited).toEqual([...cited].sort((a, b) => a - b));
    expect(new Set(cited)).toEqual(new Set(Array.from({ length: 11 }, (_, i) => i + 1)));
  });

  it('focuses only on entities, relations and claims that exist, and selects one of them', () => {
    for (const [i, step] of (story?.steps ?? []).entries()) {
      for (const id of step.focus) {
        const known = index.entities.has(id) || index.relations.has(id) || index.claims.has(id);
        expect(known, `step ${i + 1}: "${id}"`).toBe(true);
      }
      expect(new Set(step.focus).size, `step ${i + 1} repeats an id`).toBe(step.focus.length);
      expect(step.select && step.focus.includes(step.select), `step ${i + 1} select`).toBe(true);
      expect(stepSelection(index, step)).not.toBeNull();
      const focus = stepFocus(index, step);
      expect(focus.nodes.size).toBeGreaterThan(0);
    }
  });

  it('shows evidence from the cited paragraphs for every focused relation and claim', () => {
    for (const step of story?.steps ?? []) {
      const cited = new Set(step.paragraphs);
      for (const id of step.focus) {
        const evidence = index.relations.get(id)?.evidence ?? index.claims.get(id)?.evidence;
        if (!evidence) continue;
        expect(
          evidence.some((e) => cited.has(e.paragraph)),
          `"${id}" has no evidence in ¶${[...cited].join(',')}`,
        ).toBe(true);
      }
    }
  });
});

describe('validator: stories (fixtures in tests/fixtures/broken)', () => {
  const problemsOf = (file: string) => {
    const result = loadDatasetText(readFileSync(`${ROOT}/tests/fixtures/broken/${file}`, 'utf8'));
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.problems;
  };

  it('reports a focus id that is no element of the dataset as unknownFocus', () => {
    const problems = problemsOf('story-unknown-focus.json');
    expect(problems.map((p) => [p.code, formatPath(p.path)])).toEqual([
      ['unknownFocus', 'stories[0].steps[0].focus[1]'],
    ]);
    expect(problems[0]?.params).toMatchObject({ id: 'azerbaycan' });
  });

  it('reports a story without steps as tooFew', () => {
    const problems = problemsOf('story-empty-steps.json');
    expect(problems.map((p) => [p.code, formatPath(p.path)])).toEqual([
      ['tooFew', 'stories[0].steps'],
    ]);
  });
});
