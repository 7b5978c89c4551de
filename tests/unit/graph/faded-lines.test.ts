/**
 * Large graphs draw faded lines in an opaque pale colour instead of at 12 % opacity (style.ts,
 * elements.ts): it must look the same — the colour a 12 % line has over the canvas — and reach
 * every line, whatever its colour.
 */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { fadedColor, toElements } from '../../../src/graph/elements';
import { LARGE_GRAPH_STYLESHEET, STYLESHEET } from '../../../src/graph/style';
import { seedLike } from '../model/graph-fixture';

describe('fadedColor', () => {
  it('is the colour at 12 % over the canvas (#f8fafc)', () => {
    // 0.12 × 0 + 0.88 × 248 = 218.2 → da; 0.88 × 250 = 220 → dc; 0.88 × 252 = 221.8 → de
    expect(fadedColor('#000000')).toBe('#dadcde');
    expect(fadedColor('#ffffff')).toBe('#f9fbfc');
    // 0.12 × 213 + 218.24 = 243.8 → f4; 0.12 × 94 + 220 = 231.3 → e7; 221.8 → de
    expect(fadedColor('#D55E00')).toBe('#f4e7de');
  });

  it('leaves a colour it cannot read as it is', () => {
    expect(fadedColor('red')).toBe('red');
    expect(fadedColor('#abc')).toBe('#abc');
  });
});

describe('faded lines in a large graph', () => {
  it('every line carries its faded colour; the large stylesheet draws it opaque', () => {
    const index = seedLike();
    const elements = toElements(index, 'en', { claims: 'claims', benefits: 'b', concerns: 'c' });
    const edges = elements.filter((element) => element.group === 'edges');
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(edge.data.faded).toBe(fadedColor(String(edge.data.color)));

    const large = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      style: LARGE_GRAPH_STYLESHEET,
    });
    const small = cytoscape({ headless: true, styleEnabled: true, elements, style: STYLESHEET });
    for (const cy of [large, small]) cy.edges().addClass('faded');
    const edge = large.edges()[0]!;
    expect(edge.style('opacity')).toBe('1');
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;
    expect(edge.style('line-color')).toBe(rgb(String(edge.data('faded'))));
    expect(edge.style('target-arrow-color')).toBe(rgb(String(edge.data('faded'))));
    // The seed's size keeps the translucent fade (and its transition).
    expect(small.edges()[0]!.style('opacity')).toBe('0.12');
  });
});
