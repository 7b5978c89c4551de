// @vitest-environment node
/**
 * The malformed-CSV corpus (tests/fixtures/csv-broken): for each case, the specific problem,
 * the file, row and column it names, and what the reader is told in English and Arabic.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { importCsvFiles } from '../../../src/io/csv-import';
import { describeImportProblem } from '../../../src/io/describe';
import type { ImportProblem, ImportResult } from '../../../src/io/types';
import type { ProblemCode } from '../../../src/model/problems';
import { FIXTURES, folder } from './helpers';

const BROKEN = join(FIXTURES, 'csv-broken');
const MINIMAL = join(FIXTURES, 'datasets/csv-minimal');
const en = createI18n('en');
const ar = createI18n('ar');

function importCase(name: string): ImportResult {
  const files = new Map(folder(MINIMAL).map((f) => [f.name, f]));
  for (const file of folder(join(BROKEN, name))) files.set(file.name, file);
  return importCsvFiles([...files.values()]);
}

interface Expectation {
  code: ProblemCode;
  /** "file, row N, column "c"" as the English report prints it. */
  where: string;
  en: string;
  ar?: string;
  /** The case imports (the problem is a warning). */
  ok?: true;
}

const EXPECTED: Record<string, Expectation> = {
  'missing-column': {
    code: 'csvMissingColumn',
    where: 'relations.csv, row 1, column "target"',
    en: 'The column "target" is missing',
    ar: 'العمود "target" مفقود',
  },
  'unknown-id': {
    code: 'unknownEntity',
    where: 'relations.csv, row 3, column "target"',
    en: 'No entity has the id "armenia"',
    ar: 'لا يوجد كيان بالمعرّف "armenia"',
  },
  'unknown-relation-type': {
    code: 'unknownRelationType',
    where: 'relations.csv, row 2, column "type"',
    en: 'No relation type has the id "sells-arms"',
  },
  'unclosed-quote': {
    code: 'csvUnclosedQuote',
    where: 'evidence.csv, row 3, column "quote"',
    en: 'never closed',
    ar: 'لا تُغلق أبدًا',
  },
  'stray-quote': {
    code: 'csvStrayQuote',
    where: 'entities.csv, row 3, column "label_en"',
    en: 'text after the closing quote',
  },
  'mixed-delimiters': {
    code: 'csvMixedDelimiters',
    where: 'entities.csv, row 4',
    en: 'separated by ";" but the header by ","',
    ar: 'يفصل بين خلايا هذا الصف ";"',
  },
  'extra-cells': {
    code: 'csvExtraCells',
    where: 'entities.csv, row 2',
    en: 'This row has 12 cells but the header has 11 columns',
    ar: 'عدد الخلايا في هذا الصف 12، وعدد الأعمدة في صف العناوين 11',
  },
  formula: {
    code: 'csvFormula',
    where: 'entities.csv, row 2, column "label_en"',
    en: 'starts with "=", so a spreadsheet would run it as a formula',
    ar: 'فسيعاملها برنامج الجداول معادلةً',
    ok: true,
  },
  'unknown-evidence-target': {
    code: 'csvUnknownElement',
    where: 'evidence.csv, row 3, column "for"',
    en: 'No entity, relation or claim has the id "oil-deal"',
  },
  'relation-without-evidence': {
    code: 'csvNoEvidence',
    where: 'relations.csv, row 3',
    en: 'Nothing in evidence.csv supports "azerbaijan-oil-israel"',
    ar: 'لا يوجد في evidence.csv ما يدعم "azerbaijan-oil-israel"',
  },
  'duplicate-derived-id': {
    code: 'csvIdRequired',
    where: 'entities.csv, row 7, column "id"',
    en: '"baku", is already used in row 6',
  },
  'bad-number': {
    code: 'csvBadNumber',
    where: 'entities.csv, row 3, column "x"',
    en: '"12O" is not a number',
    ar: '"12O" ليس رقمًا',
  },
  'missing-labels': {
    code: 'missingLanguage',
    where: 'entities.csv, row 5, column "label_ar"',
    en: 'The Arabic text is missing',
  },
  'bad-kind': {
    code: 'unknownKind',
    where: 'entities.csv, row 2, column "kind"',
    en: 'The kind "nation" is not one of this dataset\'s kinds. Use one of: country, organization',
  },
  'ambiguous-label': {
    code: 'csvAmbiguousLabel',
    where: 'relations.csv, row 3, column "source"',
    en: '"Azerbaijan" is the label of more than one entity (azerbaijan, azerbaijan-republic)',
  },
  'unknown-column': {
    code: 'csvUnknownColumn',
    where: 'claims.csv, row 1, column "notes"',
    en: 'Unknown column "notes"',
    ar: 'عمود غير معروف "notes"',
  },
  'bad-json': {
    code: 'csvBadJson',
    where: 'entities.csv, row 2, column "attributes"',
    en: 'This cell must hold JSON',
  },
  'duplicate-column': {
    code: 'csvDuplicateColumn',
    where: 'entities.csv, row 1, column "Label EN"',
    en: 'appears twice in the header',
  },
  'paragraph-out-of-range': {
    code: 'paragraphOutOfRange',
    where: 'evidence.csv, row 2, column "paragraph"',
    en: 'Paragraph 7 does not exist',
  },
  'claimed-without-claimant': {
    code: 'claimantRequired',
    where: 'evidence.csv, row 4',
    en: 'has the status "claimed" but no claimant',
  },
  'empty-file': {
    code: 'csvEmpty',
    where: 'relations.csv, row 1',
    en: 'The file is empty',
    ar: 'الملف فارغ',
  },
};

describe('the malformed-CSV corpus', () => {
  it('has an expectation for every case and a case for every expectation', () => {
    const cases = readdirSync(BROKEN).filter((name) => !name.endsWith('.md'));
    expect(cases.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('the set it breaks is itself valid, with no warning', () => {
    const result = importCsvFiles(folder(MINIMAL));
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const result = importCase(name);
    expect(result.ok).toBe(expected.ok === true);
    const list = result.ok ? result.warnings : result.problems;
    // Errors come before warnings, sorted by file (in table order) and row.
    if (!expected.ok) expect(list[0]?.severity).toBe('error');
    const item = list.find((p) => p.code === expected.code) as ImportProblem;
    expect(item?.code).toBe(expected.code);
    const english = describeImportProblem(en, item);
    expect(english.where).toBe(expected.where);
    expect(english.message).toContain(expected.en);
    const arabic = describeImportProblem(ar, item);
    expect(arabic.message).toMatch(/[\u0600-\u06ff]/);
    expect(arabic.message).not.toContain('{{');
    if (expected.ar) expect(arabic.message).toContain(expected.ar);
  });

  it('names the place in Arabic too', () => {
    const result = importCase('unknown-id');
    const item = (result.ok ? [] : result.problems)[0] as ImportProblem;
    expect(describeImportProblem(ar, item).where).toBe('relations.csv، الصف 3، العمود "target"');
  });

  it('a formula cell is kept as text; an escaped one loses only its apostrophe', () => {
    const result = importCase('formula');
    if (!result.ok) throw new Error('formula case should import');
    const [israel, azerbaijan] = result.dataset.entities;
    expect(israel?.label.en).toBe('=HYPERLINK("http://evil.example","Israel")');
    expect(azerbaijan?.aliases?.en).toEqual(['+994 12 000']);
    expect(result.warnings.map((w) => w.code)).toEqual(['csvFormula']);
  });

  it('a row split by the wrong delimiter is still read, so nothing else breaks', () => {
    const result = importCase('mixed-delimiters');
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['csvMixedDelimiters']);
  });
});
