/**
 * The benchmark's reference page: cytoscape used directly, with the app's own elements
 * (toElements), stylesheet (STYLESHEET), fonts and stored-position preset layout, but no React,
 * no store, no validation and none of the app's large-graph options. What it measures is the
 * engine's own cost on this machine; `npm run bench` reports the app as a ratio of it. It uses
 * the app's zoom limits and wheel speed, so the same gesture shows the same view.
 *
 *   bare/index.html?graph=<dataset url>&lang=ar|en&box=<left>,<top>,<width>,<height>
 *
 * `box` places the canvas where the app's canvas is, so both draw the same number of pixels.
 * Marks `graph:ready` after the first frame drawn after layout, as the app does.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import { installDebugApi } from '../../../src/graph/debug';
import { toElements } from '../../../src/graph/elements';
import { STYLESHEET, viewportOptions } from '../../../src/graph/style';
import { buildIndex } from '../../../src/model/graph-index';
import type { Dataset } from '../../../src/model/schema';
import '../../../src/styles/fonts.css';

function loadFonts(): Promise<unknown> {
  const faces = [
    document.fonts.load('600 13px "Relgraph Sans"', 'أذربيجان'),
    document.fonts.load('600 13px "Relgraph Sans"', 'Azerbaijan'),
    document.fonts.load('400 13px "Relgraph Sans"', 'أذربيجان Azerbaijan'),
  ];
  const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
  return Promise.race([Promise.all(faces).catch(() => undefined), timeout]);
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang') === 'ar' ? 'ar' : 'en';
  const container = document.getElementById('cy') as HTMLDivElement;
  const box = (params.get('box') ?? '').split(',').map(Number);
  if (box.length === 4 && box.every(Number.isFinite)) {
    const [left, top, width, height] = box as [number, number, number, number];
    Object.assign(container.style, {
      inset: 'auto',
      left: `${left}px`,
      top: `${top}px`,
      width: `${width}px`,
      height: `${height}px`,
    });
  }
  const [data] = await Promise.all([
    fetch(params.get('graph') ?? '').then((response) => response.json() as Promise<Dataset>),
    loadFonts(),
  ]);
  const index = buildIndex(data);
  const elements = toElements(index, lang, { claims: '', benefits: '', concerns: '' });

  const creating = performance.now();
  // The app's zoom limits (and cytoscape's default wheel speed, as in the app), so the same
  // gesture shows the same view; none of its large-graph drawing options (hidden edges while
  // moving, large-graph stylesheet).
  const { minZoom, maxZoom } = viewportOptions(data.entities.length);
  const cy = cytoscape({
    container,
    elements,
    style: STYLESHEET,
    layout: { name: 'null' },
    minZoom,
    maxZoom,
  });
  performance.measure('bare:create', { start: creating, end: performance.now() });
  installDebugApi(cy);
  // The edit benchmark changes an element here to time the engine's own redraw (edit.ts).
  (window as unknown as { __bareCy?: unknown }).__bareCy = cy;

  const byId = new Map(data.entities.map((e) => [e.id, e.position ?? { x: 0, y: 0 }]));
  const started = performance.now();
  cy.layout({
    name: 'preset',
    positions: (node: { id: () => string }) => byId.get(node.id()) ?? { x: 0, y: 0 },
    fit: true,
    padding: 40,
  } as LayoutOptions).run();
  performance.measure('graph:layout', { start: started, end: performance.now() });
  cy.one('render', () => requestAnimationFrame(() => performance.mark('graph:ready')));
  cy.forceRender();
}

void main();
