// @vitest-environment node
/** Reading and writing each format: shapes other tools write, and the problems we report. */
import './dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { exportCytoscape, importCytoscape } from '../../../src/io/cytoscape';
import { describeImportProblem } from '../../../src/io/describe';
import { detectFormat } from '../../../src/io/detect';
import { exportGexf, importGexf } from '../../../src/io/gexf';
import { exportGraphml, importGraphml } from '../../../src/io/graphml';
import { importKumu } from '../../../src/io/kumu';
import { importFileSync } from '../../../src/io/sync';
import type { ImportProblem, ImportResult } from '../../../src/io/types';
import { FIXTURES, seed } from './helpers';

const en = createI18n('en');

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result;
}

function problems(result: ImportResult): ImportProblem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const where = (item: ImportProblem | undefined) => describeImportProblem(en, item as ImportProblem);

describe('GEXF', () => {
  const gexf = (nodes: string, edges = '') =>
    `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<attributes class="node"><attribute id="0" title="label_ar" type="string"/><attribute id="1" title="type" type="string"/></attributes>
<nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`;

  it('reads Arabic labels from attributes, and kind from a type that is one of ours', () => {
    const result = ok(
      importGexf(
        gexf(
          '<node id="a" label="Baku"><attvalues><attvalue for="0" value="باكو"/><attvalue for="1" value="City"/></attvalues></node><node id="b" label="Gaza"/>',
          '<edge id="e1" source="a" target="b" label="supplies"/>',
        ),
        'x.gexf',
      ),
    );
    expect(result.dataset.entities[0]).toMatchObject({
      id: 'a',
      kind: 'place',
      subkind: 'city',
      label: { en: 'Baku', ar: 'باكو' },
    });
    expect(result.dataset.relations[0]).toMatchObject({
      type: 'supplies',
      evidence: [{ source: 'imported', quote: 'supplies', status: 'unsourced', paragraph: 1 }],
    });
    expect(result.dataset.relationTypes).toEqual([
      {
        id: 'supplies',
        family: 'other',
        directed: false,
        label: { en: 'supplies', ar: 'supplies' },
      },
    ]);
  });

  it('reports XML that is not well formed with its line', () => {
    const [item] = problems(
      importGexf('<gexf>\n<graph>\n<nodes><node id="a"></nodes>\n</graph></gexf>', 'bad.gexf'),
    );
    expect(item?.code).toBe('xmlInvalid');
    expect(item?.at).toMatchObject({ file: 'bad.gexf', line: 3 });
    expect(where(item).message).toContain('The XML is not well formed');
  });

  it('reports duplicate node ids and edges to nodes that do not exist', () => {
    const duplicate = problems(
      importGexf(gexf('<node id="a" label="A"/><node id="a" label="B"/>'), 'd.gexf'),
    );
    expect(duplicate.map((p) => [p.code, where(p).where])).toEqual([
      ['duplicateId', 'd.gexf, node "a"'],
    ]);
    const missing = problems(
      importGexf(
        gexf('<node id="a" label="A"/>', '<edge id="e" source="a" target="zz"/>'),
        'm.gexf',
      ),
    );
    const errors = missing.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, where(p).where, where(p).message])).toEqual([
      [
        'unknownEntity',
        'm.gexf, edge "e"',
        'No entity has the id "zz". Add that entity or correct the id.',
      ],
    ]);
  });

  it('writes colours and sizes per kind, positions with y up, and ids as they are', () => {
    const data = seed();
    const text = exportGexf({
      ...data,
      entities: data.entities.map((e, i) => (i === 0 ? { ...e, position: { x: 1, y: 2 } } : e)),
    }).content;
    // 1.2draft, the version every reader reads; colours as r/g/b; the viz namespace networkx
    // matches (graphology-gexf writes a broken one).
    expect(text).toContain('<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"');
    expect(text).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(text).toMatch(/<node id="israel" label="Israel">/);
    expect(text).toContain('<viz:color r="0" g="114" b="178"');
    expect(text).toContain('<viz:position x="1" y="-2"/>');
    expect(text).toContain('<relgraph>');
  });

  it('replaces characters XML cannot hold, instead of writing a broken file', () => {
    const data = seed();
    const first = data.entities[0];
    if (!first) throw new Error('seed');
    const broken = {
      ...data,
      entities: [
        { ...first, label: { ...first.label, en: 'Isr\u0001ael' } },
        ...data.entities.slice(1),
      ],
    };
    const back = ok(importGexf(exportGexf(broken).content, 'x.gexf'));
    expect(back.dataset.entities[0]?.label.en).toBe('Isr\uFFFDael');
  });
});

