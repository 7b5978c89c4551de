// @vitest-environment node
/**
 * Every problem code the importers use has a message in English and Arabic with the same
 * placeholders, and the place ("file, row, column") reads right in both languages.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { describeImportProblem, describeLocation } from '../../../src/io/describe';
import { PROBLEM_CODES, problem, type ProblemCode } from '../../../src/model/problems';

/** Sample values for the codes added for import (src/io). */
export const IMPORT_SAMPLE_PARAMS: Partial<Record<ProblemCode, Record<string, string | number>>> = {
  unknownFormat: { file: 'notes.txt' },
  xmlInvalid: { detail: 'line 3, column 17: Opening and ending tag mismatch' },
  graphInvalid: { detail: 'edge points nowhere' },
  readFailed: { format: 'GraphML' },
  encodingGuessed: { encoding: 'Windows-1256' },
  embeddedDataIgnored: { detail: 'not valid JSON' },
  labelFallback: { lang: 'ar', from: 'en', value: 'Myriel' },
  labelMissing: { id: 'n7' },
  kindDefaulted: {
    count: 77,
    values: '"Character"',
    kind: 'organization',
    allowed: 'country, person',
  },
  kindMissing: { count: 77, kind: 'organization', allowed: 'country, person' },
  kindNeutral: { count: 77, kind: 'node' },
  groupNotFound: { id: 'n9' },
  kindsCreated: { count: 3, attribute: 'type', values: '"Ship", "Port", "Company"' },
  kindTooMany: { attribute: 'type', distinct: 300, max: 24, kind: 'node' },
  evidenceImported: { count: 254, source: 'imported' },
  idChanged: { count: 3, examples: '"0" → "edge-0"' },
  relationTypeCreated: { id: 'links-to', label: 'links to' },
  attributeTypeAsText: { key: 'pos', type: 'vector_float' },
  timeNotCarried: { count: 3 },
  kumuElementsCreated: { count: 1, names: '"Bob"' },
  htmlConverted: { count: 1 },
  csvEdgeList: { columns: '[["Entity A","from"],["Entity B","to"]]' },
  evidenceFromLink: { count: 2, column: 'Source(s)' },
  xmlReplaced: { count: 2, format: 'GEXF' },
  csvNoFiles: { files: 'notes.txt' },
  csvMissingFile: { file: 'entities.csv' },
  csvUnknownFile: { known: 'entities.csv, relations.csv' },
  csvEmpty: { columns: 'id, kind, label_en' },
  csvMissingColumn: { column: 'target' },
  csvUnknownColumn: { column: 'notes', allowed: 'id, claimant' },
  csvDuplicateColumn: { column: 'Label EN' },
  csvUnclosedQuote: {},
  csvStrayQuote: {},
  csvExtraCells: { count: 12, expected: 11 },
  csvMixedDelimiters: { found: ';', expected: ',' },
  csvBadNumber: { value: '"12O"' },
  csvBadBoolean: { value: '"maybe"' },
  csvBadJson: { detail: 'Unexpected end of JSON input', value: '{"a": 1' },
  csvAmbiguousLabel: { value: 'Azerbaijan', ids: 'azerbaijan, azerbaijan-republic' },
  csvIdRequired: { id: 'baku', other: 6 },
  csvNoEvidence: { id: 'azerbaijan-oil-israel' },
  csvUnknownElement: { id: 'oil-deal' },
  csvDuplicateRow: { paragraph: 2, source: 'article', first: 3 },
  csvFormula: { char: '=', value: '=HYPERLINK("http://evil")' },
};

const FIRST_IMPORT_CODE = PROBLEM_CODES.indexOf('unknownFormat');
const IMPORT_CODES = PROBLEM_CODES.slice(FIRST_IMPORT_CODE);
const placeholders = (template: string) =>
  [...template.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('import problem messages', () => {
  const en = createI18n('en');
  const ar = createI18n('ar');

  it('cover every import code', () => {
    expect(FIRST_IMPORT_CODE).toBeGreaterThan(0);
    expect(Object.keys(IMPORT_SAMPLE_PARAMS).sort()).toEqual([...IMPORT_CODES].sort());
  });

  it.each([...IMPORT_CODES])('%s reads in English and Arabic, placeholders filled', (code) => {
    const english = en.getResource('en', 'translation', `problems.${code}`) as unknown;
    const arabic = ar.getResource('ar', 'translation', `problems.${code}`) as unknown;
    expect(typeof english).toBe('string');
    expect(arabic).toMatch(/[\u0600-\u06ff]/);
    expect(placeholders(arabic as string)).toEqual(placeholders(english as string));
    const params = IMPORT_SAMPLE_PARAMS[code] ?? {};
    for (const name of placeholders(english as string))
      expect(params).toHaveProperty(name as string);
    for (const i18n of [en, ar]) {
      const { message } = describeImportProblem(i18n, problem(code, [], params));
      expect(message).not.toMatch(/\{\{|\}\}|problems\./);
    }
  });

  it('name the place in both languages', () => {
    const at = { file: 'relations.csv', row: 5, line: 7, column: 'source' };
    expect(describeLocation(en, at)).toBe('relations.csv, row 5, line 7, column "source"');
    expect(describeLocation(ar, at)).toBe('relations.csv، الصف 5، السطر 7، العمود "source"');
    expect(describeLocation(en, { file: 'g.gexf', node: 'n1', field: 'label_ar' })).toBe(
      'g.gexf, node "n1", field "label_ar"',
    );
    expect(describeLocation(ar, { file: 'g.gexf', edge: 'e1' })).toBe('g.gexf، الرابط "e1"');
    expect(describeLocation(en, { file: 'bad.gexf', line: 3 })).toBe('bad.gexf, line 3');
  });

  it('fall back to the dataset path without a place in the input', () => {
    const item = problem('unknownEntity', ['relations', 3, 'source'], { id: 'x' });
    expect(describeImportProblem(en, item).where).toBe('relations[3].source');
  });
});
