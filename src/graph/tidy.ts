import type { Core, NodeSingular } from 'cytoscape';
import { roundPosition } from './force-atlas';

type Box = { x1: number; y1: number; x2: number; y2: number };
const GAP = 24;
const RINGS = 8;
const STEPS = 16;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * "Tidy": new places for `ids` only (entities added without a place, the selected one), each
 * beside what it connects to and clear of every other node and label; everything else stays
 * exactly where the author put it. Rings around the anchor, nearest free spot first.
 */
export function tidyPositions(
  cy: Core,
  ids: ReadonlySet<string>,
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  // Every edit asks (a rename moves nothing): the boxes of 5,000 nodes cost ~35 ms for nothing.
  if (ids.size === 0) return out;
  const moving = cy.nodes().filter((n) => ids.has(n.id()));
  const fixed = cy.nodes(':visible').difference(moving);
  const taken: Box[] = fixed.map((n) => padded(n.boundingBox({}), GAP));
  const graphBox = fixed.nonempty() ? fixed.boundingBox({}) : { x1: 0, y1: 0, x2: 0, y2: 0 };
  moving.forEach((node) => {
    const anchor = anchorOf(node, ids, graphBox);
    const box = node.boundingBox({});
    const w = box.x2 - box.x1;
    const h = box.y2 - box.y1;
    let best: { x: number; y: number } | null = null;
    for (let ring = 1; ring <= RINGS && !best; ring++) {
      const radius = ring * (Math.max(w, h) + GAP);
      for (let step = 0; step < STEPS; step++) {
        const angle = (step / STEPS) * 2 * Math.PI + ring * 0.4;
        const x = anchor.x + radius * Math.cos(angle);
        const y = anchor.y + radius * Math.sin(angle);
        const candidate = { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 };
        if (!taken.some((other) => overlaps(candidate, other))) {
          best = { x, y };
          break;
        }
      }
    }
    const at = best ?? { x: anchor.x, y: graphBox.y2 + h + GAP };
    const position = { x: roundPosition(at.x), y: roundPosition(at.y) };
    out.set(node.id(), position);
    taken.push(
      padded({ x1: at.x - w / 2, y1: at.y - h / 2, x2: at.x + w / 2, y2: at.y + h / 2 }, GAP),
    );
  });
  return out;
}

function padded(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

/** Beside what it connects to that stays put; with nothing, just right of the graph. */
function anchorOf(node: NodeSingular, moving: ReadonlySet<string>, graph: Box) {
  const neighbours = node.neighborhood('node').filter((n) => !moving.has(n.id()));
  if (neighbours.empty()) return { x: graph.x2 + 80, y: (graph.y1 + graph.y2) / 2 };
  let x = 0;
  let y = 0;
  neighbours.forEach((n) => {
    x += n.position().x;
    y += n.position().y;
  });
  return { x: x / neighbours.length, y: y / neighbours.length };
}
