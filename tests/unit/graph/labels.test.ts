import { describe, expect, it } from 'vitest';
import {
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
