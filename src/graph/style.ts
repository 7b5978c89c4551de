import type { StylesheetJson } from 'cytoscape';
import { REMEASURE_CLASS } from './label-fonts';

export const LABEL_FONT = 'Relgraph Sans';

/**
 * A few selectors with data() mappers (cheap at scale: performance-baseline.md). Kind → shape and
 * colour; relation family → colour and arrow; evidence status → line pattern, so a claim never
 * looks like a report. State classes (.faded, .focus, .hovered) are toggled by the bridge.
 */
export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)' as never,
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
      label: 'data(label)',
      'font-family': LABEL_FONT,
      'font-size': 13,
      'font-weight': 600,
      color: '#111827',
      'text-wrap': 'wrap',
      // We wrap ourselves (one isolate per line); a wide max keeps cytoscape from re-wrapping.
      'text-max-width': '600px',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 6,
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  },
  // An unnamed source is drawn hollow with a dashed ring: a voice, not an identified person.
  {
    selector: 'node.sub-unnamed-source, node.sub-group',
    style: {
      'background-opacity': 0.25,
      'border-width': 3,
      'border-style': 'dashed',
      'border-color': 'data(color)',
    },
  },
  { selector: 'node.sub-armed-group', style: { 'border-width': 4, 'border-color': '#D55E00' } },
  // A group (yEd group, Cytoscape compound): a light container around its members, named on top.
  {
    selector: 'node:parent',
    style: {
      shape: 'round-rectangle',
      'background-opacity': 0.12,
      'border-width': 2,
      // A neutral frame: a group's own fill is often near white (yEd's #F5F5F5).
      'border-color': '#9CA3AF',
      'text-valign': 'top',
      'text-margin-y': -4,
      padding: '18px',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'data(arrow)' as never,
      'arrow-scale': 1.1,
      'curve-style': 'bezier',
      opacity: 0.9,
      'font-family': LABEL_FONT,
      'font-size': 11,
      color: '#111827',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-wrap': 'wrap',
      'text-max-width': '600px',
      'text-rotation': 'none',
      'min-zoomed-font-size': 7,
    },
  },
  // Claimed: dashed. Who claims it is named in the line's label ("per …", elements.ts), not by
  // a mark at one end: the claimant is usually neither end of the line.
  {
    selector: 'edge.status-claimed',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] },
  },
  {
    selector: 'edge.status-disputed',
    style: { 'line-style': 'dotted', width: 3, 'source-arrow-shape': 'square' },
  },
  // No source given (imported from another tool): faint, finely dotted — present, not evidenced.
  {
    selector: 'edge.status-unsourced',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 5], opacity: 0.75 },
  },
  { selector: 'edge.edge-benefits, edge.edge-concerns', style: { width: 1.5, opacity: 0.7 } },
  { selector: 'edge.family-proxy', style: { width: 3 } },
  // A width the file's author chose (a Gephi thickness, a weight): before the states below, so
  // a selected or highlighted line still stands out.
  { selector: 'edge.own-width', style: { width: 'data(width)' } },
  // Many parallel lines drawn as one (model/bundles.ts): thick, with its count always shown.
  { selector: 'edge.bundle', style: { width: 6, label: 'data(bundle)', 'font-weight': 700 } },
  // Interaction states.
  { selector: '.hidden', style: { display: 'none' } },
  // Left out by a filter in showcase mode: still in place, barely there, unlabelled.
  { selector: '.filtered-out', style: { opacity: 0.08, 'text-opacity': 0 } },
  {
    selector: 'node.on-path',
    style: { 'border-width': 4, 'border-color': '#111827', 'font-size': 15, 'z-index': 15 },
  },
  {
    selector: 'edge.on-path',
    style: { width: 5, label: 'data(label)', opacity: 1, 'z-index': 15 },
  },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
  { selector: 'edge.focus', style: { label: 'data(label)', width: 3, opacity: 1, 'z-index': 10 } },
  { selector: 'edge.focus-quiet', style: { label: '' } },
  {
    selector: 'node.selected',
    style: { 'border-width': 5, 'border-color': '#111827', 'z-index': 20, 'font-size': 15 },
  },
  { selector: 'edge.selected', style: { width: 5, label: 'data(label)', 'z-index': 20 } },
  { selector: 'node.hovered', style: { 'border-color': '#111827', 'border-width': 3 } },
  // The keyboard cursor (keyboard.ts): a halo that reads on any kind's colour and shape.
  {
    selector: 'node.cursor',
    style: {
      'underlay-color': '#1d4ed8',
      'underlay-opacity': 0.5,
      'underlay-padding': 10,
      'underlay-shape': 'ellipse',
    } as never,
  },
  { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.08 } },
  // Edit mode's "Connect" (connect.ts): where the line starts, and the line being drawn.
  {
    selector: 'node.connect-from, node.eh-source',
    style: { 'border-color': '#0072b2', 'border-width': 4, 'border-style': 'double' },
  },
  {
    selector: 'node.eh-hover, node.eh-target',
    style: { 'border-color': '#0072b2', 'border-width': 4 },
  },
  {
    selector: 'edge.eh-preview, edge.eh-ghost-edge, edge.connect-draft',
    style: {
      'line-color': '#0072b2',
      'target-arrow-color': '#0072b2',
      'line-style': 'dashed',
      width: 3,
      label: '',
    },
  },
  { selector: 'node.eh-ghost-node', style: { opacity: 0, width: 1, height: 1, label: '' } },
  // The same family, named another way: a face arrived after the labels were measured.
  { selector: `.${REMEASURE_CLASS}`, style: { 'font-family': `"${LABEL_FONT}"` } },
];

/**
 * From this many entities on, the canvas draws for speed (GraphCanvas switches to
 * LARGE_GRAPH_STYLESHEET and cytoscape's viewport options; `npm run bench` measures it). The seed
 * graph is far below it and is drawn exactly as before.
 */
export const LARGE_GRAPH_ENTITIES = 1000;

/**
 * STYLESHEET plus, for large graphs: labels only once they are readable (8 px on screen, which
 * with hidden edges while moving keeps pan/zoom frames short: performance-baseline.md), no
 * fade animation, which would redraw every element for 150 ms after each selection, and
 * opaque lines.
 */
export const LARGE_GRAPH_STYLESHEET: StylesheetJson = [
  // Opaque lines: cytoscape draws the arrowhead of a translucent line twice (it first clears
  // the line's end under it); at 10,000 lines that was ~10 % of every full frame. In the base
  // rule only: the states after it (filtered out, faded, unsourced) keep their own opacity.
  ...STYLESHEET.map((rule) =>
    'style' in rule && rule.selector === 'edge'
      ? { ...rule, style: { ...rule.style, opacity: 1 } }
      : rule,
  ),
  { selector: 'node', style: { 'min-zoomed-font-size': 8, 'transition-duration': 0 } },
  { selector: 'edge', style: { 'min-zoomed-font-size': 8 } },
  // While ForceAtlas2 moves the nodes (progressive-layout.ts; only above 1,500 entities).
  { selector: 'edge.arranging', style: { display: 'none' } },
];

/**
 * cytoscape's viewport options for a graph of this size (GraphCanvas; the benchmark's bare page
 * takes the same zoom limits so both draw the same view). Large graphs: edges hidden while the
 * view moves, and a lower minimum zoom so the whole graph fits on screen.
 */
export function viewportOptions(entities: number) {
  const large = entities >= LARGE_GRAPH_ENTITIES;
  return {
    minZoom: large ? 0.02 : 0.1,
    maxZoom: 4,
    hideEdgesOnViewport: large,
  };
}
