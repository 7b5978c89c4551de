import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributionLine, toElements } from '../../../src/graph/elements';
import { plainLabel } from '../../../src/graph/labels';
import { STYLESHEET } from '../../../src/graph/style';
import { createI18n } from '../../../src/i18n';
import { loadDatasetValue } from '../../../src/model/load';
import { EMPTY_FILTERS } from '../../../src/model/filters';
import { shownLine } from '../../../src/features/story/texts';

const loaded = loadDatasetValue(JSON.parse(readFileSync('data/azerbaijan-gaza.json', 'utf8')));
if (!loaded.ok) throw new Error('the seed does not load');
const index = loaded.index;

function words(lang: 'en' | 'ar') {
  const i18n = createI18n(lang);
  const t = i18n.t.bind(i18n);
  return {
    claims: t('graph.claims'),
    benefits: t('graph.benefits'),
    concerns: t('graph.concerns'),
    per: (names: string) => t('graph.per', { names }),
    alsoPer: (names: string) => t('graph.alsoPer', { names }),
    separator: t('details.separator'),
  };
}

const edge = (id: string) => {
  const found = index.edgeById.get(id);
  if (!found) throw new Error(`no edge ${id}`);
  return found;
};

describe('the line names who claims it', () => {
  it('a third party: neither end of the line is the claimant', () => {
    expect(attributionLine(index, edge('iran-backs-huseynyun'), 'en', words('en'))).toBe(
      'per Unnamed political source',
    );
    expect(attributionLine(index, edge('iran-backs-huseynyun'), 'ar', words('ar'))).toBe(
      'بحسب مصدر سياسي',
    );
    expect(attributionLine(index, edge('azerbaijan-candidate-for-force'), 'ar', words('ar'))).toBe(
      'بحسب تقارير أجنبية',
    );
  });

  it('mixed evidence: reported, and also claimed by someone', () => {
    expect(
      attributionLine(index, edge('israel-azerbaijan-close-relations'), 'en', words('en')),
    ).toBe('reported; also claimed by Joseph Epstein');
  });

  it('a report only, or a claim line starting at its own claimant, needs no "per"', () => {
    const reported = index.edges.find((e) => e.kind === 'relation' && e.claimants.length === 0);
    expect(reported && attributionLine(index, reported, 'en', words('en'))).toBe('');
    const claim = index.edges.find((e) => e.kind === 'claims');
    expect(claim && attributionLine(index, claim, 'en', words('en'))).toBe('');
    // The lines from a claimed interest to whom it benefits are the claimant's word too.
    const benefit = index.edges.find((e) => e.kind === 'benefits');
    expect(benefit && attributionLine(index, benefit, 'en', words('en'))).toMatch(/^per \S/);
  });

  it('is part of the label drawn on the line, under what the line says', () => {
    const element = toElements(index, 'en', words('en')).find(
      (e) => e.data.id === 'iran-backs-huseynyun',
    );
    expect(plainLabel(String(element?.data.label)).split('\n')).toEqual([
      'backs',
      'per Unnamed political source',
    ]);
  });

  it('no mark at one end pretends to be the claimant', () => {
    const rules = STYLESHEET as { selector: string; style: Record<string, unknown> }[];
    const claimed = rules.filter((rule) => rule.selector.includes('status-claimed'));
    expect(claimed.length).toBeGreaterThan(0);
    for (const rule of claimed) {
      expect(rule.style).not.toHaveProperty('source-arrow-shape');
      expect(rule.style).not.toHaveProperty('target-arrow-shape');
    }
  });
});

describe('a picture says what it shows', () => {
  const i18n = createI18n('en');
  const t = i18n.t.bind(i18n);

  it('the whole network, with its size', () => {
    expect(shownLine(t, 'en', index, EMPTY_FILTERS, null)).toBe(
      `Shown: the whole network (${index.data.entities.length} entities, ${index.edges.length} lines)`,
    );
  });

  it('a filtered view, in words, and the selection', () => {
    const line = shownLine(
      t,
      'en',
      index,
      { ...EMPTY_FILTERS, status: 'reported', claimant: 'political-source' },
      { type: 'node', id: 'iran' },
    );
    expect(line).toMatch(/^Shown: \d+ of \d+ entities, 0 of \d+ lines · /);
    expect(line).toContain('Only what the source reports');
    expect(line).toContain('Only what Unnamed political source claims');
    expect(line.endsWith('Selected: Iran')).toBe(true);
  });
});
