/**
 * A face that arrives after the labels were measured (label-fonts.ts): it is asked for when
 * labels need it, and its arrival has every label measured again, once; faces the labels do
 * not use change nothing.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { REMEASURE_CLASS, watchLabelFonts } from '../../../src/graph/label-fonts';
import { STYLESHEET } from '../../../src/graph/style';

/** document.fonts, with the faces loaded so far by script. */
function fakeFonts(loaded: Set<'arabic' | 'latin'>) {
  const listeners: (() => void)[] = [];
  const set = {
    check: (_font: string, text: string) =>
      loaded.has(/[\u0600-\u06ff]/.test(text) ? 'arabic' : 'latin'),
    load: vi.fn(() => Promise.resolve([])),
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    removeEventListener: (_type: string, listener: () => void) =>
      listeners.splice(listeners.indexOf(listener), 1),
    arrive(script: 'arabic' | 'latin') {
      loaded.add(script);
      listeners.forEach((listener) => listener());
    },
    listeners,
  };
  return set;
}

function graph(labels: string[]) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: STYLESHEET,
    elements: labels.map((label, i) => ({ data: { id: `n${i}`, label } })),
  });
}

const remeasured = (cy: cytoscape.Core) => cy.elements(`.${REMEASURE_CLASS}`).length;

describe('watchLabelFonts', () => {
  it('asks for a face the labels need and measures them again when it arrives', () => {
    const fonts = fakeFonts(new Set(['latin']));
    const cy = graph(['Azerbaijan', 'أذربيجان']);
    const watch = watchLabelFonts(cy, fonts as unknown as FontFaceSet);
    watch.labelsChanged();
    expect(fonts.load).toHaveBeenCalledTimes(2);
    expect(fonts.load.mock.calls.map((call) => (call as unknown[])[0])).toEqual([
      '400 13px "Relgraph Sans"',
      '600 13px "Relgraph Sans"',
    ]);
    expect(remeasured(cy)).toBe(0);
    fonts.arrive('arabic');
    expect(remeasured(cy)).toBe(2);
    // Measured with the family named the other way: cytoscape's label key changes.
    expect(cy.getElementById('n1').style('font-family')).toBe('"Relgraph Sans"');
    // Once: a later face that nothing waits for changes nothing.
    fonts.listeners.forEach((listener) => listener());
    expect(remeasured(cy)).toBe(2);
  });

  it('changes nothing when the faces the labels use are there, or for a face they do not use', () => {
    const fonts = fakeFonts(new Set(['latin']));
    const cy = graph(['Azerbaijan', 'ערוץ 7']);
    const watch = watchLabelFonts(cy, fonts as unknown as FontFaceSet);
    watch.labelsChanged();
    expect(fonts.load).not.toHaveBeenCalled();
    fonts.arrive('arabic');
    expect(remeasured(cy)).toBe(0);
  });

  it('stops listening when detached, and does nothing without a font API', () => {
    const fonts = fakeFonts(new Set());
    const cy = graph(['أذربيجان']);
    const watch = watchLabelFonts(cy, fonts as unknown as FontFaceSet);
    watch.labelsChanged();
    watch.detach();
    expect(fonts.listeners).toHaveLength(0);
    const bare = watchLabelFonts(cy, undefined);
    expect(() => bare.labelsChanged()).not.toThrow();
  });
});
