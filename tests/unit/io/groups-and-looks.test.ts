// @vitest-environment node
/**
 * Groups (compound parents) and the author's look come in from other tools' files, are drawn
 * as written, and go back out: a Cytoscape compound stays a compound, a Gephi colour stays.
 */
import './dom';
import { describe, expect, it } from 'vitest';
import { exportCytoscape, importCytoscape } from '../../../src/io/cytoscape';
import { exportGexf, importGexf } from '../../../src/io/gexf';
import { exportGraphml, importGraphml } from '../../../src/io/graphml';
import type { ImportResult } from '../../../src/io/types';
import { loadDatasetValue } from '../../../src/model/load';

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result;
}

const compound = {
  elements: {
    nodes: [
      { data: { id: 'eu', name: 'European Union' } },
      { data: { id: 'fr', name: 'France', parent: 'eu' } },
      { data: { id: 'de', name: 'Germany', parent: 'eu' } },
      { data: { id: 'tr', name: 'Turkey', parent: 'nato-missing' } },
    ],
    edges: [{ data: { id: 'e1', source: 'fr', target: 'de', weight: 5 } }],
  },
};

describe('groups', () => {
  it('reads Cytoscape compound parents as groups, and warns about a parent that is not there', () => {
    const result = ok(importCytoscape(JSON.stringify(compound), 'eu.cyjs'));
    const byId = new Map(result.dataset.entities.map((e) => [e.id, e]));
    expect(byId.get('fr')?.parent).toBe('eu');
    expect(byId.get('de')?.parent).toBe('eu');
    expect(byId.get('tr')?.parent).toBeUndefined();
    expect(byId.get('fr')?.attributes).toBeUndefined();
    const missing = result.warnings.find((w) => w.code === 'groupNotFound');
    expect(missing?.params).toEqual({ id: 'nato-missing' });
    expect(missing?.at?.node).toBe('tr');
  });

  it('writes them back: Cytoscape keeps `parent`, GEXF and GraphML read back the same groups', () => {
    const { dataset } = ok(importCytoscape(JSON.stringify(compound), 'eu.cyjs'));
    const cy = JSON.parse(exportCytoscape(dataset).content) as {
      elements: { nodes: { data: Record<string, unknown> }[] };
    };
    expect(cy.elements.nodes.find((n) => n.data.id === 'fr')?.data.parent).toBe('eu');
    for (const back of [
      importGexf(exportGexf(dataset).content, 'eu.gexf'),
      importGraphml(exportGraphml(dataset).content, 'eu.graphml'),
    ]) {
      const read = ok(back).dataset;
      expect(read.entities.find((e) => e.id === 'de')?.parent).toBe('eu');
      expect(read.entityKinds).toEqual(dataset.entityKinds);
    }
  });

  it('refuses a dataset whose groups go round in a circle', () => {
    const result = loadDatasetValue({
      version: 1,
      id: 'loop',
      title: { ar: 'حلقة', en: 'Loop' },
      sources: [],
      entities: [
        { id: 'a', kind: 'organization', label: { ar: 'أ', en: 'A' }, parent: 'b' },
        { id: 'b', kind: 'organization', label: { ar: 'ب', en: 'B' }, parent: 'a' },
      ],
      relationTypes: [],
      relations: [],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toContain('groupCycle');
  });
});

describe("the author's look", () => {
  const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <graph defaultedgetype="undirected">
    <nodes>
      <node id="a" label="Alpha"><viz:color r="230" g="159" b="0"/><viz:size value="12"/><viz:shape value="square"/></node>
      <node id="b" label="Beta"><viz:color r="0" g="114" b="178" a="0.8"/><viz:size value="40"/></node>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" weight="2"><viz:color r="200" g="0" b="0"/><viz:thickness value="6"/></edge>
    </edges>
  </graph>
</gexf>`;

  it('keeps GEXF viz colours, sizes, shapes and thickness as the look, not as attributes', () => {
    const { dataset } = ok(importGexf(gexf, 'look.gexf'));
    const [a, b] = dataset.entities;
    expect(a?.look).toEqual({ color: '#E69F00', size: 12, shape: 'rectangle' });
    expect(b?.look).toEqual({ color: '#0072B2', size: 40 });
    expect(a?.attributes).toBeUndefined();
    expect(dataset.relations[0]?.look).toEqual({ color: '#C80000', width: 6 });
  });

  it('writes the look back out, so another tool shows the same colours and sizes', () => {
    const { dataset } = ok(importGexf(gexf, 'look.gexf'));
    const text = exportGexf(dataset).content;
    expect(text).toMatch(/<viz:color r="230" g="159" b="0"/);
    expect(text).toMatch(/<viz:size value="40"/);
    const again = ok(importGexf(text, 'look-again.gexf')).dataset;
    expect(again.entities.map((e) => e.look)).toEqual(dataset.entities.map((e) => e.look));
    expect(again.relations[0]?.look).toEqual(dataset.relations[0]?.look);
  });

  it('weights set line widths when the file gives no widths and the weights differ', () => {
    const { dataset } = ok(
      importCytoscape(
        JSON.stringify({
          elements: {
            nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'c' } }],
            edges: [
              { data: { id: 'x', source: 'a', target: 'b', weight: 1 } },
              { data: { id: 'y', source: 'b', target: 'c', weight: 9 } },
            ],
          },
        }),
        'w.cyjs',
      ),
    );
    expect(dataset.relations.map((r) => r.look?.width)).toEqual([1, 8]);
    expect(dataset.relations[0]?.attributes?.weight).toBe(1);
  });
});
