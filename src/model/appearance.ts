/**
 * Appearance by data, as Retina and Gephi Lite readers expect: colour the entities by a
 * categorical attribute (or by kind, over the file's own colours), size them by a numeric
 * attribute or by their number of lines. Pure: the canvas and the legend read the result.
 */
import type { GraphIndex } from './graph-index';
import { CATEGORY_COLORS, kindInfo, NEUTRAL_KIND } from './kinds';
import type { Dataset } from './schema';

/** 'look': as the dataset draws them (the author's look, else the kind's). */
export type ColorBy = 'look' | 'kind' | `attr:${string}`;
export type SizeBy = 'look' | 'degree' | `attr:${string}`;

export function isColorBy(value: string): value is ColorBy {
  return value === 'look' || value === 'kind' || (value.startsWith('attr:') && value.length > 5);
}

export function isSizeBy(value: string): value is SizeBy {
  return value === 'look' || value === 'degree' || (value.startsWith('attr:') && value.length > 5);
}

/** At most this many values get a colour of their own; the rest share "other". */
export const MAX_COLOR_VALUES = 12;

const OTHER_COLOR = '#BBBBBB';
export const SIZE_RANGE = { min: 16, max: 64 } as const;

export interface AppearanceChoices {
  /** Attributes with a few repeated values (text, yes/no, whole numbers): colour by them. */
  categorical: string[];
  /** Attributes holding numbers: size by them. */
  numeric: string[];
}

const cache = new WeakMap<object, AppearanceChoices>();

export function appearanceChoices(data: Pick<Dataset, 'entities'>): AppearanceChoices {
  const cached = cache.get(data);
  if (cached) return cached;
  const values = new Map<string, Set<string>>();
  const numbers = new Map<string, number>();
  const filled = new Map<string, number>();
  for (const entity of data.entities) {
    for (const [name, value] of Object.entries(entity.attributes ?? {})) {
      if (value === null || value === '') continue;
      filled.set(name, (filled.get(name) ?? 0) + 1);
      if (typeof value === 'number') numbers.set(name, (numbers.get(name) ?? 0) + 1);
      let seen = values.get(name);
      if (!seen) values.set(name, (seen = new Set()));
      if (seen.size <= 50) seen.add(String(value));
    }
  }
  const names = [...filled.keys()].sort((a, b) => a.localeCompare(b));
  const choices: AppearanceChoices = {
    categorical: names.filter((name) => {
      const distinct = values.get(name)?.size ?? 0;
      // A category repeats: between 2 and 50 values, fewer than the entities that have one.
      return distinct >= 2 && distinct <= 50 && distinct < (filled.get(name) ?? 0);
    }),
    numeric: names.filter(
      (name) => numbers.get(name) === filled.get(name) && (values.get(name)?.size ?? 0) >= 2,
    ),
  };
  cache.set(data, choices);
  return choices;
}

/** Each value an attribute takes (as text), with how many entities have it, most frequent first. */
export function attributeValueCounts(
  data: Pick<Dataset, 'entities'>,
  name: string,
): [value: string, count: number][] {
  const counts = new Map<string, number>();
  for (const entity of data.entities) {
    const value = entity.attributes?.[name];
    if (value === undefined || value === null || value === '') continue;
    counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The smallest and largest number a numeric attribute takes; null when it takes none. */
export function attributeBounds(
  data: Pick<Dataset, 'entities'>,
  name: string,
): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const entity of data.entities) {
    const value = entity.attributes?.[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return min <= max ? { min, max } : null;
}

export interface Appearance {
  colors?: ReadonlyMap<string, string>;
  sizes?: ReadonlyMap<string, number>;
  /** What each colour means, most frequent first (for the legend). */
  colorKey?: { value: string; color: string; count: number }[];
  /** The values the smallest and largest sizes stand for. */
  sizeRange?: { min: number; max: number };
}

const appearances = new WeakMap<GraphIndex, Map<string, Appearance>>();

/**
 * Colours and sizes for the choices; an attribute the data does not have changes nothing.
 * Computed once per dataset and choice: the canvas, the legend and the PNG key all ask.
 */
export function appearanceOf(index: GraphIndex, colorBy: ColorBy, sizeBy: SizeBy): Appearance {
  let byChoice = appearances.get(index);
  if (!byChoice) appearances.set(index, (byChoice = new Map()));
  const key = `${colorBy}\u0000${sizeBy}`;
  let found = byChoice.get(key);
  if (!found) byChoice.set(key, (found = computeAppearance(index, colorBy, sizeBy)));
  return found;
}

function computeAppearance(index: GraphIndex, colorBy: ColorBy, sizeBy: SizeBy): Appearance {
  const out: Appearance = {};
  const { data } = index;
  if (colorBy === 'kind') {
    out.colors = new Map(data.entities.map((e) => [e.id, kindInfo(data, e.kind).color]));
  } else if (colorBy.startsWith('attr:')) {
    const name = colorBy.slice(5);
    if (appearanceChoices(data).categorical.includes(name)) {
      const colorKey = attributeValueCounts(data, name).map(([value, count], i) => ({
        value,
        count,
        color: i < MAX_COLOR_VALUES ? (CATEGORY_COLORS[i] as string) : OTHER_COLOR,
      }));
      const colorOf = new Map(colorKey.map((item) => [item.value, item.color]));
      out.colors = new Map(
        data.entities.map((e) => {
          const value = e.attributes?.[name];
          const key = value === undefined || value === null ? '' : String(value);
          return [e.id, colorOf.get(key) ?? NEUTRAL_KIND.color];
        }),
      );
      out.colorKey = colorKey;
    }
  }
  const measure =
    sizeBy === 'degree'
      ? (id: string) => index.edgesOf.get(id)?.length ?? 0
      : sizeBy.startsWith('attr:') && appearanceChoices(data).numeric.includes(sizeBy.slice(5))
        ? (id: string) => {
            const value = index.entities.get(id)?.attributes?.[sizeBy.slice(5)];
            return typeof value === 'number' ? value : undefined;
          }
        : null;
  if (measure) {
    let min = Infinity;
    let max = -Infinity;
    const measured = data.entities.map((e) => [e.id, measure(e.id)] as const);
    for (const [, value] of measured) {
      if (value === undefined) continue;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    if (Number.isFinite(min)) {
      const span = max - min;
      out.sizes = new Map(
        measured.map(([id, value]) => [
          id,
          value === undefined
            ? SIZE_RANGE.min / 2
            : span === 0
              ? (SIZE_RANGE.min + SIZE_RANGE.max) / 2
              : SIZE_RANGE.min + ((value - min) / span) * (SIZE_RANGE.max - SIZE_RANGE.min),
        ]),
      );
      out.sizeRange = { min, max };
    }
  }
  return out;
}
