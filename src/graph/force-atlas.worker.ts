/**
 * The force layout's worker: steps of ForceAtlas2 (force-atlas.ts), each step's positions sent
 * back as soon as they are computed. The page stops it by terminating the worker.
 */
import { fitToFrame, forcePositions, startForce, stepForce, type ForceGraph } from './force-atlas';
import type { ForceMessage } from './progressive-layout';

addEventListener('message', (event: MessageEvent<ForceGraph>) => {
  const graph = event.data;
  let state = startForce(graph);
  const step = () => {
    state = stepForce(state);
    const positions = fitToFrame(forcePositions(state), graph.start);
    const message: ForceMessage = { positions, iterations: state.iterations, done: state.done };
    postMessage(message, { transfer: [positions.buffer as ArrayBuffer] });
    // A task per step, so a terminate() from the page is never kept waiting.
    if (!state.done) setTimeout(step, 0);
  };
  step();
});
