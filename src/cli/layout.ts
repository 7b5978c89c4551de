/**
 * `npm run layout -- <file> [-o out.json]`: computes the force layout offline, as the browser
 * does (up to FORCE_LAYOUT_LIMIT entities cytoscape headless + fcose, seeded exactly as the
 * browser seeds it; above it ForceAtlas2 from the same draft, run to the end) and stores a
 * `position` on every entity, so the app draws the graph at once, without a layout. Writes the file
 * in place unless `-o` names another (`-o -` prints it). Deterministic: the same data gives the
 * same positions, rounded to 0.1 px. Only the `position` members change; every other byte of
 * the file stays as it was.
 *
 * Exit status 0 on success, 1 when the dataset does not load, 2 on wrong usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements } from '../graph/elements';
import { plainLabel } from '../graph/labels';
import { forceGraph, roundPosition, settleForce } from '../graph/force-atlas';
import {
  draftPositions,
  FORCE_OPTIONS,
  hashString,
  needsForceRefinement,
  withSeededRandom,
} from '../graph/layouts';
import type { GraphIndex } from '../model/graph-index';
import { loadDatasetText } from '../model/load';
import type { Problem } from '../model/problems';

cytoscape.use(fcose);

export type Position = { x: number; y: number };

/** Noto Sans at the canvas's 13 px, weight 600: an average glyph is about this wide. */
const CHAR_WIDTH = 7.4;
const LINE_HEIGHT = 17;
/** Label padding (2 px each side) and the gap between shape and label (text-margin-y). */
const LABEL_PAD = 4;
const LABEL_GAP = 5;

/**
 * The box a node occupies on the canvas, estimated without a canvas to measure text: its shape,
 * plus its label (wrapped as the canvas wraps it) in whichever language is larger. The label
 * hangs below the shape; the box is centred, so it reserves most of the label's height above too.
 */
function nodeBoxes(index: GraphIndex): Map<string, { w: number; h: number }> {
  const words = { claims: '', benefits: '', concerns: '' };
  const boxes = new Map<string, { w: number; h: number }>();
  for (const lang of ['en', 'ar'] as const) {
    for (const element of toElements(index, lang, words)) {
      if (element.group !== 'nodes') continue;
      const data = element.data as { id: string; label: string; size: number };
      const lines = plainLabel(data.label).split('\n');
      const labelW = Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH + LABEL_PAD;
      const labelH = lines.length * LINE_HEIGHT + LABEL_PAD + LABEL_GAP;
      const previous = boxes.get(data.id) ?? { w: 0, h: 0 };
      boxes.set(data.id, {
        w: Math.max(previous.w, data.size, labelW),
        h: Math.max(previous.h, data.size + 1.5 * labelH),
      });
    }
  }
  return boxes;
}

/**
 * The browser's force layout, headless: the same nodes and edges as the canvas (claims
 * included), the same fcose options and the same seed (`hashString(dataset.id)`); positions
 * rounded to 0.1. Style is enabled only to give each node the size it has on screen (shape and
 * label): with `styleEnabled: false` every node is 1 px and the layout comes out far too tight.
 */
export function computePositions(index: GraphIndex): Map<string, Position> {
  if (needsForceRefinement('force', index)) return forceAtlasPositions(index);
  const boxes = nodeBoxes(index);
  // Only ids, ends and box sizes matter here; stored positions are dropped so they cannot leak in.
  const elements: ElementDefinition[] = toElements(index, 'en', {
    claims: '',
    benefits: '',
    concerns: '',
  }).map((element) => {
    const id = element.data.id as string;
    return element.group === 'edges'
      ? { group: 'edges', data: { id, source: element.data.source, target: element.data.target } }
      : { group: 'nodes', data: { id, ...boxes.get(id) } };
  });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', label: '' } }],
  });
  try {
    const options = { ...FORCE_OPTIONS, fit: false, animate: false } as LayoutOptions;
    withSeededRandom(hashString(index.data.id), () => cy.layout(options).run());
    const positions = new Map<string, Position>();
    cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      positions.set(node.id(), { x: roundPosition(x), y: roundPosition(y) });
    });
    return positions;
  } finally {
    cy.destroy();
  }
}

