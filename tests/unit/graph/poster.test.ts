/**
 * The build's poster of the bundled graph (src/graph/poster.ts): what it draws must be what
 * the canvas's first view draws — every entity at its stored place, in its kind's shape and
 * colour, the lines between them, and the labels in both languages — and nothing else.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { posterMarkup, POSTER_END, POSTER_ID, POSTER_START } from '../../../src/graph/poster';
import { buildIndex, type GraphIndex } from '../../../src/model/graph-index';
import { loadDatasetText } from '../../../src/model/load';
import type { Dataset } from '../../../src/model/schema';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/azerbaijan-gaza.json');

function seed(): GraphIndex {
  const result = loadDatasetText(readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error('the seed does not load');
  return result.index;
}

function parse(markup: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
}

function tiny(overrides: Partial<Dataset['entities'][number]> = {}): Dataset {
  const base = seed().data;
  return {
    ...base,
    entities: [
      {
        id: 'a',
        kind: 'country',
        label: { ar: 'أ <ب> & "ج"', en: 'A <b> & "c"' },
        position: { x: 0, y: 0 },
      },
      {
        id: 'b',
        kind: 'person',
        label: { ar: 'ب', en: 'B' },
        position: { x: 200, y: 100 },
        ...overrides,
      },
    ],
    relations: [],
    claims: [],
    stories: [],
  } as Dataset;
}

describe('posterMarkup', () => {
  it('draws every entity of the seed once, in both languages, with its label', () => {
    const index = seed();
    const markup = posterMarkup(index);
    expect(markup).not.toBeNull();
    expect(markup!.startsWith(POSTER_START)).toBe(true);
    expect(markup!.endsWith(POSTER_END)).toBe(true);
    const doc = parse(markup!);
    const poster = doc.getElementById(POSTER_ID)!;
    expect(poster.getAttribute('aria-hidden')).toBe('true');
    const shapes = poster.querySelector('.poster-nodes')!.children;
    expect(shapes.length).toBe(index.data.entities.length);
    for (const lang of ['ar', 'en'] as const) {
      const group = poster.querySelector(`.poster-${lang}`)!;
      expect(group.getAttribute('lang')).toBe(lang);
      expect(group.getAttribute('direction')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      const texts = [...group.querySelectorAll('text')].map((text) =>
        [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' '),
      );
      expect(texts).toHaveLength(index.data.entities.length);
      // The canvas wraps and may shorten a long label; every word drawn is the label's own.
      for (const [i, entity] of index.data.entities.entries()) {
        const words = texts[i]!.split(/\s+/).filter((word) => !word.endsWith('…'));
        for (const word of words) expect(entity.label[lang]).toContain(word);
      }
      // No bidi controls: SVG text does its own bidi (they are for the canvas).
      expect(group.textContent).not.toMatch(/[\u2066-\u2069]/);
    }
  });

  it('draws one line per line the canvas draws, arrows on directed ones', () => {
    const doc = parse(posterMarkup(seed())!);
    const lines = doc.querySelectorAll('.poster-edges line');
    expect(lines.length).toBeGreaterThan(30);
    expect(doc.querySelectorAll('.poster-edges polygon').length).toBeGreaterThan(0);
    // Claimed lines are dashed, as on the canvas: a claim never looks like a report.
    expect(
      doc.querySelectorAll('.poster-edges line[stroke-dasharray="7 4"]').length,
    ).toBeGreaterThan(0);
  });

  it('places shapes at the stored positions, inside the picture', () => {
    const doc = parse(posterMarkup(seed())!);
    const [x, y, width, height] = doc
      .querySelector('svg')!
      .getAttribute('viewBox')!
      .split(' ')
      .map(Number);
    for (const circle of doc.querySelectorAll('.poster-nodes circle')) {
      const cx = Number(circle.getAttribute('cx'));
      const cy = Number(circle.getAttribute('cy'));
      expect(cx).toBeGreaterThan(x!);
      expect(cx).toBeLessThan(x! + width!);
      expect(cy).toBeGreaterThan(y!);
      expect(cy).toBeLessThan(y! + height!);
    }
  });

  it('escapes what labels hold and carries no script or link', () => {
    const markup = posterMarkup(buildIndex(tiny()))!;
    expect(markup).not.toMatch(/<script|<a\b|href=|on\w+=/i);
    const doc = parse(markup);
    expect(doc.querySelector('.poster-en text')!.textContent).toBe('A <b> & "c"');
    expect(doc.querySelector('.poster-ar text')!.textContent).toBe('أ <ب> & "ج"');
  });

  it('draws nothing when an entity has no stored place or sits in a group', () => {
    const unplaced = { ...tiny().entities[1]!, position: undefined };
    expect(
      posterMarkup(buildIndex({ ...tiny(), entities: [tiny().entities[0]!, unplaced] })),
    ).toBeNull();
    expect(posterMarkup(buildIndex(tiny({ parent: 'a' })))).toBeNull();
    expect(posterMarkup(buildIndex({ ...tiny(), entities: [] }))).toBeNull();
  });
});
