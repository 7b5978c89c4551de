/**
 * What a filter change, a path and the first view frame (camera.ts, framedBox): in a large
 * graph the box comes from the shown nodes' positions and sizes, with room for their labels,
 * instead of cytoscape measuring every label; in a small one it is cytoscape's own box.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { framedBox } from '../../../src/graph/camera';
import { LARGE_GRAPH_ENTITIES } from '../../../src/graph/style';

function grid(count: number) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: Array.from({ length: count }, (_, i) => ({
      data: { id: `n${i}`, size: i === 0 ? 60 : 20 },
      position: { x: (i % 50) * 100, y: Math.floor(i / 50) * 100 },
    })),
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    layout: { name: 'preset' },
  });
}

describe('framedBox', () => {
  it('in a large graph, spans the shown nodes with room for their labels', () => {
    const cy = grid(LARGE_GRAPH_ENTITIES);
    // n0 at (0, 0), size 60; n51 at (100, 100); n1 at (100, 0): a box around these three only.
    const box = framedBox(cy, new Set(['n0', 'n1', 'n51', 'edge-not-a-node', 'missing']))!;
    expect(box.x1).toBe(0 - 70);
    expect(box.x2).toBe(100 + 70);
    expect(box.y1).toBe(0 - 30);
    expect(box.y2).toBe(100 + 10 + 40);
    expect(box.w).toBe(box.x2 - box.x1);
    expect(box.h).toBe(box.y2 - box.y1);
  });

  it('in a small graph, is cytoscape’s own box of the shown elements', () => {
    const cy = grid(10);
    const ids = new Set(['n2', 'n3']);
    const own = cy
      .elements()
      .filter((el) => ids.has(el.id()))
      .boundingBox({});
    expect(framedBox(cy, ids)).toEqual(own);
  });

  it('frames nothing when nothing shown is in the graph', () => {
    expect(framedBox(grid(LARGE_GRAPH_ENTITIES), new Set(['missing']))).toBeNull();
    expect(framedBox(grid(10), new Set())).toBeNull();
  });
});