describe('GraphML', () => {
  it('reads a yEd file: labels and positions from its graphics, for="all" keys', () => {
    const result = ok(
      importGraphml(readFileSync(join(FIXTURES, 'datasets/yed.graphml'), 'utf8'), 'yed.graphml'),
    );
    expect(result.dataset.entities).toEqual([
      expect.objectContaining({
        id: 'n0',
        kind: 'country',
        label: { en: 'Azerbaijan', ar: 'Azerbaijan' },
        description: { en: 'A state in the South Caucasus' },
        // yEd's geometry is the box's top-left corner; the position is its centre.
        position: { x: 115.5, y: 35 },
        look: expect.objectContaining({ size: 30 }),
      }),
      expect.objectContaining({
        id: 'n1',
        label: { en: 'إسرائيل', ar: 'إسرائيل' },
        position: { x: -25, y: 95 },
      }),
    ]);
    expect(result.dataset.relations[0]).toMatchObject({
      type: 'supplies-oil-to',
      source: 'n0',
      target: 'n1',
    });
    expect(result.dataset.relationTypes[0]).toMatchObject({
      directed: true,
      inverseLabel: { en: 'supplies oil to (reverse)' },
    });
  });

  it('writes Gephi-style keys (label, x, y, r, g, b) and the relgraph data first in the graph', () => {
    const text = exportGraphml(seed()).content;
    expect(text).toContain('attr.name="label_ar" attr.type="string"');
    expect(text).toContain('attr.name="r" attr.type="int"');
    // Mostly directed: that is the default, and only the undirected relations say so.
    expect(text).toMatch(
      /<graph id="azerbaijan-gaza" edgedefault="directed">\n {4}<data key="d0">/,
    );
    expect(text).toMatch(/<edge id="[^"]+" source="[^"]+" target="[^"]+" directed="false">/);
    expect(text).not.toContain('directed="true"');
  });

  it('refuses XML that is GEXF, with the file named', () => {
    const [item] = problems(importGraphml('<gexf><graph/></gexf>', 'x.graphml'));
    expect(item?.code).toBe('unknownFormat');
  });
});

