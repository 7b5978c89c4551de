/**
 * The broken corpus: each file in tests/fixtures/broken is tests/fixtures/valid/minimal.json
 * with ONE defect, named for it. For each we pin the problem code, where it is reported and
 * what the reader is told, so a change in the loader or in the messages shows up here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { describeProblem } from '../../../src/i18n/problems';
import { loadDatasetText } from '../../../src/model/load';
import { formatPath, type Problem, type ProblemCode } from '../../../src/model/problems';

const FIXTURES = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures')}/`;
const BROKEN = `${FIXTURES}broken/`;

const en = createI18n('en');
const ar = createI18n('ar');

interface Expectation {
  code: ProblemCode;
  /** formatPath() of the problem's path. */
  path: string;
  /** Fragment(s) of the English message; all must appear. */
  en: string | string[];
  /** A fragment of the Arabic message, for a handful of files. */
  ar?: string;
}

const EXPECTED: Record<string, Expectation> = {
  'invalid-json.json': {
    code: 'invalidJson',
    path: '(root)',
    en: 'line 86, column 7, near ""subkind": "unnamed-"',
    ar: 'السطر 86، العمود 7',
  },
  'not-json.txt': { code: 'invalidJson', path: '(root)', en: 'line 1, column 1, near "id,kind' },
  'not-an-object.json': { code: 'notAnObject', path: '(root)', en: 'one JSON object' },
  'proto-key.json': {
    code: 'forbiddenKey',
    path: 'entities[0].__proto__',
    en: 'The key "__proto__" is not allowed',
    ar: 'المفتاح "__proto__" غير مسموح به',
  },
  'constructor-key.json': {
    code: 'forbiddenKey',
    path: 'relations[0].constructor',
    en: 'The key "constructor" is not allowed',
  },
  'version-2.json': {
    code: 'unsupportedVersion',
    path: 'version',
    en: 'format version 2, which is newer than this app reads',
    ar: 'الإصدار 2 من الصيغة',
  },
  // A missing version is a missing field, not an unsupported version "(missing)".
  'missing-version.json': {
    code: 'required',
    path: 'version',
    en: 'The field "version" is missing',
  },
  'duplicate-entity-id.json': {
    code: 'duplicateId',
    path: 'entities[7].id',
    en: 'The id "israel" is used twice (first at entities[1])',
  },
  'duplicate-relation-type-id.json': {
    code: 'duplicateId',
    path: 'relationTypes[3].id',
    en: 'The id "cooperates-with" is used twice (first at relationTypes[2])',
  },
  'relation-unknown-target.json': {
    code: 'unknownEntity',
    path: 'relations[0].target',
    en: 'No entity has the id "armenia"',
    ar: 'لا يوجد كيان بالمعرّف "armenia"',
  },
  'relation-unknown-type.json': {
    code: 'unknownRelationType',
    path: 'relations[0].type',
    en: 'No relation type has the id "sells-arms"',
  },
  'claim-unknown-claimant.json': {
    code: 'unknownEntity',
    path: 'claims[0].claimant',
    en: 'No entity has the id "anonymous-official"',
  },
  'claim-interest-not-interest.json': {
    code: 'interestKind',
    path: 'claims[0].interest',
    en: 'a claim must point at an entity of kind "interest"',
  },
  'claimant-is-a-place.json': {
    code: 'claimantKind',
    path: 'relations[2].evidence[0].claimant',
    en: 'only a person, an organization or a country can make a claim',
  },
  'evidence-unknown-source.json': {
    code: 'unknownSource',
    path: 'relations[0].evidence[0].source',
    en: 'No source has the id "arutz-7"',
  },
  'evidence-paragraph-out-of-range.json': {
    code: 'paragraphOutOfRange',
    path: 'relations[0].evidence[0].paragraph',
    en: 'Paragraph 9 does not exist: the source "article" has 4 paragraphs',
  },
  'evidence-claimed-without-claimant.json': {
    code: 'claimantRequired',
    path: 'relations[2].evidence[0]',
    en: 'status "claimed" but no claimant',
    ar: 'بلا صاحب ادعاء',
  },
  'label-missing-arabic.json': {
    code: 'missingLanguage',
    path: 'entities[3].label.ar',
    en: 'The Arabic text is missing',
    ar: 'النص بالعربية مفقود',
  },
  'label-missing-english.json': {
    code: 'missingLanguage',
    path: 'relationTypes[2].label.en',
    en: 'The English text is missing',
    ar: 'النص بالإنجليزية مفقود',
  },
  'label-empty-arabic.json': {
    code: 'missingLanguage',
    path: 'entities[4].label.ar',
    en: 'The Arabic text is missing',
  },
  'source-url-javascript.json': {
    code: 'notHttpUrl',
    path: 'sources[1].url',
    en: ['javascript:alert(1)', 'is not an http:// or https:// address'],
  },
  'source-url-relative.json': {
    code: 'notHttpUrl',
    path: 'sources[1].url',
    en: ['/reports/azerbaijan-gaza', 'is not an http:// or https:// address'],
  },
  'unknown-kind.json': {
    code: 'unknownKind',
    path: 'entities[5].kind',
    en: 'The kind "city" is not one of this dataset\'s kinds. Use one of: country, organization, person',
  },
  'bad-subkind.json': {
    code: 'badSubkind',
    path: 'entities[2].subkind',
    en: '"gas-field" is not a subkind of Person. Use one of: expert',
  },
  'unknown-field.json': {
    code: 'unknownField',
    path: 'entities[1].colour',
    en: 'Unknown field "colour"',
    ar: 'حقل غير معروف "colour"',
  },
  'directed-type-without-inverse.json': {
    code: 'inverseLabelRequired',
    path: 'relationTypes[0]',
    en: 'The relation type "supplies-arms" is directed, so it needs "inverseLabel"',
  },
  'story-unknown-focus.json': {
    code: 'unknownFocus',
    path: 'stories[0].steps[0].focus[1]',
    en: 'The story refers to "azerbaycan"',
  },
  'story-empty-steps.json': {
    code: 'tooFew',
    path: 'stories[0].steps',
    en: 'at least 1 item',
  },
  'bad-id.json': { code: 'badId', path: 'stories[0].id', en: 'story main' },
  'time-range-reversed.json': {
    code: 'badTimeRange',
    path: 'relations[1].time',
    en: 'starts in 2025 and ends earlier, in 2020',
  },
  // The value is the string "2": the message must not show it as the number 2.
  'wrong-type.json': {
    code: 'wrongType',
    path: 'claims[0].evidence[0].paragraph',
    en: 'Expected number here, found "2"',
  },
};

