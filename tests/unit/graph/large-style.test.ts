/**
 * The large-graph stylesheet (style.ts): opaque lines (a translucent line's arrowhead is drawn
 * twice), while the states after the base rule keep their own opacity.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_STYLESHEET, STYLESHEET } from '../../../src/graph/style';

function opacities(style: cytoscape.StylesheetJson) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'plain', source: 'a', target: 'b' } },
      { data: { id: 'out', source: 'a', target: 'b' }, classes: 'filtered-out' },
      { data: { id: 'unsourced', source: 'a', target: 'b' }, classes: 'status-unsourced' },
      { data: { id: 'benefit', source: 'a', target: 'b' }, classes: 'edge-benefits' },
    ],
  });
  return Object.fromEntries(
    cy.edges().map((edge) => [edge.id(), Number(edge.style('opacity'))] as const),
  );
}

describe('the large-graph stylesheet', () => {
  it('draws plain lines opaque and keeps the opacity of every state', () => {
    expect(opacities(STYLESHEET)).toEqual({ plain: 0.9, out: 0.08, unsourced: 0.75, benefit: 0.7 });
    expect(opacities(LARGE_GRAPH_STYLESHEET)).toEqual({
      plain: 1,
      out: 0.08,
      unsourced: 0.75,
      benefit: 0.7,
    });
  });
});
