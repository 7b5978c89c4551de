// @vitest-environment jsdom
/**
 * The /browser graphology entries with a browser's DOMParser (jsdom's here, no xmldom): what
 * the app runs when a user opens a GEXF or GraphML file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, exportDataset } from '../../../src/io/index';
import { SHARED_DATASETS, plain, seed } from './helpers';

describe('in a browser-like DOM', () => {
  it('uses the platform DOMParser, not xmldom', () => {
    expect(DOMParser.name).not.toBe('StrictDOMParser');
  });

  it('imports Les Misérables (GEXF)', async () => {
    const result = await importFile(
      'les_miserables.gexf',
      readFileSync(join(SHARED_DATASETS, 'les_miserables.gexf'), 'utf8'),
    );
    expect(result.ok && [result.dataset.entities.length, result.dataset.relations.length]).toEqual([
      77, 254,
    ]);
  });

  it('round-trips the seed through GEXF and GraphML', async () => {
    for (const format of ['gexf', 'graphml'] as const) {
      const [file] = (await exportDataset(seed(), format)).files;
      if (!file) throw new Error('no file');
      const back = await importFile(file.filename, file.content);
      expect(back.ok && plain(back.dataset)).toEqual(plain(seed()));
    }
  });

  it('reports malformed XML with the line the browser parser gives', async () => {
    const result = await importFile(
      'bad.gexf',
      '<gexf>\n<graph>\n<nodes><node id="a"></nodes>\n</graph></gexf>',
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'xmlInvalid', at: { file: 'bad.gexf', line: 3 } }],
    });
  });
});
