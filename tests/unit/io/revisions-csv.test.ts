// @vitest-environment node
/**
 * revisions.csv: one row per correction (date, note_en, note_ar), read into `revisions`, and a
 * problem in it named by its file, row and column like any other CSV problem.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsvFiles } from '../../../src/io/csv-import';
import { exportCsvTable } from '../../../src/io/csv-export';
import { FIXTURES, folder, seed } from './helpers';

const MINIMAL = join(FIXTURES, 'datasets/csv-minimal');

function withRevisions(content: string) {
  return importCsvFiles([
    ...folder(MINIMAL).filter((file) => file.name !== 'revisions.csv'),
    { name: 'revisions.csv', content },
  ]);
}

describe('revisions.csv', () => {
  it('is written from the dataset, oldest first', () => {
    const file = exportCsvTable(seed(), 'revisions');
    const lines = file.content.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('date,note_en,note_ar');
    expect(lines[1]?.startsWith('2026-12-02,')).toBe(true);
  });

  it('is read into revisions; one language is enough; no file or no rows means none', () => {
    const result = withRevisions(
      'date,note_en,note_ar\r\n2026-11-30,Positions stored.,\r\n2026-12-02,,صُحّح وصف.\r\n',
    );
    expect(result.ok ? result.dataset.revisions : result.problems).toEqual([
      { date: '2026-11-30', note: { en: 'Positions stored.' } },
      { date: '2026-12-02', note: { ar: 'صُحّح وصف.' } },
    ]);
    const none = withRevisions('date,note_en,note_ar\r\n');
    expect(none.ok && none.dataset.revisions).toBeUndefined();
    const without = importCsvFiles(folder(MINIMAL).filter((f) => f.name !== 'revisions.csv'));
    expect(without.ok && without.dataset.revisions).toBeUndefined();
  });

  it('names the cell of a date that is not a day, and the row of a note left empty', () => {
    const result = withRevisions('date,note_en,note_ar\r\n02/12/2026,Fixed.,\r\n2026-12-03,,\r\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.at])).toEqual([
      ['badRevisionDate', { file: 'revisions.csv', row: 2, column: 'date' }],
      ['revisionNoteEmpty', { file: 'revisions.csv', row: 3 }],
    ]);
  });
});
