import type { ElementDefinition } from 'cytoscape';
import { appearanceOf } from '../model/appearance';
import type { GraphIndex } from '../model/graph-index';
import type { Lang } from '../model/schema';
import { escapeText } from '../io/xml';
import { toElements } from './elements';
import { plainLabel } from './labels';

/**
 * The poster: a static SVG of the bundled graph, written into index.html at build time (the
 * Vite plugin in vite.config.ts), so a reader on a slow network sees the graph the moment the
 * page arrives instead of an empty frame while ~300 KB of script download. The live graph
 * replaces it when it is drawn (poster-dom.ts). Same positions, shapes, colours and labels as
 * the canvas's first view (toElements); SVG text lays out Arabic and mixed labels with the
 * browser's own bidi, so no isolates are needed. No script, no links: a picture.
 */

export const POSTER_ID = 'relgraph-poster';
/** Comment markers around the poster in index.html, so a published site can replace it. */
export const POSTER_START = '<!-- relgraph:poster -->';
export const POSTER_END = '<!-- /relgraph:poster -->';

const LANGS: readonly Lang[] = ['ar', 'en'];
/** Room around the drawing, in graph units (the canvas fits with about as much). */
const PAD = 40;
/** Below a node: label margin and line height at the canvas's 13 px (style.ts). */
const LABEL_GAP = 5;
const LINE_HEIGHT = 16;

interface NodeDraw {
  id: string;
  x: number;
  y: number;
  size: number;
  shape: string;
  color: string;
  /** An unnamed source or a group of people: hollow, dashed ring (style.ts). */
  hollow: boolean;
  /** An armed group: a red ring (style.ts). */
  armed: boolean;
  labels: Record<Lang, string[]>;
}

/**
 * The poster's markup (one `<div>` holding the SVG) for a dataset whose entities all have
 * stored positions, or null (nothing honest to draw before the layout has run).
 */
export function posterMarkup(index: GraphIndex): string | null {
  const entities = index.data.entities;
  // Groups are drawn around their members by the canvas's own geometry: not imitated here.
  const drawable = (entity: (typeof entities)[number]) =>
    entity.position !== undefined && entity.parent === undefined;
  if (entities.length === 0 || !entities.every(drawable)) return null;
  const appearance = appearanceOf(index, 'look', 'look');
  const words = { claims: '', benefits: '', concerns: '' };
  const byLang = new Map(LANGS.map((lang) => [lang, toElements(index, lang, words, appearance)]));
  const base = byLang.get('en') ?? [];
  // Each language's node labels by id (a find per node would be quadratic in a large dataset).
  const labelOf = new Map(
    LANGS.map((lang) => [
      lang,
      new Map(
        (byLang.get(lang) ?? [])
          .filter((e) => e.group === 'nodes')
          .map((e) => [String(e.data.id), String(e.data.label ?? '')]),
      ),
    ]),
  );
  const nodes = new Map<string, NodeDraw>();
  for (const element of base) {
    if (element.group !== 'nodes' || !element.position) continue;
    const id = String(element.data.id);
    const labels = {} as Record<Lang, string[]>;
    for (const lang of LANGS) {
      labels[lang] = plainLabel(labelOf.get(lang)?.get(id) ?? '')
        .split('\n')
        .filter(Boolean);
    }
    nodes.set(id, {
      id,
      x: element.position.x,
      y: element.position.y,
      size: Number(element.data.size) || 30,
      shape: String(element.data.shape),
      color: String(element.data.color),
      hollow: /\bsub-(unnamed-source|group)\b/.test(classesOf(element)),
      armed: /\bsub-armed-group\b/.test(classesOf(element)),
      labels,
    });
  }
  const edges = base.filter((element) => element.group === 'edges');
  const box = bounds([...nodes.values()]);
  const view = [box.minX - PAD, box.minY - PAD, box.width + 2 * PAD, box.height + 2 * PAD];
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view.map(num).join(' ')}" preserveAspectRatio="xMidYMid meet" focusable="false">`,
    '<g class="poster-edges" fill="none">',
    ...edges.flatMap((edge) => edgeMarkup(edge, nodes)),
    '</g>',
    '<g class="poster-nodes" stroke="#ffffff" stroke-width="2">',
    ...[...nodes.values()].map(nodeMarkup),
    '</g>',
    ...LANGS.map((lang) => labelsMarkup([...nodes.values()], lang)),
    '</svg>',
  ];
  return `${POSTER_START}<div id="${POSTER_ID}" class="graph-poster" aria-hidden="true">${parts.join('')}</div>${POSTER_END}`;
}

function bounds(nodes: readonly NodeDraw[]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const half = node.size / 2;
    const lines = Math.max(node.labels.ar.length, node.labels.en.length);
    // Labels hang below the node, about as wide as 18 characters (canvasLabel wraps there).
    minX = Math.min(minX, node.x - Math.max(half, 60));
    maxX = Math.max(maxX, node.x + Math.max(half, 60));
    minY = Math.min(minY, node.y - half);
    maxY = Math.max(maxY, node.y + half + LABEL_GAP + lines * LINE_HEIGHT);
  }
  return { minX, minY, width: maxX - minX, height: maxY - minY };
}

