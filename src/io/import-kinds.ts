/**
 * Kinds and looks of an imported file, decided for the whole file at once:
 * - every node's category (kind / type / element type / category) names one of our kinds →
 *   the built-in kinds, as a dataset written by hand would have;
 * - otherwise the file's own categories become the dataset's kinds (`entityKinds`), named by
 *   the file's words, each with its own colour and shape;
 * - no categories at all → one neutral kind, "Entity", never "Organization";
 * - a "category" with more distinct values than a legend can show is not one: it stays an
 *   attribute.
 * Colours, sizes, shapes and line widths the file gives (GEXF viz, Gephi's GraphML r/g/b,
 * yEd fills, Cytoscape data) become the element's own `look`.
 */
import { BUILTIN_KINDS, BUILTIN_KIND_LABELS, CATEGORY_COLORS, NEUTRAL_KIND } from '../model/kinds';
import {
  ENTITY_KINDS,
  NODE_SHAPES,
  SUBKINDS,
  type EntityKind,
  type NodeShape,
} from '../model/schema';
import { IdAllocator, slugify } from './ids';
import { shorten } from './text';

/** Words other tools use for our kinds (and the subkind they imply). */
const KIND_WORDS: Record<string, [EntityKind, string?]> = {
  person: ['person'],
  people: ['person'],
  individual: ['person'],
  human: ['person'],
  character: ['person'],
  expert: ['person', 'expert'],
  official: ['person', 'official'],
  journalist: ['person', 'journalist'],
  شخص: ['person'],
  organization: ['organization'],
  organisation: ['organization'],
  org: ['organization'],
  institution: ['organization'],
  agency: ['organization', 'government-body'],
  company: ['organization', 'company'],
  ngo: ['organization', 'ngo'],
  party: ['organization', 'political-party'],
  'armed group': ['organization', 'armed-group'],
  militia: ['organization', 'armed-group'],
  منظمة: ['organization'],
  country: ['country'],
  state: ['country', 'state'],
  nation: ['country'],
  دولة: ['country'],
  place: ['place'],
  location: ['place'],
  city: ['place', 'city'],
  region: ['place', 'region'],
  territory: ['place', 'territory'],
  مكان: ['place'],
  asset: ['asset'],
  resource: ['asset'],
  infrastructure: ['asset', 'infrastructure'],
  event: ['event'],
  war: ['event', 'war'],
  conflict: ['event', 'conflict'],
  deal: ['event', 'deal'],
  حدث: ['event'],
  interest: ['interest'],
  goal: ['interest'],
  مصلحة: ['interest'],
};

const fold = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** One of our kinds, by id or by a word other tools use for it. */
export function matchKind(value: unknown): { kind: EntityKind; subkind?: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const word = fold(value);
  if ((ENTITY_KINDS as readonly string[]).includes(word)) return { kind: word as EntityKind };
  const hit = KIND_WORDS[word];
  if (!hit) return undefined;
  return hit[1] ? { kind: hit[0], subkind: hit[1] } : { kind: hit[0] };
}

/** Attribute names read as a node's category, in this order. */
export const CATEGORY_NAMES = ['kind', 'type', 'element type', 'category'] as const;

/** More distinct values than this is an identifier or a free text, not a set of kinds. */
export const MAX_FILE_KINDS = 24;

/** Colours and shapes for kinds made from a file: distinct, and never colour alone. */
const FILE_KIND_SHAPES: NodeShape[] = [
  'ellipse',
  'round-rectangle',
  'diamond',
  'hexagon',
  'triangle',
  'star',
  'barrel',
  'pentagon',
  'octagon',
  'rectangle',
];

export interface NodeCategory {
  /** The attribute it was read from, and the file's text. */
  attribute?: string;
  text?: string;
  /** A subkind the file gave (`subkind` attribute), checked against the kind in built-in mode. */
  subkind?: string;
}

