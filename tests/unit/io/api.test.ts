// @vitest-environment node
/** The app's entry point (src/io/index.ts): parsers loaded on demand, one result shape. */
import './dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  exportCsvTable,
  exportDataset,
  importFile,
  importFiles,
} from '../../../src/io/index';
import { FIXTURES, SHARED_DATASETS, folder, plain, seed } from './helpers';

describe('importFile / importFiles / exportDataset', () => {
  it('imports a file given as bytes, choosing the format by name and content', async () => {
    const bytes = readFileSync(join(SHARED_DATASETS, 'miserables.graphml'));
    const result = await importFile(
      'miserables.graphml',
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    expect(result.ok && result.format).toBe('graphml');
    expect(result.ok && result.dataset.entities).toHaveLength(77);
  });

  it('imports a CSV set from several files, named by their folder', async () => {
    const files = folder(join(FIXTURES, 'datasets/csv-minimal')).map((f) => ({
      ...f,
      name: `csv-minimal/${f.name}`,
    }));
    const result = await importFiles(files.filter((f) => !f.name.endsWith('dataset.csv')));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.id).toBe('csv-minimal');
    expect(result.dataset.title).toEqual({ ar: 'csv-minimal', en: 'csv-minimal' });
  });

  it('fails with problems, never throws, on what it cannot read', async () => {
    const result = await importFile('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'unknownFormat' }] });
  });

  it.each([...EXPORT_FORMATS])('exports %s as files with a name and a type', async (format) => {
    const { files } = await exportDataset(seed(), format);
    expect(files.length).toBe(format === 'csv' ? 10 : 1);
    for (const file of files) {
      expect(file.filename).toMatch(/^[\w.-]+\.(json|gexf|graphml|cyjs|csv)$/);
      expect(file.mime).toMatch(/^(application|text)\//);
      expect(file.content.length).toBeGreaterThan(100);
    }
    const again = await importFiles(files.map((f) => ({ name: f.filename, content: f.content })));
    expect(again.ok && plain(again.dataset)).toEqual(plain(seed()));
  });

  it('exports one table of the CSV set', async () => {
    const file = await exportCsvTable(seed(), 'relations');
    expect(file.filename).toBe('relations.csv');
    expect(file.content).toContain('initiative-seeks-to-form-force');
  });
});