describe('Cytoscape.js JSON', () => {
  it('reads the array form with groups, positions (y down: unchanged) and language-tagged labels', () => {
    const elements = [
      {
        group: 'nodes',
        data: { id: 'a', 'label@en': 'Israel', 'label@ar': 'إسرائيل', type: 'country' },
        position: { x: 1, y: 2 },
      },
      { group: 'nodes', data: { id: 'b', name: 'حماس', weight: 3 }, classes: ['armed', 'big'] },
      { group: 'edges', data: { id: 'e', source: 'a', target: 'b', interaction: 'opposes' } },
    ];
    const result = ok(importCytoscape(JSON.stringify(elements), 'g.json'));
    expect(result.dataset.entities).toEqual([
      {
        id: 'a',
        kind: 'country',
        label: { en: 'Israel', ar: 'إسرائيل' },
        position: { x: 1, y: 2 },
      },
      {
        id: 'b',
        // No type: the neutral kind, declared beside the file's "country" (import-kinds.ts).
        kind: 'node',
        label: { en: 'حماس', ar: 'حماس' },
        attributes: { weight: 3, classes: 'armed big' },
      },
    ]);
    expect(result.dataset.entityKinds?.map((k) => k.id)).toEqual(['country', 'node']);
    expect(result.dataset.relations[0]).toMatchObject({
      type: 'opposes',
      source: 'a',
      target: 'b',
    });
    expect(
      result.warnings.find((w) => w.code === 'labelFallback' && w.at?.node === 'b')?.params,
    ).toEqual({
      lang: 'en',
      from: 'ar',
      value: 'حماس',
    });
  });

  it('reads networkx cytoscape_data(): elements.nodes/edges, undirected graph', () => {
    const value = {
      data: [],
      directed: false,
      multigraph: false,
      elements: {
        nodes: [
          { data: { id: '1', value: 1, name: 'Tamar' } },
          { data: { id: '2', value: 2, name: 'SOCAR' } },
        ],
        edges: [{ data: { source: '1', target: '2' } }],
      },
    };
    const result = ok(importCytoscape(JSON.stringify(value), 'nx.json'));
    expect(result.dataset.relations).toEqual([
      expect.objectContaining({ id: 'edge-1', type: 'linked-with', source: '1', target: '2' }),
    ]);
    expect(result.dataset.entities[0]?.attributes).toEqual({ value: 1 });
  });

  it('says which element lacks an id', () => {
    const [item] = problems(
      importCytoscape(
        JSON.stringify({ elements: { nodes: [{ data: { label: 'x' } }] } }),
        'c.cyjs',
      ),
    );
    expect(item?.code).toBe('required');
    expect(where(item).where).toBe('c.cyjs, field "elements.nodes[0].data"');
  });

  it('writes evidence, aliases and relgraph data as native JSON', () => {
    const value = JSON.parse(exportCytoscape(seed()).content) as {
      data: { relgraph: { relgraph: number } };
      elements: {
        nodes: { data: Record<string, unknown> }[];
        edges: { data: Record<string, unknown> }[];
      };
    };
    expect(value.data.relgraph.relgraph).toBe(1);
    const israel = value.elements.nodes[0]?.data;
    expect(israel).toMatchObject({
      id: 'israel',
      label: 'Israel',
      label_ar: 'إسرائيل',
      aliases_en: ['Jerusalem'],
    });
    expect(Array.isArray(israel?.evidence)).toBe(true);
    expect(value.elements.edges[0]?.data).toMatchObject({ directed: true, type: 'seeks-to-form' });
  });
});

describe('Kumu blueprint', () => {
  const blueprint = {
    elements: [
      { label: 'Israel', type: 'Country', description: 'A state', tags: ['state', 'party'] },
      { label: 'أذربيجان', type: 'country' },
      { id: 'socar', attributes: { label: 'SOCAR', 'element type': 'Company' } },
    ],
    connections: [
      { from: 'Israel', to: 'أذربيجان', direction: 'mutual', type: 'partnership' },
      { from: 'socar', to: 'israel', type: 'supplies oil to' },
    ],
  };

  it('reads elements by label or id, mutual connections as undirected, tags kept', () => {
    const result = ok(importKumu(JSON.stringify(blueprint), 'map.json'));
    const { entities, relations, relationTypes } = result.dataset;
    expect(entities.map((e) => [e.id, e.kind, e.subkind, e.label.en, e.label.ar])).toEqual([
      ['israel', 'country', undefined, 'Israel', 'Israel'],
      ['adhrbyjan', 'country', undefined, 'أذربيجان', 'أذربيجان'],
      ['socar', 'organization', 'company', 'SOCAR', 'SOCAR'],
    ]);
    expect(entities[0]?.attributes).toEqual({ tags: '["state","party"]' });
    expect(entities[0]?.description).toEqual({ en: 'A state' });
    expect(relations.map((r) => [r.source, r.target, r.type, r.attributes])).toEqual([
      ['israel', 'adhrbyjan', 'partnership', { direction: 'mutual' }],
      ['socar', 'israel', 'supplies-oil-to', undefined],
    ]);
    expect(relationTypes.map((t) => [t.id, t.directed])).toEqual([
      ['partnership', false],
      ['supplies-oil-to', true],
    ]);
  });

  it('names the connection end it cannot find', () => {
    // A name no element has is created, as Kumu does (real-world-cases.test.ts); an empty end
    // names nothing.
    const [item] = problems(
      importKumu(
        JSON.stringify({ elements: [{ label: 'A' }], connections: [{ from: 'A', to: ' ' }] }),
        'k.json',
      ),
    );
    expect(item?.code).toBe('unknownEntity');
    expect(where(item).where).toBe('k.json, field "connections[0].to"');
  });
});