/**
 * Above FORCE_LAYOUT_LIMIT the browser draws the draft and refines it with ForceAtlas2
 * (progressive-layout.ts): the same run here, on the same nodes (groups are placed around
 * their members, as cytoscape places compound nodes) and the same lines, to the end.
 */
function forceAtlasPositions(index: GraphIndex): Map<string, Position> {
  const elements = toElements(index, 'en', { claims: '', benefits: '', concerns: '' });
  const parents = new Set(
    elements.flatMap((e) =>
      e.group === 'nodes' && e.data.parent ? [e.data.parent as string] : [],
    ),
  );
  const ids = elements
    .filter((e) => e.group === 'nodes' && !parents.has(e.data.id as string))
    .map((e) => e.data.id as string);
  const edges = elements
    .filter((e) => e.group === 'edges')
    .map((e) => ({ source: e.data.source as string, target: e.data.target as string }));
  const { positions: xy } = settleForce(forceGraph(ids, draftPositions(index), edges));
  const positions = new Map<string, Position>();
  ids.forEach((id, i) => {
    positions.set(id, {
      x: roundPosition(xy[2 * i] as number),
      y: roundPosition(xy[2 * i + 1] as number),
    });
  });
  // A group's centre is the centre of its members' box (nested groups from the inside out).
  const parentOf = new Map(
    elements.flatMap((e) =>
      e.group === 'nodes' && e.data.parent ? [[e.data.id as string, e.data.parent as string]] : [],
    ),
  );
  const boxes = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
  const grow = (group: string, p: Position) => {
    const box = boxes.get(group) ?? { x1: p.x, y1: p.y, x2: p.x, y2: p.y };
    boxes.set(group, {
      x1: Math.min(box.x1, p.x),
      y1: Math.min(box.y1, p.y),
      x2: Math.max(box.x2, p.x),
      y2: Math.max(box.y2, p.y),
    });
    const up = parentOf.get(group);
    if (up) grow(up, p);
  };
  for (const [id, p] of positions) {
    const group = parentOf.get(id);
    if (group) grow(group, p);
  }
  for (const [group, box] of boxes) {
    positions.set(group, {
      x: roundPosition((box.x1 + box.x2) / 2),
      y: roundPosition((box.y1 + box.y2) / 2),
    });
  }
  return positions;
}

export type LayoutResult =
  { ok: true; text: string; count: number } | { ok: false; problems: Problem[] };

/** Loads a dataset's text, lays it out, and returns the same text with positions stored. */
export function layoutDatasetText(text: string): LayoutResult {
  const loaded = loadDatasetText(text);
  if (!loaded.ok) return loaded;
  const positions = computePositions(loaded.index);
  return { ok: true, text: storePositions(text, positions), count: positions.size };
}

// --- Editing the JSON text in place ---------------------------------------------------------

interface Member {
  key: string;
  keyStart: number;
  valueStart: number;
  valueEnd: number;
}

interface ObjectSpan {
  start: number;
  end: number;
  members: Member[];
}

/** A scanner over text JSON.parse has already accepted: it only finds where things are. */
class Spans {
  constructor(private readonly text: string) {}

  ws(i: number): number {
    while (i < this.text.length && /[\s\uFEFF]/.test(this.text[i] as string)) i++;
    return i;
  }

  string(i: number): number {
    for (let j = i + 1; j < this.text.length; j++) {
      const c = this.text[j];
      if (c === '\\') j++;
      else if (c === '"') return j + 1;
    }
    throw new Error('unterminated string');
  }

