import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { describeProblem } from '../../../src/i18n/problems';
import { MAX_ENTITIES, MAX_PROBLEMS, MAX_RELATIONS } from '../../../src/model/limits';
import { capped, loadDatasetText, loadDatasetValue } from '../../../src/model/load';
import { problem } from '../../../src/model/problems';
import type { Dataset } from '../../../src/model/schema';
import { searchEntities } from '../../../src/model/search';

const SEED_TEXT = readFileSync('data/azerbaijan-gaza.json', 'utf8');
const seed = () => JSON.parse(SEED_TEXT) as Dataset;
const en = createI18n('en');
const ar = createI18n('ar');

describe('limits that protect the page', () => {
  it('refuses more entities than it can draw, before validating, saying how many and the limit', () => {
    const data = seed();
    const many = Array.from({ length: MAX_ENTITIES + 1 }, (_, i) => ({ id: `e${i}` }));
    const started = performance.now();
    const result = loadDatasetValue({ ...data, entities: many });
    // Not validated: 20,001 broken entities would otherwise be 40,000 problems.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [tooMany] = result.problems;
    expect(tooMany?.code).toBe('tooManyElements');
    expect(describeProblem(en, tooMany!).message).toContain(
      `This dataset has ${MAX_ENTITIES + 1} entities and ${data.relations.length + data.claims.length} relations`,
    );
    expect(describeProblem(en, tooMany!).message).toContain(`at most ${MAX_ENTITIES} entities`);
    expect(describeProblem(ar, tooMany!).message).toContain(`${MAX_ENTITIES + 1} كيانًا`);
  });

  it('refuses more relations and claims than it can draw', () => {
    const data = seed();
    const relations = Array.from({ length: MAX_RELATIONS + 1 }, () => data.relations[0]);
    const result = loadDatasetValue({ ...data, relations, claims: [] });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['tooManyElements']);
  });

  it('lists the first problems and then says how many more there are', () => {
    const many = Array.from({ length: MAX_PROBLEMS + 250 }, (_, i) =>
      problem('badId', ['entities', i, 'id'], { value: `"${i}"` }),
    );
    const list = capped(many);
    expect(list).toHaveLength(MAX_PROBLEMS + 1);
    const last = list.at(-1)!;
    expect(last.code).toBe('moreProblems');
    expect(describeProblem(en, last).message).toBe(
      `Not listed here: 250 more (only the first ${MAX_PROBLEMS} are shown). Fix the ones above and check again to see the rest.`,
    );
    expect(describeProblem(ar, last).message).toContain('لم يُعرض هنا: 250 غيرها');
  });

  it('a dataset with thousands of problems reports at most the cap', () => {
    const data = seed();
    const entities = Array.from({ length: 3_000 }, (_, i) => ({
      id: `_bad${i}`,
      kind: 'nope',
      label: { en: 'x' },
    }));
    const result = loadDatasetValue({ ...data, entities });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.problems.at(-1)?.code).toBe('moreProblems');
    expect(Number(result.problems.at(-1)?.params.count)).toBeGreaterThan(1_000);
  });
});

describe('a file with hundreds of thousands of problems', () => {
  it('does not crash the loader (zod overflowed the stack) and says the check stopped', () => {
    const data = seed();
    const entities = Array.from({ length: 19_000 }, (_, i) => ({ id: `_bad${i}`, kind: 'nope' }));
    const relations = Array.from({ length: 49_000 }, (_, i) => ({ id: `_r${i}`, type: 'zz' }));
    const result = loadDatasetValue({ ...data, entities, relations, claims: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
    const last = result.problems.at(-1)!;
    expect(last.code).toBe('problemsStopped');
    expect(describeProblem(en, last).message).toContain('The check stopped after');
    expect(describeProblem(ar, last).message).toContain('توقّف الفحص بعد');
  });
});

describe('values and text that would otherwise change silently', () => {
  it('1e999 is "too large", not "found null"', () => {
    const data = seed();
    const text = JSON.stringify({
      ...data,
      entities: [{ ...data.entities[0], position: { x: 0, y: 0 } }, ...data.entities.slice(1)],
    }).replace('"position":{"x":0', '"position":{"x":1e999');
    const result = loadDatasetText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.problems.find((p) => p.code === 'numberTooLarge');
    expect(found?.path).toEqual(['entities', 0, 'position', 'x']);
    expect(describeProblem(en, found!).message).toContain('too large to store');
    expect(describeProblem(en, found!).message).not.toContain('null');
  });

  it('direction controls in a name are removed, reported, and the name is found by search', () => {
    const data = seed();
    const israel = data.entities.findIndex((e) => e.id === 'israel');
    data.entities[israel] = {
      ...data.entities[israel]!,
      label: { en: '\u202Eleasr\u202CIsrael', ar: 'إسرائيل\u2066' },
    };
    const result = loadDatasetValue(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const warning = result.warnings.find((p) => p.code === 'bidiControls');
    expect(warning?.params).toEqual({ id: 'israel', codes: 'U+202C, U+202E, U+2066' });
    expect(describeProblem(en, warning!).message).toContain('"israel"');
    expect(result.index.entities.get('israel')?.label).toEqual({
      en: 'leasrIsrael',
      ar: 'إسرائيل',
    });
    expect(searchEntities(result.index, 'leasrisrael').map((h) => h.id)).toEqual(['israel']);
  });
});

describe('duplicate keys', () => {
  it('a second "entities" array is reported with its line, not silently taken', () => {
    const data = seed();
    const text = JSON.stringify(data, null, 2).replace(
      '\n  "entities": [',
      '\n  "entities": [],\n  "entities": [',
    );
    const result = loadDatasetText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dup = result.warnings.filter((p) => p.code === 'duplicateKey');
    expect(dup).toHaveLength(1);
    const line =
      text
        .split('\n')
        .findIndex((l, i, all) => l === '  "entities": [' && all[i - 1] === '  "entities": [],') +
      1;
    expect(dup[0]?.params).toEqual({ key: 'entities', line });
    expect(describeProblem(en, dup[0]!).message).toContain(`The key "entities" appears twice`);
    expect(describeProblem(ar, dup[0]!).message).toContain('يتكرّر المفتاح "entities"');
  });

  it('names the object path, reads escaped keys, and ignores keys in different objects', async () => {
    const { findDuplicateKeys } = await import('../../../src/model/duplicate-keys');
    const found = findDuplicateKeys(
      '{"a":[{"k":1,"k\\u0031":2,"k1":3},{"k":1}],"s":"{\\"x\\":1,\\"x\\":2}"}',
    );
    expect(found.map((p) => [p.path, p.params.key])).toEqual([[['a', 0, 'k1'], 'k1']]);
  });
});
