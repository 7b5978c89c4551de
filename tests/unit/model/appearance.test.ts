// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  appearanceChoices,
  appearanceOf,
  isColorBy,
  isSizeBy,
  SIZE_RANGE,
} from '../../../src/model/appearance';
import { buildIndex } from '../../../src/model/graph-index';
import { kindInfo } from '../../../src/model/kinds';
import { importedIndex } from '../io/imported';
import { seed } from '../io/helpers';

const miserables = () => importedIndex('miserables.graphml');

describe('appearance by data', () => {
  it("offers the file's categories for colour and its numbers for size", () => {
    const choices = appearanceChoices(miserables().data);
    expect(choices.categorical).toContain('Modularity Class');
    expect(choices.numeric).toContain('Modularity Class');
    // The seed has no attributes: nothing to colour by, size by lines only.
    expect(appearanceChoices(seed())).toEqual({ categorical: [], numeric: [] });
  });

  it('colours by a category: one colour per value, most frequent first, every entity coloured', () => {
    const index = miserables();
    const { colors, colorKey } = appearanceOf(index, 'attr:Modularity Class', 'look');
    expect(colors?.size).toBe(77);
    const counts = colorKey?.map((k) => k.count) ?? [];
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(77);
    expect(new Set(colorKey?.map((k) => k.color)).size).toBe(colorKey?.length);
    const valjean = index.data.entities.find((e) => e.label.en === 'Valjean');
    const value = String(valjean?.attributes?.['Modularity Class']);
    expect(colors?.get(valjean?.id ?? '')).toBe(colorKey?.find((k) => k.value === value)?.color);
  });

  it('sizes by number of lines between the smallest and largest size', () => {
    const index = buildIndex(seed());
    const { sizes, sizeRange } = appearanceOf(index, 'look', 'degree');
    const degree = (id: string) => index.edgesOf.get(id)?.length ?? 0;
    const hub = [...index.entities.keys()].sort((a, b) => degree(b) - degree(a))[0] as string;
    expect(sizes?.get(hub)).toBe(SIZE_RANGE.max);
    expect(sizeRange?.max).toBe(degree(hub));
    expect(Math.min(...(sizes?.values() ?? []))).toBe(SIZE_RANGE.min);
  });

  it('"by kind" sets the kind colours over the file\'s own; an unknown attribute changes nothing', () => {
    const index = miserables();
    const first = index.data.entities[0];
    expect(appearanceOf(index, 'kind', 'look').colors?.get(first?.id ?? '')).toBe(
      kindInfo(index.data, first?.kind ?? '').color,
    );
    expect(appearanceOf(index, 'attr:nothing', 'attr:nothing')).toEqual({});
  });

  it('reads only what it understands from a URL', () => {
    expect(['look', 'kind', 'attr:type'].every(isColorBy)).toBe(true);
    expect(['attr:', 'degree', 'size'].some(isColorBy)).toBe(false);
    expect(['look', 'degree', 'attr:weight'].every(isSizeBy)).toBe(true);
    expect(isSizeBy('kind')).toBe(false);
  });
});