describe('hostile input', () => {
  it('refuses prototype keys in JSON and in CSV headers, and pollutes nothing', () => {
    const json = importFileSync('g.cyjs', '[{"data":{"id":"a","__proto__":{"polluted":1}}}]');
    expect(problems(json)[0]).toMatchObject({ code: 'forbiddenKey' });
    const csv = importFileSync('entities.csv', 'id,label_en,__proto__\na,A,1\n');
    expect(problems(csv)[0]).toMatchObject({
      code: 'forbiddenKey',
      at: { row: 1, column: '__proto__' },
    });
    const cell = importFileSync(
      'entities.csv',
      'id,label_en,attributes\na,A,"{""constructor"": 1}"\n',
    );
    expect(problems(cell)[0]).toMatchObject({
      code: 'forbiddenKey',
      at: { row: 2, column: 'attributes' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a CSV file over the size limit before reading it', () => {
    const big = `id,label_en\n${'a,'.padEnd(1024, 'x')}\n`.repeat(21 * 1024);
    expect(problems(importFileSync('entities.csv', big))[0]?.code).toBe('tooLarge');
  });
});

describe('choosing the format', () => {
  it.each([
    ['x.gexf', '', 'gexf'],
    ['x.graphml', '', 'graphml'],
    ['x.cyjs', '', 'cytoscape'],
    ['entities.csv', '', 'csv'],
    ['x.xml', '<?xml version="1.0"?>\n<!-- c --><graphml xmlns="…">', 'graphml'],
    ['x.xml', '<gexf version="1.3">', 'gexf'],
    ['x.json', '{"version":1,"entities":[]}', 'relgraph'],
    ['x.json', '{"elements":[],"connections":[]}', 'kumu'],
    ['x.json', '{"elements":{"nodes":[],"edges":[]}}', 'cytoscape'],
    ['x.json', '[{"data":{"id":"a"}}]', 'cytoscape'],
    ['x.json', '{"broken', 'relgraph'],
    ['notes.txt', 'hello', undefined],
  ])('%s %j → %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });

  it('refuses what it cannot read, naming the file', () => {
    const result = importFileSync('notes.txt', 'hello');
    expect(result.ok).toBe(false);
    const [item] = problems(result);
    expect(where(item)).toEqual({
      where: 'notes.txt',
      message: expect.stringContaining('The file "notes.txt" is not in a format we can import'),
    });
  });

  it('reads bytes: UTF-8 with a byte-order mark, and Windows-1256 with a warning', () => {
    const bom = new TextEncoder().encode('\uFEFFid,label_en,label_ar\r\nbaku,Baku,باكو\r\n');
    expect(
      ok(importFileSync('entities.csv', bom.buffer as ArrayBuffer)).dataset.entities[0]?.label.ar,
    ).toBe('باكو');
    // "باكو" in Windows-1256.
    const legacy = new Uint8Array([
      ...new TextEncoder().encode('id,label_en,label_ar\nbaku,Baku,'),
      0xc8,
      0xc7,
      0xdf,
      0xe6,
      0x0a,
    ]);
    const result = ok(importFileSync('entities.csv', legacy));
    expect(result.dataset.entities[0]?.label.ar).toBe('باكو');
    expect(result.warnings[0]).toMatchObject({
      code: 'encodingGuessed',
      params: { encoding: 'Windows-1256' },
    });
  });

  it('our own JSON goes through the loader, with its paths', () => {
    const [item] = problems(importFileSync('x.json', '{"version": 1, "entities": [{}]}'));
    expect(item?.path[0]).toBeDefined();
  });
});

describe('GraphML directions, as the file says them', () => {
  it('reads directed="false" in a directed graph as undirected (graphology made it directed)', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
<node id="a"/><node id="b"/><node id="c"/>
<edge id="ab" source="a" target="b"/>
<edge id="bc" source="b" target="c" directed="false"/>
</graph></graphml>`;
    const result = importFileSync('mixed.graphml', text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const types = new Map(result.dataset.relationTypes.map((t) => [t.id, t.directed]));
    const directed = Object.fromEntries(
      result.dataset.relations.map((r) => [r.id, types.get(r.type)]),
    );
    expect(directed).toEqual({ ab: true, bc: false });
  });
});
