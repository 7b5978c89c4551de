import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncElements } from '../../../src/graph/sync-elements';

const HOSTILE = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '0', '1'];

const node = (id: string, label = id, classes = ''): ElementDefinition => ({
  group: 'nodes',
  data: { id, label },
  classes,
});
const edge = (id: string, source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target, label: id },
});

const ids = (cy: Core) => ({
  nodes: cy
    .nodes()
    .map((n) => n.id())
    .sort(),
  edges: cy
    .edges()
    .map((e) => `${e.id()}:${e.source().id()}>${e.target().id()}`)
    .sort(),
});

describe('syncElements (our own diff instead of react-cytoscapejs)', () => {
  let cy: Core;
  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: true });
  });
  afterEach(() => cy.destroy());

  it('draws ids that look like Object.prototype members', () => {
    const elements = [
      ...HOSTILE.map((id) => node(id)),
      ...HOSTILE.slice(1).map((id, i) => edge(`e-${id}`, HOSTILE[i] as string, id)),
      edge('constructor-edge', 'constructor', 'toString'),
    ];
    syncElements(cy, elements);
    expect(cy.nodes().length).toBe(HOSTILE.length);
    expect(cy.edges().length).toBe(HOSTILE.length);
    expect(cy.getElementById('constructor').degree(false)).toBe(2);
  });

  it('moves a node to its group in the next file (cytoscape cannot re-parent through data)', () => {
    syncElements(cy, [node('g'), node('a'), node('b')]);
    const grouped = (id: string, parent: string): ElementDefinition => ({
      group: 'nodes',
      data: { id, label: id, parent },
    });
    syncElements(cy, [node('g'), grouped('a', 'g'), node('b')]);
    expect(cy.getElementById('a').parent().first().id()).toBe('g');
    expect(cy.getElementById('g').isParent()).toBe(true);
    syncElements(cy, [node('g'), node('a'), node('b')]);
    expect(cy.getElementById('a').isOrphan()).toBe(true);
  });

  it('replaces a first file by a second whose numeric ids overlap, keeping nothing stale', () => {
    syncElements(cy, [
      node('0'),
      node('1'),
      node('2'),
      edge('edge-0', '0', '1'),
      edge('e', '1', '2'),
    ]);
    // In the second file "edge-0" joins other ends, "2" is gone, "e" is a node, "3" is new.
    const second = [node('0'), node('1'), node('e'), node('3'), edge('edge-0', '1', '3')];
    syncElements(cy, second);
    expect(ids(cy)).toEqual({ nodes: ['0', '1', '3', 'e'], edges: ['edge-0:1>3'] });
  });

  it('a language switch patches labels in place: same elements, positions and state classes', () => {
    syncElements(cy, [node('a', 'Iran', 'kind-state'), node('b', 'Israel'), edge('ab', 'a', 'b')]);
    const a = cy.getElementById('a');
    a.position({ x: 40, y: 7 });
    a.addClass('selected');
    const counts = syncElements(cy, [
      node('a', 'إيران', 'kind-state'),
      node('b', 'إسرائيل'),
      edge('ab', 'a', 'b'),
    ]);
    expect(counts).toEqual({ added: 0, removed: 0, updated: 2 });
    expect(cy.getElementById('a')).toBe(a);
    expect(a.data('label')).toBe('إيران');
    expect(a.position()).toEqual({ x: 40, y: 7 });
    expect(a.hasClass('selected')).toBe(true);
    expect(a.hasClass('kind-state')).toBe(true);
  });

  it('swaps mapping classes and drops data keys the new definition lacks', () => {
    syncElements(cy, [{ group: 'nodes', data: { id: 'a', subkind: 'x' }, classes: 'kind-state' }]);
    syncElements(cy, [{ group: 'nodes', data: { id: 'a' }, classes: 'kind-person' }]);
    const a = cy.getElementById('a');
    expect(a.classes()).toEqual(['kind-person']);
    expect(a.data('subkind')).toBeUndefined();
  });

  it('an edge whose end node was replaced comes back attached to the new node', () => {
    syncElements(cy, [node('a'), node('b'), edge('ab', 'a', 'b')]);
    syncElements(cy, [node('a'), { group: 'edges', data: { id: 'x', source: 'a', target: 'a' } }]);
    syncElements(cy, [node('a'), node('b'), edge('ab', 'a', 'b')]);
    expect(ids(cy)).toEqual({ nodes: ['a', 'b'], edges: ['ab:a>b'] });
  });
});

describe('syncElements with the definitions it was last given', () => {
  let cy: Core;
  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: true });
  });
  afterEach(() => cy.destroy());

  it('passes over a definition that is the same object as last time', () => {
    const a = node('a', 'A');
    const b = node('b', 'B');
    const ab = edge('ab', 'a', 'b');
    syncElements(cy, [a, b, ab]);
    let events = 0;
    cy.on('data', () => events++);
    // The same objects, one of them replaced by a changed copy.
    const counts = syncElements(cy, [a, node('b', 'B2'), ab]);
    expect(counts).toEqual({ added: 0, removed: 0, updated: 1 });
    expect(events).toBe(1);
    expect(cy.getElementById('b').data('label')).toBe('B2');
  });

  it('adds back the lines of a node it had to add anew, even when their definitions are the same', () => {
    const a = node('a');
    const b = node('b');
    const c = { group: 'nodes', data: { id: 'c', label: 'c' } } as ElementDefinition;
    const ab = edge('ab', 'a', 'b');
    const bc = edge('bc', 'b', 'c');
    syncElements(cy, [c, a, b, ab, bc]);
    // b moves into the group c: cytoscape cannot re-parent through data, so b is added anew,
    // and its lines, whose definitions did not change, with it.
    const inGroup: ElementDefinition = {
      group: 'nodes',
      data: { id: 'b', label: 'b', parent: 'c' },
    };
    syncElements(cy, [c, a, inGroup, ab, bc]);
    expect(ids(cy).edges).toEqual(['ab:a>b', 'bc:b>c']);
    expect(cy.getElementById('b').parent().first().id()).toBe('c');
    // And a group added anew keeps its members.
    const group2 = {
      group: 'nodes',
      data: { id: 'c', label: 'c', parent: 'a' },
    } as ElementDefinition;
    syncElements(cy, [group2, a, inGroup, ab, bc]);
    expect(ids(cy).nodes).toEqual(['a', 'b', 'c']);
    expect(ids(cy).edges).toEqual(['ab:a>b', 'bc:b>c']);
  });
});
