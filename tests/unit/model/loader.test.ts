import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { describeProblem } from '../../../src/i18n/problems';
import { loadDatasetText } from '../../../src/model/load';
import {
  formatPath,
  PROBLEM_CODES,
  problem,
  type Problem,
  type ProblemCode,
} from '../../../src/model/problems';

const MINIMAL_TEXT = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/valid/minimal.json'),
  'utf8',
);

/** A fresh, mutable copy of the minimal valid dataset. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function minimal(): any {
  return JSON.parse(MINIMAL_TEXT);
}

function summary(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.code} ${formatPath(p.path)}`);
}

describe('loadDatasetText', () => {
  it('accepts a UTF-8 byte-order mark', () => {
    const result = loadDatasetText(`\uFEFF${MINIMAL_TEXT}`);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.index.data.id).toBe('minimal');
  });

  it('reports every problem at once, schema and references together', () => {
    const data = minimal();
    data.entities[0].nickname = 'AZ'; // schema: unknown field
    data.relations[0].target = 'armenia'; // reference: no such entity
    data.claims[0].evidence[0].source = 'arutz-7'; // reference: no such source
    const result = loadDatasetText(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(summary(result.problems).sort()).toEqual(
      [
        'unknownField entities[0].nickname',
        'unknownEntity relations[0].target',
        'unknownSource claims[0].evidence[0].source',
      ].sort(),
    );
  });

  describe('prototype keys', () => {
    afterEach(() => {
      // Never leave a polluted prototype behind for other tests, whatever happened.
      delete (Object.prototype as Record<string, unknown>).polluted;
    });

    it('"__proto__" at any depth is reported and never reaches Object.prototype', () => {
      const poison = '"__proto__": {"polluted": true}';
      const text = MINIMAL_TEXT.replace('{', `{${poison},`)
        .replace('"kind": "country",', `"kind": "country", ${poison},`)
        .replace('"status": "reported"', `"status": "reported", ${poison}`)
        .replace('"pan": {', `"pan": {${poison},`);
      const result = loadDatasetText(text);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(summary(result.problems)).toEqual([
        'forbiddenKey __proto__',
        'forbiddenKey entities[0].__proto__',
        'forbiddenKey relations[0].evidence[0].__proto__',
        'forbiddenKey stories[0].steps[1].camera.pan.__proto__',
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('"constructor" and "prototype" keys are reported too', () => {
      const text = MINIMAL_TEXT.replace(
        '"kind": "country",',
        '"kind": "country", "constructor": {"prototype": {"polluted": true}},',
      );
      const result = loadDatasetText(text);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(summary(result.problems)).toEqual(['forbiddenKey entities[0].constructor']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  it('refuses text above the size cap before parsing it', () => {
    const result = loadDatasetText(MINIMAL_TEXT, 100);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.code).toBe('tooLarge');
    const message = describeProblem(createI18n('en'), result.problems[0] as Problem).message;
    expect(message).toContain('above the limit');
    expect(message).not.toContain('{{');
  });

  it('reports deeply nested JSON as a problem instead of throwing', () => {
    const depth = 5000;
    const text = `{"version": 1, "entities": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    let result: ReturnType<typeof loadDatasetText> | undefined;
    expect(() => {
      result = loadDatasetText(text);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
  });

  it('a quote not found word for word is a warning: the dataset still loads', () => {
    const data = minimal();
    data.relations[0].evidence[0].quote = 'كلمات لا ترد في الفقرة';
    const result = loadDatasetText(JSON.stringify(data));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: 'quoteNotFound', severity: 'warning' });
    expect(formatPath(result.warnings[0]?.path ?? [])).toBe('relations[0].evidence[0].quote');
  });

  it('a quote that differs only in whitespace is found', () => {
    const data = minimal();
    data.relations[0].evidence[0].quote = '  استخدمت باكو\n أنظمة   متطورة ';
    const result = loadDatasetText(JSON.stringify(data));
    expect(result.ok && result.warnings).toEqual([]);
  });
});

/** Realistic sample values; codes not listed get a placeholder value for each `{{name}}`. */
const SAMPLE_PARAMS: Partial<Record<ProblemCode, Record<string, string | number>>> = {
  invalidJson: { line: 3, column: 7, near: '"kind"', detail: 'Unexpected token' },
  tooLarge: { size: '25.0', max: '20.0' },
  tooDeep: { max: 64 },
  notAnObject: {},
  forbiddenKey: { key: '__proto__' },
  unsupportedVersion: { value: 2, supported: 1 },
  required: { field: 'label' },
  missingLanguage: { lang: 'ar' },
  wrongType: { expected: 'number', value: 'x' },
  unknownField: { field: 'colour' },
  unknownValue: { value: 'city', allowed: 'country, person' },
  badId: { value: 'a b' },
  notHttpUrl: { value: 'javascript:alert(1)' },
  badDate: { value: '25 May' },
  badLanguage: { value: 'Arabic' },
  tooFew: { min: 1 },
  outOfRange: { value: 0 },
  invalid: { value: 'x', detail: 'regex' },
  duplicateId: { id: 'israel', first: 'entities[1]' },
  unknownEntity: { id: 'armenia' },
  unknownRelationType: { id: 'sells-arms' },
  unknownSource: { id: 'arutz-7' },
  unknownFocus: { id: 'azerbaycan' },
  paragraphOutOfRange: { paragraph: 9, source: 'article', count: 4 },
  claimantRequired: {},
  badSubkind: { subkind: 'gas-field', kind: 'person', allowed: 'expert, official' },
  inverseLabelRequired: { id: 'supplies-arms' },
  claimantKind: { id: 'gaza', kind: 'place' },
  interestKind: { id: 'tamar', kind: 'asset' },
  selfRelation: { id: 'israel' },
  badTimeRange: { from: 2025, to: 2020 },
  quoteNotFound: { paragraph: 2, source: 'article' },
};