export interface KindDecision {
  /** Declared kinds (undefined: the built-in kinds). */
  entityKinds?: {
    id: string;
    label: { ar: string; en: string };
    shape: NodeShape;
    color: string;
  }[];
  /** Per node, in order: its kind, subkind, and whether its category attribute was used up. */
  nodes: { kind: string; subkind?: string; consumed: boolean }[];
  warnings: {
    code: 'kindNeutral' | 'kindsCreated' | 'kindTooMany';
    params: Record<string, string | number>;
  }[];
}

const listOf = (values: string[]) =>
  values
    .slice(0, 6)
    .map((v) => `"${shorten(v, 30)}"`)
    .join(', ') + (values.length > 6 ? ', …' : '');

export function decideKinds(categories: readonly NodeCategory[]): KindDecision {
  const texts = categories.map((c) => c.text);
  const present = texts.filter((t): t is string => t !== undefined);
  const matched = categories.map((c) => (c.text !== undefined ? matchKind(c.text) : undefined));
  const neutralKind = { ...NEUTRAL_KIND, label: { ...NEUTRAL_KIND.label } };

  // Built-in mode: every node says which of our kinds it is.
  if (present.length === categories.length && matched.every((m) => m !== undefined)) {
    return {
      nodes: matched.map((m, i) => {
        const match = m as NonNullable<typeof m>;
        const given = categories[i]?.subkind;
        const allowed: readonly string[] = SUBKINDS[match.kind];
        const subkind = given !== undefined && allowed.includes(given) ? given : match.subkind;
        return { kind: match.kind, ...(subkind !== undefined ? { subkind } : {}), consumed: true };
      }),
      warnings: [],
    };
  }

  const distinct = new Map<string, string>(); // folded → first spelling
  for (const text of present) if (!distinct.has(fold(text))) distinct.set(fold(text), text);

  if (present.length === 0 || distinct.size > MAX_FILE_KINDS) {
    const warnings: KindDecision['warnings'] =
      present.length === 0
        ? [{ code: 'kindNeutral', params: { count: categories.length, kind: NEUTRAL_KIND.id } }]
        : [
            {
              code: 'kindTooMany',
              params: {
                attribute: categories.find((c) => c.attribute)?.attribute ?? 'type',
                distinct: distinct.size,
                max: MAX_FILE_KINDS,
                kind: NEUTRAL_KIND.id,
              },
            },
          ];
    return {
      entityKinds: [neutralKind],
      nodes: categories.map(() => ({ kind: neutralKind.id, consumed: false })),
      warnings,
    };
  }

  // The file's own categories. A word for one of ours keeps our id, name and look.
  const ids = new IdAllocator();
  // Our ids are kept for our kinds: a file's "Person!" must not take the id "person".
  for (const id of ENTITY_KINDS) ids.claim(id);
  const byFolded = new Map<string, string>();
  const kinds: NonNullable<KindDecision['entityKinds']> = [];
  let made = 0;
  for (const [folded, spelling] of distinct) {
    const builtin = matchKind(spelling);
    if (builtin) {
      if (!kinds.some((k) => k.id === builtin.kind)) {
        const look = BUILTIN_KINDS.find((k) => k.id === builtin.kind);
        kinds.push({
          id: builtin.kind,
          label: { ...BUILTIN_KIND_LABELS[builtin.kind] },
          shape: look?.shape ?? 'ellipse',
          color: look?.color ?? neutralKind.color,
        });
      }
      byFolded.set(folded, builtin.kind);
      continue;
    }
    const id = ids.unique(slugify(spelling) || 'kind');
    kinds.push({
      id,
      label: { ar: spelling, en: spelling },
      shape: FILE_KIND_SHAPES[made % FILE_KIND_SHAPES.length] as NodeShape,
      color: CATEGORY_COLORS[made % CATEGORY_COLORS.length] as string,
    });
    made++;
    byFolded.set(folded, id);
  }
  const missing = texts.filter((t) => t === undefined).length;
  if (missing > 0) {
    neutralKind.id = ids.unique(neutralKind.id);
    kinds.push(neutralKind);
  }
  const warnings: KindDecision['warnings'] = [
    {
      code: 'kindsCreated',
      params: {
        count: kinds.length - (missing > 0 ? 1 : 0),
        attribute: categories.find((c) => c.attribute)?.attribute ?? 'type',
        values: listOf([...distinct.values()]),
      },
    },
  ];
  if (missing > 0) {
    warnings.push({ code: 'kindNeutral', params: { count: missing, kind: NEUTRAL_KIND.id } });
  }
  return {
    entityKinds: kinds,
    nodes: categories.map((c, i) => {
      if (c.text === undefined) return { kind: neutralKind.id, consumed: false };
      const kind = byFolded.get(fold(c.text)) as string;
      const implied = matched[i]?.kind === kind ? matched[i]?.subkind : undefined;
      return { kind, ...(implied !== undefined ? { subkind: implied } : {}), consumed: true };
    }),
    warnings,
  };
}

