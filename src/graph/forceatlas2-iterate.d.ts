/**
 * graphology-layout-forceatlas2's single-iteration function, the one its own worker runs
 * (pinned at 0.10.1: the matrix layout below is that version's). It moves the nodes of
 * `nodes` in place: 10 floats per node (x, y, dx, dy, old dx, old dy, mass, convergence,
 * size, fixed), 3 per edge (source offset, target offset, weight).
 */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(
    settings: Record<string, number | boolean>,
    nodes: Float32Array,
    edges: Float32Array,
  ): Record<string, never>;
}
