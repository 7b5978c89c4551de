import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../src/graph/elements';
import { syncElements } from '../../../src/graph/sync-elements';
import { loadDatasetValue } from '../../../src/model/load';

const words = { claims: 'claims', benefits: 'benefits', concerns: 'concerns' };

describe('groups on the canvas', () => {
  it('adds groups before their members, whatever order the file lists them in', () => {
    const result = loadDatasetValue({
      version: 1,
      id: 'order',
      title: { ar: 'ترتيب', en: 'Order' },
      sources: [],
      // Members first, as a Cytoscape export may list them; a group inside a group last.
      entities: [
        { id: 'army', kind: 'organization', label: { ar: 'ج', en: 'Army' }, parent: 'defence' },
        { id: 'defence', kind: 'organization', label: { ar: 'د', en: 'Defence' }, parent: 'gov' },
        { id: 'gov', kind: 'organization', label: { ar: 'ح', en: 'Government' } },
      ],
      relationTypes: [],
      relations: [],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const elements = toElements(result.index, 'en', words);
    expect(elements.map((e) => e.data.id)).toEqual(['gov', 'defence', 'army']);
    const cy = cytoscape({ headless: true, styleEnabled: true });
    syncElements(cy, elements);
    expect(cy.getElementById('army').parent().first().id()).toBe('defence');
    expect(cy.getElementById('defence').parent().first().id()).toBe('gov');
    cy.destroy();
  });
});