// ---- Looks ---------------------------------------------------------------------------------

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
const hex2 = (n: number) =>
  Math.round(clamp(n, 0, 255))
    .toString(16)
    .padStart(2, '0')
    .toUpperCase();

/** "#f55b5b", "#abc", "rgb(1,2,3)", "rgba(1,2,3,0.5)", "0x336699" → "#RRGGBB". */
export function parseColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let m = /^#?([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(text.replace(/^0x/i, '#'));
  if (m && (text.startsWith('#') || /^0x/i.test(text))) return `#${(m[1] as string).toUpperCase()}`;
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (m)
    return `#${m
      .slice(1, 4)
      .map((c) => (c as string).repeat(2))
      .join('')}`.toUpperCase();
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(text);
  if (m) return `#${hex2(Number(m[1]))}${hex2(Number(m[2]))}${hex2(Number(m[3]))}`;
  return undefined;
}

/** r, g, b attributes (Gephi's GraphML) → "#RRGGBB". */
export function colorFromChannels(r: unknown, g: unknown, b: unknown): string | undefined {
  const values = [r, g, b].map((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v));
  if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return undefined;
  const [rr, gg, bb] = values as number[];
  return `#${hex2(rr as number)}${hex2(gg as number)}${hex2(bb as number)}`;
}

/** Shape names other tools write (GEXF viz:shape, yEd, Cytoscape) → ours. */
const SHAPE_WORDS: Record<string, NodeShape> = {
  disc: 'ellipse',
  circle: 'ellipse',
  ellipse: 'ellipse',
  square: 'rectangle',
  rectangle: 'rectangle',
  rect: 'rectangle',
  box: 'rectangle',
  roundrectangle: 'round-rectangle',
  'round-rectangle': 'round-rectangle',
  roundrect: 'round-rectangle',
  diamond: 'diamond',
  triangle: 'triangle',
  pentagon: 'pentagon',
  hexagon: 'hexagon',
  octagon: 'octagon',
  star: 'star',
  star5: 'star',
  barrel: 'barrel',
};

export function parseShape(value: unknown): NodeShape | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return (
    SHAPE_WORDS[word] ??
    ((NODE_SHAPES as readonly string[]).includes(word) ? (word as NodeShape) : undefined)
  );
}

export function parseNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

export const clampSize = (n: number) => clamp(n, 4, 400);
export const clampWidth = (n: number) => clamp(n, 0.5, 40);

/** Weights → line widths from 1 to 8 px, when the weights differ; undefined otherwise. */
export function widthsFromWeights(
  weights: readonly (number | undefined)[],
): (number | undefined)[] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const w of weights) {
    if (w === undefined || w < 0) continue;
    min = Math.min(min, w);
    max = Math.max(max, w);
  }
  if (!(max > min)) return undefined;
  return weights.map((w) =>
    w === undefined || w < 0
      ? undefined
      : Math.round((1 + (7 * (w - min)) / (max - min)) * 10) / 10,
  );
}
