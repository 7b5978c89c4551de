// @vitest-environment node
/**
 * The CSV templates analysts start from (data/templates, shipped as public/templates): they
 * import as a valid dataset, open cleanly in spreadsheets (UTF-8 with BOM), are exactly what
 * the exporter writes for their example dataset, and every column is documented.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsvSet } from '../../../src/io/csv-export';
import { importCsvFiles } from '../../../src/io/csv-import';
import { CSV_COLUMNS, CSV_INPUT_ONLY, CSV_TABLES, csvFileName } from '../../../src/io/csv-tables';
import { loadDatasetText } from '../../../src/model/load';
import { FIXTURES, ROOT, folder, plain } from './helpers';

const TEMPLATES = join(ROOT, 'data/templates');
const PUBLIC = join(ROOT, 'public/templates');
const README = readFileSync(join(TEMPLATES, 'README.md'), 'utf8');

describe('the CSV templates', () => {
  it('has one file per table, plus the README', () => {
    expect(readdirSync(TEMPLATES).sort()).toEqual(
      [...CSV_TABLES.map(csvFileName), 'README.md'].sort(),
    );
  });

  it('are shipped unchanged in the build (public/templates)', () => {
    for (const name of readdirSync(TEMPLATES)) {
      expect(readFileSync(join(PUBLIC, name), 'utf8'), name).toBe(
        readFileSync(join(TEMPLATES, name), 'utf8'),
      );
    }
  });

  it('are UTF-8 with a byte-order mark, comma-separated, CRLF', () => {
    for (const table of CSV_TABLES) {
      const bytes = readFileSync(join(TEMPLATES, csvFileName(table)));
      expect([...bytes.subarray(0, 3)], table).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.slice(1).startsWith(CSV_COLUMNS[table].join(','))).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
    }
  });

  it('import as their example dataset, without a warning', () => {
    const result = importCsvFiles(folder(TEMPLATES));
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
    const example = loadDatasetText(readFileSync(join(FIXTURES, 'datasets/template.json'), 'utf8'));
    if (!result.ok || !example.ok) throw new Error('template');
    expect(plain(result.dataset)).toEqual(plain(example.index.data));
  });

  it('are what the exporter writes (regenerate: npm run export -- tests/fixtures/datasets/template.json --format csv -o data/templates)', () => {
    const example = loadDatasetText(readFileSync(join(FIXTURES, 'datasets/template.json'), 'utf8'));
    if (!example.ok) throw new Error('template');
    for (const file of exportCsvSet(example.index.data)) {
      expect(readFileSync(join(TEMPLATES, file.filename), 'utf8'), file.filename).toBe(
        file.content,
      );
    }
  });

  it('README documents every file and every column', () => {
    for (const table of CSV_TABLES) {
      expect(README).toContain(`### ${csvFileName(table)}`);
      for (const column of [...CSV_COLUMNS[table], ...(CSV_INPUT_ONLY[table] ?? [])]) {
        expect(README, `${table}.${column}`).toContain(`\`${column}\``);
      }
    }
  });
});