function load(file: string) {
  return loadDatasetText(readFileSync(file, 'utf8'));
}

function describeAll(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.code} at ${formatPath(p.path)}`).join('; ');
}

describe('broken corpus', () => {
  it('has an expectation for every file in tests/fixtures/broken, and a file for each', () => {
    const files = readdirSync(BROKEN).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const result = load(BROKEN + file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.problems.find(
      (p) => p.code === expected.code && formatPath(p.path) === expected.path,
    );
    expect(found, `found: ${describeAll(result.problems)}`).toBeDefined();
    // One defect per file: the loader reports it once, with no knock-on problems.
    expect(result.problems, describeAll(result.problems)).toHaveLength(1);
    if (!found) return;
    expect(found.severity).toBe('error');

    const english = describeProblem(en, found);
    // Inside a list item, where names the item by its id and line, then gives the path.
    if (found.element) expect(english.where).toMatch(new RegExp(`\\(${escape(expected.path)}\\)$`));
    else expect(english.where).toBe(expected.path);
    for (const fragment of [expected.en].flat()) expect(english.message).toContain(fragment);
    expect(english.message).not.toContain('{{');

    const arabic = describeProblem(ar, found).message;
    expect(arabic).not.toContain('{{');
    expect(arabic).toMatch(/[\u0600-\u06ff]/);
    if (expected.ar) expect(arabic).toContain(expected.ar);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('where: the element by its id and line, not only a 0-based path', () => {
  it('names a relation by id and line, in both languages', () => {
    const result = load(`${BROKEN}relation-unknown-target.json`);
    if (result.ok) throw new Error('loads');
    const [found] = result.problems;
    const text = readFileSync(`${BROKEN}relation-unknown-target.json`, 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes(`"id": "${found?.element?.id}"`));
    expect(found?.element?.line).toBeGreaterThan(0);
    // The element's opening brace is on the line before (or the same line as) its id.
    expect(line + 1 - (found?.element?.line ?? 0)).toBeLessThanOrEqual(1);
    expect(describeProblem(en, found!).where).toBe(
      `relation "${found?.element?.id}", line ${found?.element?.line} (${formatPath(found!.path)})`,
    );
    expect(describeProblem(ar, found!).where).toContain(
      `العلاقة "\u2068${found?.element?.id}\u2069"`,
    );
  });
});

describe('valid fixtures', () => {
  it.each(['minimal.json', 'bom.json'])('%s loads with no problems and no warnings', (file) => {
    const result = load(`${FIXTURES}valid/${file}`);
    expect(result.ok, result.ok ? '' : describeAll(result.problems)).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
  });

  it('the BOM fixture really starts with a byte-order mark', () => {
    expect(readFileSync(`${FIXTURES}valid/bom.json`, 'utf8').charCodeAt(0)).toBe(0xfeff);
  });

  it('the minimal fixture uses every section', () => {
    const result = load(`${FIXTURES}valid/minimal.json`);
    if (!result.ok) throw new Error(describeAll(result.problems));
    const { data } = result.index;
    expect(data.sources).toHaveLength(2);
    expect(data.sources.some((s) => s.paragraphs && s.paragraphs.length > 0)).toBe(true);
    expect(new Set(data.entities.map((e) => e.kind)).size).toBeGreaterThanOrEqual(5);
    expect(data.entities.some((e) => e.aliases)).toBe(true);
    expect(data.relationTypes.some((t) => t.directed && t.inverseLabel)).toBe(true);
    expect(data.relationTypes.some((t) => !t.directed)).toBe(true);
    const evidence = data.relations.flatMap((r) => r.evidence);
    expect(evidence.some((e) => e.status === 'reported')).toBe(true);
    expect(evidence.some((e) => e.status === 'claimed' && e.claimant)).toBe(true);
    expect(data.claims[0]?.beneficiaries?.length).toBeGreaterThan(0);
    expect(data.claims[0]?.concerns?.length).toBeGreaterThan(0);
    expect(data.stories[0]?.steps).toHaveLength(2);
  });
});