const placeholders = (template: string) =>
  [...template.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('problem messages', () => {
  const en = createI18n('en');
  const ar = createI18n('ar');
  const sampleFor = (code: ProblemCode): Record<string, string | number> => {
    const template = en.getResource('en', 'translation', `problems.${code}`) as string;
    const derived = Object.fromEntries(placeholders(template).map((name) => [name, 'x']));
    return { ...derived, ...SAMPLE_PARAMS[code] };
  };

  it.each([...PROBLEM_CODES])('%s has a message in English and Arabic', (code) => {
    const key = `problems.${code}`;
    expect(en.exists(key, { lng: 'en' })).toBe(true);
    expect(ar.exists(key, { lng: 'ar' })).toBe(true);
    // getResource does not fall back to English, so this proves the Arabic text exists.
    const english: unknown = en.getResource('en', 'translation', key);
    const arabic: unknown = ar.getResource('ar', 'translation', key);
    expect(typeof english).toBe('string');
    expect(typeof arabic).toBe('string');
    expect(arabic).toMatch(/[\u0600-\u06ff]/);
    // Both languages use the same placeholders, and the sample provides each of them.
    const names = placeholders(english as string);
    expect(placeholders(arabic as string)).toEqual(names);
    for (const name of names) expect(sampleFor(code)).toHaveProperty(name as string);
  });

  it.each([...PROBLEM_CODES])('%s interpolates every placeholder', (code) => {
    const item = problem(code, ['entities', 0, 'label', 'ar'], sampleFor(code));
    for (const i18n of [en, ar]) {
      const { message, where } = describeProblem(i18n, item);
      expect(message).not.toContain('{{');
      expect(message).not.toContain('}}');
      expect(message).not.toContain(`problems.${code}`);
      expect(where).toBe('entities[0].label.ar');
    }
  });

  it('names the language in the reader\u2019s language', () => {
    const item = problem('missingLanguage', ['title', 'en'], { lang: 'en' });
    expect(describeProblem(en, item).message).toContain('The English text is missing');
    expect(describeProblem(ar, item).message).toContain('النص بالإنجليزية مفقود');
  });
});