  value(i: number): number {
    const c = this.text[i];
    if (c === '{') return this.object(i).end;
    if (c === '[') return this.array(i).end;
    if (c === '"') return this.string(i);
    let j = i;
    while (j < this.text.length && !/[\s,\]}]/.test(this.text[j] as string)) j++;
    return j;
  }

  object(i: number): ObjectSpan {
    const members: Member[] = [];
    let j = this.ws(i + 1);
    if (this.text[j] === '}') return { start: i, end: j + 1, members };
    for (;;) {
      const keyStart = j;
      const keyEnd = this.string(j);
      const key = JSON.parse(this.text.slice(keyStart, keyEnd)) as string;
      const valueStart = this.ws(this.ws(keyEnd) + 1);
      const valueEnd = this.value(valueStart);
      members.push({ key, keyStart, valueStart, valueEnd });
      j = this.ws(valueEnd);
      if (this.text[j] === '}') return { start: i, end: j + 1, members };
      j = this.ws(j + 1);
    }
  }

  array(i: number): { start: number; end: number; items: number[] } {
    const items: number[] = [];
    let j = this.ws(i + 1);
    if (this.text[j] === ']') return { start: i, end: j + 1, items };
    for (;;) {
      items.push(j);
      j = this.ws(this.value(j));
      if (this.text[j] === ']') return { start: i, end: j + 1, items };
      j = this.ws(j + 1);
    }
  }
}

/** The whitespace that starts the line `at` is on. */
function lineIndent(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, at))?.[0] ?? '';
}

function formatPosition(p: Position, multiline: boolean, indent: string, unit: string): string {
  const x = JSON.stringify(p.x);
  const y = JSON.stringify(p.y);
  return multiline
    ? `{\n${indent}${unit}"x": ${x},\n${indent}${unit}"y": ${y}\n${indent}}`
    : `{ "x": ${x}, "y": ${y} }`;
}

/**
 * Sets `position` on every entity that has one in `positions`: replaces an existing value, or
 * appends the member at the end of the entity, in the layout the entity already uses (one
 * member per line, or all on one line). Everything else is kept byte for byte.
 */
export function storePositions(text: string, positions: ReadonlyMap<string, Position>): string {
  const spans = new Spans(text);
  const root = spans.object(spans.ws(0));
  const list = root.members.find((m) => m.key === 'entities');
  if (!list || text[list.valueStart] !== '[') return text;
  const edits: { start: number; end: number; insert: string }[] = [];
  for (const itemStart of spans.array(list.valueStart).items) {
    if (text[itemStart] !== '{') continue;
    const entity = spans.object(itemStart);
    const idMember = entity.members.find((m) => m.key === 'id');
    const last = entity.members[entity.members.length - 1];
    if (!idMember || !last) continue;
    const position = positions.get(
      JSON.parse(text.slice(idMember.valueStart, idMember.valueEnd)) as string,
    );
    if (!position) continue;
    const multiline = text.slice(entity.start, entity.end).includes('\n');
    const memberIndent = multiline ? lineIndent(text, last.keyStart) : '';
    const closeIndent = multiline ? lineIndent(text, entity.end - 1) : '';
    const unit = memberIndent.slice(closeIndent.length) || '  ';
    const existing = entity.members.find((m) => m.key === 'position');
    if (existing) {
      const wasMultiline = text.slice(existing.valueStart, existing.valueEnd).includes('\n');
      edits.push({
        start: existing.valueStart,
        end: existing.valueEnd,
        insert: formatPosition(position, wasMultiline, lineIndent(text, existing.keyStart), unit),
      });
    } else {
      const value = formatPosition(position, multiline, memberIndent, unit);
      edits.push({
        start: last.valueEnd,
        end: last.valueEnd,
        insert: multiline ? `,\n${memberIndent}"position": ${value}` : `, "position": ${value}`,
      });
    }
  }
  let out = text;
  for (const edit of edits.reverse()) {
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  }
  return out;
}

// --- Command line ---------------------------------------------------------------------------

function main(argv: string[]): number {
  const usage = 'Usage: npm run layout -- <dataset.json> [-o <out.json> | -o -]';
  let file: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-o' || arg === '--out') out = argv[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '-h' || arg === '--help') {
      console.log(usage);
      return 0;
    } else if (!file) file = arg;
    else {
      console.error(usage);
      return 2;
    }
  }
  if (!file || out === '') {
    console.error(usage);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`✗ ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 1;
  }
  const started = performance.now();
  const result = layoutDatasetText(text);
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    console.error(
      `✗ ${file}: not a valid dataset (${errors} problem(s)); see npm run validate -- ${file}`,
    );
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (out === '-') {
    process.stdout.write(result.text);
    return 0;
  }
  const target = out ?? file;
  writeFileSync(target, result.text);
  console.log(`✓ ${target}: positions for ${result.count} entities (${seconds} s)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
