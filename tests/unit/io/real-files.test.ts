// @vitest-environment node
/**
 * Graph files other tools wrote (graphology's test resources, MIT; copied from
 * ../shared/datasets into tests/fixtures/datasets): each imports as a valid dataset, with its
 * positions, and says what it filled in.
 */
import './dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { describeImportProblem } from '../../../src/io/describe';
import { importFileSync } from '../../../src/io/sync';
import type { ImportResult } from '../../../src/io/types';
import { loadDatasetValue } from '../../../src/model/load';
import { SHARED_DATASETS } from './helpers';

function importShared(name: string): ImportResult {
  return importFileSync(name, readFileSync(join(SHARED_DATASETS, name)));
}

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result;
}

describe.each([
  ['les_miserables.gexf', 'gexf', 77, 254],
  ['miserables.graphml', 'graphml', 77, 254],
])('%s', (name, format, nodes, edges) => {
  let result: ReturnType<typeof ok>;
  beforeAll(() => {
    result = ok(importShared(name));
  });

  it(`gives a valid dataset of ${nodes} entities and ${edges} relations, all placed`, () => {
    expect(result.format).toBe(format);
    const { dataset } = result;
    expect(dataset.entities).toHaveLength(nodes);
    expect(dataset.relations).toHaveLength(edges);
    expect(dataset.entities.every((e) => e.position)).toBe(true);
    expect(loadDatasetValue(dataset).ok).toBe(true);
  });

  it('keeps Valjean, his position (y up in Gephi, down here) and his other attributes', () => {
    const valjean = result.dataset.entities.find((e) => e.label.en === 'Valjean');
    expect(valjean?.label.ar).toBe('Valjean');
    // No categories in the file: the neutral kind, never "Organization".
    expect(valjean?.kind).toBe('node');
    expect(result.dataset.entityKinds).toEqual([
      { id: 'node', label: { ar: 'كيان', en: 'Entity' }, shape: 'ellipse', color: '#8A94A6' },
    ]);
    // The author's colour and size are his look, not attributes that export would overwrite.
    if (format === 'graphml') {
      expect(valjean?.position).toEqual({ x: -87.93029, y: -6.8120565 });
      expect(valjean?.look).toEqual({ color: '#F55B5B', size: 100 });
      expect(valjean?.attributes).toMatchObject({ 'Modularity Class': 1 });
      expect(valjean?.attributes).not.toHaveProperty('color');
    } else {
      // Keyed by the attribute's title ("Authority"), not its id "authority".
      expect(valjean?.attributes).toHaveProperty('Authority');
      expect(valjean?.look?.color).toMatch(/^#[0-9A-F]{6}$/);
      expect(valjean?.attributes).not.toHaveProperty('color');
    }
    const colours = new Set(result.dataset.entities.map((e) => e.look?.color));
    expect(colours.size).toBeGreaterThan(5);
  });

  it('keeps edge weights and gives every relation the synthetic "imported" evidence', () => {
    const { dataset } = result;
    expect(dataset.relations.some((r) => typeof r.attributes?.weight === 'number')).toBe(true);
    expect(dataset.sources).toEqual([
      {
        id: 'imported',
        title: { en: `Imported from ${name}`, ar: `مستورد من ${name}` },
        language: 'und',
      },
    ]);
    expect(new Set(dataset.relations.map((r) => r.evidence[0]?.source))).toEqual(
      new Set(['imported']),
    );
    expect(dataset.relationTypes).toHaveLength(1);
  });

  it('reports what it filled in, one Arabic-label warning per node, in both languages', () => {
    const codes = result.warnings.map((w) => w.code);
    expect(codes.filter((c) => c === 'labelFallback')).toHaveLength(nodes + 1); // + the title
    // The file has no kind attribute at all: "no kind", shown as the neutral kind.
    expect(codes).toContain('kindNeutral');
    expect(codes).not.toContain('kindDefaulted');
    expect(codes).toContain('evidenceImported');
    expect(codes).toContain('relationTypeCreated');
    const first = result.warnings.find((w) => w.code === 'labelFallback' && w.at?.node);
    const english = describeImportProblem(createI18n('en'), first as (typeof result.warnings)[0]);
    expect(english.where).toMatch(new RegExp(`^${name}, node "`));
    expect(english.message).toContain('The Arabic label is missing');
    expect(
      describeImportProblem(createI18n('ar'), first as (typeof result.warnings)[0]).message,
    ).toContain('التسمية بالعربية مفقودة');
  });
});

describe('arctic.gexf (Gephi sample)', () => {
  it('gives 1715 placed entities and 6676 relations; edge ids that repeat node ids change', () => {
    const { dataset, warnings } = ok(importShared('arctic.gexf'));
    expect(dataset.entities).toHaveLength(1715);
    expect(dataset.relations).toHaveLength(6676);
    expect(dataset.entities.filter((e) => e.position)).toHaveLength(1715);
    expect(dataset.entities[1]).toMatchObject({
      id: '1',
      label: { en: 'New York', ar: 'New York' },
      position: { x: -81.7245, y: -25.771425 },
      attributes: { nodedef: 'n1', occurrences: 143 },
    });
    expect(dataset.relations[0]?.id).toBe('edge-0');
    const changed = warnings.find((w) => w.code === 'idChanged');
    expect(changed?.params.count).toBe(1715);
    expect(String(changed?.params.examples)).toContain('"0" → "edge-0"');
  });
});
