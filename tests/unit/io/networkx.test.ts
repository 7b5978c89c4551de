// @vitest-environment node
/**
 * Our GEXF and GraphML, read by an independent reader: networkx, from Debian's python3-networkx
 * (scripts/ensure-chromium.sh installs it with the browser). "It reads back in our own importer"
 * is not proof that other tools can open what we write.
 */
import './dom';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportGexf } from '../../../src/io/gexf';
import { exportGraphml } from '../../../src/io/graphml';
import { importFileSync } from '../../../src/io/sync';
import type { Dataset } from '../../../src/model/schema';
import { entityLookOf } from '../../../src/model/kinds';
import { SHARED_DATASETS, seed } from './helpers';

const PYTHON = '/usr/bin/python3';
const READ = `
import json, sys
import networkx as nx
out = []
for path in sys.argv[1:]:
    g = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
    colours = {}
    sizes = {}
    for node, data in g.nodes(data=True):
        viz = data.get('viz', {}).get('color')
        colours[node] = [viz['r'], viz['g'], viz['b']] if viz else [data.get('r'), data.get('g'), data.get('b')]
        sizes[node] = data.get('viz', {}).get('size', data.get('size'))
    out.append({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
                'directed': g.is_directed(), 'colours': colours, 'sizes': sizes})
print(json.dumps(out))
`;

const dir = mkdtempSync(join(tmpdir(), 'relgraph-networkx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Read {
  nodes: number;
  edges: number;
  directed: boolean;
  colours: Record<string, [number, number, number]>;
  sizes: Record<string, number>;
}

function readWithNetworkx(files: string[]): Read[] {
  const run = spawnSync(PYTHON, ['-c', READ, ...files], { encoding: 'utf8', timeout: 60_000 });
  if (run.error || run.status !== 0) {
    throw new Error(
      `networkx could not read our files (${run.error?.message ?? run.stderr.trim().split('\n').at(-1)}). ` +
        'If networkx is missing: apt-get install python3-networkx (bash scripts/ensure-chromium.sh does it).',
    );
  }
  return JSON.parse(run.stdout) as Read[];
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function check(name: string, data: Dataset, directed: boolean) {
  const gexf = join(dir, `${name}.gexf`);
  const graphml = join(dir, `${name}.graphml`);
  writeFileSync(gexf, exportGexf(data).content);
  writeFileSync(graphml, exportGraphml(data).content);
  for (const read of readWithNetworkx([gexf, graphml])) {
    expect(read.nodes).toBe(data.entities.length);
    expect(read.edges).toBe(data.relations.length);
    expect(read.directed).toBe(directed);
    for (const entity of data.entities.slice(0, 20)) {
      // The author's colour and size where the file had one, the kind's otherwise.
      const look = entityLookOf(data, entity);
      expect(read.colours[entity.id]).toEqual(rgb(look.color));
      expect(read.sizes[entity.id]).toBeCloseTo(look.size, 4);
    }
  }
}

describe('networkx reads what we write', () => {
  it.each([
    ['les_miserables.gexf', true],
    ['miserables.graphml', false],
    ['arctic.gexf', true],
  ] as const)(
    '%s, imported then exported: counts, direction and colours',
    (name, directed) => {
      const imported = importFileSync(name, readFileSync(join(SHARED_DATASETS, name)));
      if (!imported.ok) throw new Error(`${name} does not import`);
      check(name, imported.dataset, directed);
    },
    60_000,
  );

  it('the seed with only its directed relations: a directed graph, no per-edge direction', () => {
    const data = seed();
    const directedTypes = new Set(data.relationTypes.filter((t) => t.directed).map((t) => t.id));
    check(
      'seed-directed',
      { ...data, relations: data.relations.filter((r) => directedTypes.has(r.type)) },
      true,
    );
  }, 60_000);

  it('a graph with both kinds of relation is refused by networkx, which has no mixed graphs', () => {
    // Documented in data/templates/README.md: Gephi and yEd read our mixed files; networkx
    // raises on any edge whose direction differs from the graph's.
    const path = join(dir, 'seed.graphml');
    writeFileSync(path, exportGraphml(seed()).content);
    expect(() => readWithNetworkx([path])).toThrow(/directed=false edge found in directed graph/);
  }, 60_000);
});
