// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { datasetJson, generateDataset } from '../../../scripts/bench/generate';
import { loadDatasetValue } from '../../../src/model/load';

describe('benchmark graph generator', () => {
  it('gives the same JSON for the same seed, and another graph for another seed', () => {
    const a = datasetJson(generateDataset({ entities: 400, seed: 7, positions: true }));
    const b = datasetJson(generateDataset({ entities: 400, seed: 7, positions: true }));
    const c = datasetJson(generateDataset({ entities: 400, seed: 8, positions: true }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it.each([50, 1000])('makes a valid dataset of %i entities, without warnings', (entities) => {
    const data = generateDataset({ entities, seed: 1 });
    const loaded = loadDatasetValue(JSON.parse(datasetJson(data)));
    expect(loaded.ok && loaded.warnings).toEqual([]);
    expect(data.entities).toHaveLength(entities);
    // About two relations per entity, every one with evidence quoting the synthetic source.
    expect(data.relations.length).toBe(entities * 2);
    expect(data.relations.every((r) => r.evidence.length >= 1)).toBe(true);
    // Both languages on every label, and some Arabic among them.
    expect(data.entities.every((e) => e.label.ar && e.label.en)).toBe(true);
    expect(data.entities.some((e) => /[\u0600-\u06ff]/.test(e.label.ar))).toBe(true);
  });

  it('has hubs: a few entities carry far more relations than the rest', () => {
    const data = generateDataset({ entities: 1000, seed: 1 });
    const degree = new Map<string, number>();
    for (const r of data.relations) {
      degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
      degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((x, y) => y - x);
    expect(sorted[0]).toBeGreaterThan(10 * (sorted[Math.floor(sorted.length / 2)] ?? 1));
  });

  it('stores positions, rounded to 0.1, only when asked', () => {
    const without = generateDataset({ entities: 200, seed: 3 });
    expect(without.entities.some((e) => e.position)).toBe(false);
    const withPositions = generateDataset({ entities: 200, seed: 3, positions: true });
    for (const { position } of withPositions.entities) {
      expect(position).toBeDefined();
      expect(Math.round((position?.x ?? NaN) * 10) / 10).toBe(position?.x);
      expect(Math.round((position?.y ?? NaN) * 10) / 10).toBe(position?.y);
    }
    const loaded = loadDatasetValue(JSON.parse(datasetJson(withPositions)));
    expect(loaded.ok).toBe(true);
  });
});
