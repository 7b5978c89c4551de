import { describe, expect, it } from 'vitest';
import { applyFilters, EMPTY_FILTERS, filterCounts } from '../../../src/model/filters';
import { evidenceStatus } from '../../../src/model/graph-index';
import { legendContent } from '../../../src/model/legend';
import { loadDatasetValue } from '../../../src/model/load';

const at = { source: 's', paragraph: 1, quote: 'q' };

/** Lines another tool gave without a source, beside one the source reports and one claimed. */
function index() {
  const result = loadDatasetValue({
    version: 1,
    id: 'mixed',
    title: { ar: 'مختلط', en: 'Mixed' },
    sources: [{ id: 's', title: { en: 'Imported from x.gexf' }, language: 'und' }],
    entities: ['a', 'b', 'c'].map((id) => ({
      id,
      kind: 'person',
      label: { ar: id, en: id },
    })),
    relationTypes: [
      { id: 'knows', family: 'other', directed: false, label: { ar: 'يعرف', en: 'knows' } },
    ],
    relations: [
      {
        id: 'r1',
        type: 'knows',
        source: 'a',
        target: 'b',
        evidence: [{ ...at, status: 'unsourced' }],
      },
      {
        id: 'r2',
        type: 'knows',
        source: 'b',
        target: 'c',
        evidence: [{ ...at, status: 'reported' }],
      },
      {
        id: 'r3',
        type: 'knows',
        source: 'a',
        target: 'c',
        evidence: [{ ...at, status: 'claimed', claimant: 'b' }],
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.index;
}

describe('a line with no source given', () => {
  it('has its own status: not reported, not claimed', () => {
    expect(evidenceStatus([{ ...at, status: 'unsourced' }])).toBe('unsourced');
    // Any real evidence beside it says more than "no source".
    expect(
      evidenceStatus([
        { ...at, status: 'unsourced' },
        { ...at, status: 'reported' },
      ]),
    ).toBe('reported');
    expect(index().edgeById.get('r1')?.status).toBe('unsourced');
  });

  it('is left out by both "only reported" and "only claimed", and counted apart', () => {
    const idx = index();
    const reported = applyFilters(idx, { ...EMPTY_FILTERS, status: 'reported' });
    const claimed = applyFilters(idx, { ...EMPTY_FILTERS, status: 'claimed' });
    expect([...reported.edges]).toEqual(['r2']);
    expect([...claimed.edges]).toEqual(['r3']);
    expect(filterCounts(idx).status).toEqual({
      reported: 1,
      claimed: 1,
      disputed: 0,
      unsourced: 1,
    });
  });

  it('is explained by the legend', () => {
    expect(legendContent(index()).statuses).toEqual(['reported', 'claimed', 'unsourced']);
  });
});
