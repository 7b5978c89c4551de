import { describe, expect, it } from 'vitest';
import { MAX_DRAWN_LABEL } from '../../../src/model/limits';
import {
  shortenForDrawing,
  canvasLabel,
  FSI,
  isolate,
  LRI,
  PDI,
  plainLabel,
  RLI,
  wrapWords,
} from '../../../src/graph/labels';

describe('canvas labels', () => {
  it('isolates Arabic with RLI, English with LRI and unknown text with FSI', () => {
    expect(isolate('حزب الله (Hezbollah)', 'rtl')).toBe(`${RLI}حزب الله (Hezbollah)${PDI}`);
    expect(isolate('SOCAR', 'ltr')).toBe(`${LRI}SOCAR${PDI}`);
    expect(isolate('x', 'auto')).toBe(`${FSI}x${PDI}`);
  });

  it('wraps at spaces only and isolates every line (cytoscape draws lines separately)', () => {
    const label = canvasLabel('شركة الطاقة الوطنية SOCAR في أذربيجان', 'rtl', 12);
    const lines = label.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.startsWith(RLI)).toBe(true);
      expect(line.endsWith(PDI)).toBe(true);
    }
    expect(plainLabel(label).replace(/\n/g, ' ')).toBe('شركة الطاقة الوطنية SOCAR في أذربيجان');
  });

  it('never breaks inside a word, so Arabic letters keep joining', () => {
    expect(wrapWords('ناغورنو-كاراباخ', 4)).toEqual(['ناغورنو-كاراباخ']);
    expect(wrapWords('  a   b  ', 10)).toEqual(['a b']);
    expect(wrapWords('', 10)).toEqual([]);
  });
});

describe('shortenForDrawing', () => {
  it('keeps ordinary labels whole, Arabic marks included', () => {
    expect(shortenForDrawing('Azerbaijan')).toBe('Azerbaijan');
    expect(shortenForDrawing('مُحَمَّدٌ')).toBe('مُحَمَّدٌ');
  });

  it('shortens long labels and runs of combining marks, with an ellipsis', () => {
    expect(Array.from(shortenForDrawing('x'.repeat(500)))).toHaveLength(MAX_DRAWN_LABEL);
    expect(shortenForDrawing('x'.repeat(500)).endsWith('…')).toBe(true);
    const marks = `a${'\u0301'.repeat(100_000)}b`;
    expect(shortenForDrawing(marks)).toBe(`a${'\u0301'.repeat(3)}…`);
    const huge = 'word '.repeat(4_000_000);
    const started = performance.now();
    expect(Array.from(canvasLabel(huge, 'ltr')).length).toBeLessThan(MAX_DRAWN_LABEL * 2);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
