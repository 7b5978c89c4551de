/**
 * The graph with the keyboard: arrow keys move a cursor from an entity to the connected entity
 * that lies most nearly that way on screen (a graph has no reading order, but it has a picture,
 * the same in both languages), Home goes to the best-connected entity, Enter or Space opens the
 * cursor's details. Pure over cytoscape's positions: the bridge applies the result.
 */
import type { Core, NodeSingular } from 'cytoscape';

export type Direction = 'up' | 'down' | 'left' | 'right';

const KEYS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export type GraphKey = { move: Direction } | { home: true } | { open: true } | null;

export function graphKey(key: string): GraphKey {
  if (Object.hasOwn(KEYS, key)) return { move: KEYS[key] as Direction };
  if (key === 'Home') return { home: true };
  if (key === 'Enter' || key === ' ') return { open: true };
  return null;
}

/** Where the cursor starts: the selected entity if it is drawn, else the best-connected one. */
export function startEntity(cy: Core, selected: string | null): string | null {
  const chosen = selected ? cy.getElementById(selected) : null;
  if (chosen && chosen.nonempty() && chosen.isNode() && chosen.visible()) return chosen.id();
  const nodes = cy.nodes(':visible').filter((n) => !n.isParent());
  if (nodes.empty()) return null;
  return nodes.max((n) => (n as NodeSingular).degree(false)).ele.id();
}

const ANGLES: Record<Direction, number> = {
  right: 0,
  down: Math.PI / 2,
  left: Math.PI,
  up: -Math.PI / 2,
};

/**
 * The drawn neighbour (over a drawn line) most nearly in `direction` from `from`: within 60° of
 * it, the smallest angle first, then the nearest. Null when no line goes that way.
 */
export function neighbourToward(cy: Core, from: string, direction: Direction): string | null {
  const node = cy.getElementById(from);
  if (node.empty() || !node.isNode()) return null;
  const origin = node.position();
  const want = ANGLES[direction];
  let best: { id: string; angle: number; distance: number } | null = null;
  const neighbours = node
    .connectedEdges(':visible')
    .connectedNodes(':visible')
    .filter((n: NodeSingular) => n.id() !== from);
  neighbours.forEach((other: NodeSingular) => {
    const p = other.position();
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) return;
    let angle = Math.abs(Math.atan2(dy, dx) - want);
    if (angle > Math.PI) angle = 2 * Math.PI - angle;
    if (angle > Math.PI / 3) return;
    // Angles within ~5° of each other count as equal: then the nearer wins.
    const better =
      !best ||
      angle < best.angle - 0.09 ||
      (Math.abs(angle - best.angle) <= 0.09 && distance < best.distance);
    if (better) best = { id: other.id(), angle, distance };
  });
  return (best as { id: string } | null)?.id ?? null;
}
