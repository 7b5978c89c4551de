/**
 * An imported entity's attributes in the details panel: typed values, a link only for http(s),
 * the file's words as text (never markup), in both languages.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import { loadDatasetValue } from '../../../src/model/load';
import { renderWithApp } from '../render';

function imported() {
  const result = loadDatasetValue({
    version: 1,
    id: 'imported',
    title: { ar: 'ملف', en: 'A file' },
    sources: [{ id: 'imported', title: { en: 'Imported from x.gexf' }, language: 'und' }],
    entities: [
      {
        id: 'valjean',
        kind: 'person',
        label: { ar: 'فالجان', en: 'Valjean' },
        attributes: {
          'Modularity Class': 1,
          authority: 0.1234567891,
          alive: true,
          wiki: 'https://en.wikipedia.org/wiki/Jean_Valjean',
          trap: 'javascript:alert(1)',
          note: '<b>bold</b>',
          missing: null,
        },
      },
      { id: 'javert', kind: 'person', label: { ar: 'جافير', en: 'Javert' } },
    ],
    relationTypes: [
      { id: 'knows', family: 'other', directed: false, label: { ar: 'يعرف', en: 'knows' } },
    ],
    relations: [
      {
        id: 'r1',
        type: 'knows',
        source: 'valjean',
        target: 'javert',
        evidence: [{ source: 'imported', paragraph: 1, quote: 'knows', status: 'unsourced' }],
        attributes: { weight: 12 },
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.index;
}

const rows = (section: HTMLElement) =>
  within(section)
    .getAllByRole('row')
    .map((row) => row.textContent);

describe('attributes from the file', () => {
  it('shows them as a table with typed values, and links only http(s) addresses', () => {
    renderWithApp(<DetailsPanel />, {
      index: imported(),
      state: { selection: { type: 'node', id: 'valjean' } },
    });
    const section = screen.getByRole('heading', { name: 'From the file' }).closest('section')!;
    expect(rows(section)).toEqual([
      'Modularity Class1',
      'authority0.123457',
      'aliveyes',
      'wikihttps://en.wikipedia.org/wiki/Jean_Valjean',
      'trapjavascript:alert(1)',
      'note<b>bold</b>',
      'missing—',
    ]);
    const links = within(section).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Jean_Valjean');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(section.querySelector('b')).toBeNull();
  });

  it('reads in Arabic, and a line with no source says so', () => {
    renderWithApp(<DetailsPanel />, {
      index: imported(),
      lang: 'ar',
      state: { selection: { type: 'edge', id: 'r1' } },
    });
    const section = screen.getByRole('heading', { name: 'من الملف' }).closest('section')!;
    expect(rows(section)).toEqual(['weight12']);
    expect(screen.getByTestId('details')).toHaveTextContent('بلا مصدر');
  });

  it('has no section for an entity without attributes (the seed)', () => {
    renderWithApp(<DetailsPanel />, { state: { selection: { type: 'node', id: 'azerbaijan' } } });
    expect(screen.queryByRole('heading', { name: 'From the file' })).toBeNull();
  });
});

describe('a label given in one language only', () => {
  it('is not presented as a translation ("In Arabic: Valjean")', () => {
    const result = loadDatasetValue({
      version: 1,
      id: 'fr',
      title: { ar: 'fr', en: 'fr' },
      sources: [],
      entities: [{ id: 'mae', kind: 'organization', label: { ar: 'Ministère', en: 'Ministère' } }],
      relationTypes: [],
      relations: [],
    });
    if (!result.ok) throw new Error('does not load');
    renderWithApp(<DetailsPanel />, {
      index: result.index,
      state: { selection: { type: 'node', id: 'mae' } },
    });
    expect(screen.getByTestId('details')).not.toHaveTextContent('In Arabic');
  });
});
