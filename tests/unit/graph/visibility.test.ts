/**
 * Filters hide elements by class (highlight.ts, applyVisibility). Cytoscape restyles every
 * element a class call is given, changed or not: only the elements whose state changes may be
 * touched, or one kind turned off restyles the whole graph.
 */
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyVisibility } from '../../../src/graph/highlight';
import type { Visible } from '../../../src/model/filters';

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'c' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ],
  });
}

function visible(entities: string[], edges: string[]): Visible {
  return { entities: new Set(entities), edges: new Set(edges) } as Visible;
}

/** The ids whose classes changed during `run` (cytoscape emits `class` on each). */
function touched(cy: Core, run: () => void): string[] {
  const ids: string[] = [];
  const listener = (event: cytoscape.EventObject) => ids.push(event.target.id());
  cy.on('class', listener);
  run();
  cy.off('class', listener);
  return ids.sort();
}

describe('applyVisibility', () => {
  it('hides what the filters leave out, and shows it again', () => {
    const cy = graph();
    applyVisibility(cy, visible(['a', 'b'], ['ab']));
    expect(
      cy
        .elements('.hidden')
        .map((el) => el.id())
        .sort(),
    ).toEqual(['bc', 'c']);
    applyVisibility(cy, visible(['a', 'b', 'c'], ['ab', 'bc']));
    expect(cy.elements('.hidden').length).toBe(0);
  });

  it('touches only the elements whose state changes', () => {
    const cy = graph();
    expect(touched(cy, () => applyVisibility(cy, visible(['a', 'b'], ['ab'])))).toEqual([
      'bc',
      'c',
    ]);
    expect(touched(cy, () => applyVisibility(cy, visible(['a', 'b'], ['ab'])))).toEqual([]);
    expect(touched(cy, () => applyVisibility(cy, visible(['a', 'b', 'c'], ['ab'])))).toEqual(['c']);
  });

  it('fading instead of hiding swaps the class on what is out, and only there', () => {
    const cy = graph();
    applyVisibility(cy, visible(['a', 'b'], ['ab']));
    applyVisibility(cy, visible(['a', 'b'], ['ab']), 'fade');
    expect(cy.elements('.hidden').length).toBe(0);
    expect(
      cy
        .elements('.filtered-out')
        .map((el) => el.id())
        .sort(),
    ).toEqual(['bc', 'c']);
  });
});