function edgeMarkup(edge: ElementDefinition, nodes: ReadonlyMap<string, NodeDraw>): string[] {
  const from = nodes.get(String(edge.data.source));
  const to = nodes.get(String(edge.data.target));
  if (!from || !to || from === to) return [];
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1) return [];
  const ux = dx / length;
  const uy = dy / length;
  // Lines end at the node's edge, as the canvas draws them (an ellipse is close enough for all).
  const x1 = from.x + (ux * from.size) / 2;
  const y1 = from.y + (uy * from.size) / 2;
  const x2 = to.x - (ux * to.size) / 2;
  const y2 = to.y - (uy * to.size) / 2;
  const color = safeColor(String(edge.data.color));
  const classes = classesOf(edge);
  const dash = /\bstatus-claimed\b/.test(classes)
    ? ' stroke-dasharray="7 4"'
    : /\bstatus-disputed\b/.test(classes)
      ? ' stroke-dasharray="2 4"'
      : '';
  const width = /\bedge-(benefits|concerns)\b/.test(classes) ? 1.5 : 2;
  const out = [
    `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${color}" stroke-width="${width}"${dash} opacity="0.8"/>`,
  ];
  if (edge.data.arrow && edge.data.arrow !== 'none') {
    // A filled triangle at the target end, the size of the canvas's arrow at scale 1.1.
    const size = 9;
    const bx = x2 - ux * size;
    const by = y2 - uy * size;
    const px = -uy * (size / 2);
    const py = ux * (size / 2);
    out.push(
      `<polygon points="${num(x2)},${num(y2)} ${num(bx + px)},${num(by + py)} ${num(bx - px)},${num(by - py)}" fill="${color}"/>`,
    );
  }
  return out;
}

function nodeMarkup(node: NodeDraw): string {
  const fill = safeColor(node.color);
  const paint = node.hollow
    ? `fill="${fill}" fill-opacity="0.25" stroke="${fill}" stroke-width="3" stroke-dasharray="4 3"`
    : node.armed
      ? `fill="${fill}" stroke="#D55E00" stroke-width="4"`
      : `fill="${fill}"`;
  return shapeMarkup(node, paint);
}

function shapeMarkup(node: NodeDraw, paint: string): string {
  const { x, y } = node;
  const r = node.size / 2;
  const polygon = (points: readonly (readonly [number, number])[]) =>
    `<polygon points="${points.map(([px, py]) => `${num(x + px * r)},${num(y + py * r)}`).join(' ')}" ${paint}/>`;
  switch (node.shape) {
    case 'round-rectangle':
    case 'rectangle':
    case 'barrel':
    case 'round-tag':
    case 'tag': {
      const corner = node.shape === 'rectangle' ? 0 : r * 0.3;
      return `<rect x="${num(x - r)}" y="${num(y - r)}" width="${num(2 * r)}" height="${num(2 * r)}" rx="${num(corner)}" ${paint}/>`;
    }
    case 'diamond':
    case 'round-diamond':
      return polygon([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'hexagon':
    case 'round-hexagon':
      return polygon(
        [0, 1, 2, 3, 4, 5].map((i) => [Math.cos((i * Math.PI) / 3), Math.sin((i * Math.PI) / 3)]),
      );
    case 'triangle':
    case 'round-triangle':
      return polygon([
        [0, -1],
        [1, 1],
        [-1, 1],
      ]);
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, i) => {
          const radius = i % 2 === 0 ? 1 : 0.45;
          const angle = -Math.PI / 2 + (i * Math.PI) / 5;
          return [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
        }),
      );
    default:
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" ${paint}/>`;
  }
}

function labelsMarkup(nodes: readonly NodeDraw[], lang: Lang): string {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const texts = nodes.map((node) => {
    const lines = node.labels[lang];
    if (lines.length === 0) return '';
    const top = node.y + node.size / 2 + LABEL_GAP + 12;
    const spans = lines
      .map(
        (line, i) =>
          `<tspan x="${num(node.x)}" y="${num(top + i * LINE_HEIGHT)}">${escapeText(line)}</tspan>`,
      )
      .join('');
    return `<text>${spans}</text>`;
  });
  return `<g class="poster-labels poster-${lang}" lang="${lang}" direction="${dir}" text-anchor="middle">${texts.join('')}</g>`;
}

function classesOf(element: ElementDefinition): string {
  const { classes } = element;
  return Array.isArray(classes) ? classes.join(' ') : (classes ?? '');
}

function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Colours come from the dataset's looks: only a plain CSS colour reaches the markup. */
function safeColor(value: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(value) || /^[a-z]+$/i.test(value) ? value : '#888888';
}
