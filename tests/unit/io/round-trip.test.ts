// @vitest-environment node
/**
 * Our dataset → each export format → import gives back the same dataset: entities, relations,
 * labels in both languages, positions, evidence, claims, sources, stories. Proven on the seed
 * dataset and on generated ones (fast-check).
 */
import './dom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDatasetSync, importFilesSync } from '../../../src/io/sync';
import { EXPORT_FORMATS, type ExportFormat } from '../../../src/io/types';
import { loadDatasetValue } from '../../../src/model/load';
import type { Dataset } from '../../../src/model/schema';
import { datasetArb } from './arbitraries';
import { plain, seed } from './helpers';

function roundTrip(data: Dataset, format: ExportFormat) {
  const { files } = exportDatasetSync(data, format);
  const result = importFilesSync(files.map((f) => ({ name: f.filename, content: f.content })));
  if (!result.ok) {
    throw new Error(`${format}: ${JSON.stringify(result.problems.slice(0, 3), null, 1)}`);
  }
  return result;
}

describe('round trip of the seed dataset', () => {
  const data = seed();
  it.each([...EXPORT_FORMATS])('%s gives back the same dataset, with no warning', (format) => {
    const result = roundTrip(data, format);
    expect(plain(result.dataset)).toEqual(plain(data));
    expect(result.warnings).toEqual([]);
  });

  it('keeps Arabic and English labels and positions through every format', () => {
    const positioned: Dataset = {
      ...data,
      entities: data.entities.map((e, i) => ({
        ...e,
        position: { x: i * 10.5, y: i === 0 ? 0 : -i * 3.25 },
      })),
    };
    for (const format of EXPORT_FORMATS) {
      const back = roundTrip(positioned, format).dataset;
      expect(back.entities.map((e) => [e.id, e.label.ar, e.label.en, e.position])).toEqual(
        positioned.entities.map((e) => [e.id, e.label.ar, e.label.en, e.position]),
      );
    }
  });
});

describe('round trip of generated datasets', () => {
  it('the generator makes valid datasets', () => {
    fc.assert(
      fc.property(datasetArb, (data) => {
        const loaded = loadDatasetValue(data);
        expect(loaded.ok ? [] : loaded.problems).toEqual([]);
      }),
      { numRuns: 30, seed: 42 },
    );
  });

  it.each([...EXPORT_FORMATS])('%s is lossless', (format) => {
    fc.assert(
      fc.property(datasetArb, (data) => {
        const loaded = loadDatasetValue(data);
        if (!loaded.ok) throw new Error('invalid generated dataset');
        const back = roundTrip(loaded.index.data, format);
        expect(plain(back.dataset)).toEqual(plain(loaded.index.data));
      }),
      { numRuns: 25 },
    );
  });
});
