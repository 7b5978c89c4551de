/** The details panel for a selected line: the relation or claim as a sentence, and its evidence. */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import { buildIndex } from '../../../src/model/graph-index';
import { renderWithApp, seedIndex } from '../render';

const edge = (id: string) => ({ selection: { type: 'edge' as const, id } });

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('edge details', () => {
  it('shows a relation as a sentence, with its status and every piece of evidence', () => {
    renderWithApp(<DetailsPanel />, { state: edge('israel-azerbaijan-close-relations') });
    const panel = screen.getByTestId('details');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Relation');
    expect(text(panel.querySelector('.sentence'))).toBe(
      'Israel — has close relations with — Azerbaijan',
    );
    expect(panel.querySelector('.relation-description')).toHaveTextContent(
      'Built over the past three decades',
    );
    expect(panel.querySelector('.relation-description')).toHaveAttribute('lang', 'en');
    // Reported by the source, even though one paragraph also has an expert saying it.
    expect(panel.querySelector('.badge')).toHaveAttribute('data-status', 'reported');

    expect(screen.getByRole('heading', { level: 3, name: 'Evidence' })).toBeTruthy();
    const items = panel.querySelectorAll('.evidence');
    expect(items).toHaveLength(3);
    expect([...items].map((item) => text(item.querySelector('.paragraph-ref')))).toEqual([
      '¶5',
      '¶6',
      '¶8',
    ]);
    const first = items[0]!;
    expect(first.querySelector('blockquote')).toHaveAttribute('lang', 'ar');
    expect(first.querySelector('blockquote')).toHaveTextContent(
      'خلال العقود الثلاثة الماضية، بنت إسرائيل وأذربيجان علاقات وثيقة',
    );
    expect(first.querySelector('.quote-translation')).toHaveTextContent(
      'Over the past three decades Israel and Azerbaijan have built close relations',
    );
    expect(within(first as HTMLElement).getByText('Read paragraph 5 in full')).toBeTruthy();
    // The third is an expert's word, and says whose.
    expect(text(items[2]!.querySelector('.badge'))).toBe('Claimed by Joseph Epstein');
  });

  it('reads a directed relation from its source, with the years', () => {
    renderWithApp(<DetailsPanel />, { state: edge('azerbaijan-took-part-in-2020-war') });
    expect(text(screen.getByTestId('details').querySelector('.sentence'))).toBe(
      'Azerbaijan — took part in → 2020 Nagorno-Karabakh war (2020)',
    );
  });

  it('shows a claim line as the claim with its claimant and evidence', () => {
    renderWithApp(<DetailsPanel />, {
      state: edge('claim:claim-joining-serves-israeli-interest'),
    });
    const panel = screen.getByTestId('details');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Claim');
    expect(text(panel.querySelector('.sentence'))).toBe(
      "Unnamed political source — claims → The Israeli interest in Azerbaijan's joining",
    );
    const claim = panel.querySelector('.claim')!;
    expect(claim).toHaveAttribute('data-claim', 'claim-joining-serves-israeli-interest');
    expect(claim.querySelector('.claim-head .badge')).toHaveTextContent(
      'Claimed by Unnamed political source',
    );
    expect(claim.querySelector('.evidence blockquote')).toHaveAttribute('lang', 'ar');
  });

  it('shows a "would benefit" line from the interest to whom it benefits', () => {
    renderWithApp(<DetailsPanel />, {
      state: edge('benefit:claim-joining-serves-israeli-interest:israel'),
    });
    expect(text(screen.getByTestId('details').querySelector('.sentence'))).toBe(
      "The Israeli interest in Azerbaijan's joining — would benefit → Israel",
    );
  });

  it('reads in Arabic with the arrow pointing the way Arabic reads', () => {
    renderWithApp(<DetailsPanel />, {
      lang: 'ar',
      state: edge('azerbaijan-supplies-oil-to-israel'),
    });
    const panel = screen.getByTestId('details');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('العلاقة');
    expect(screen.getByRole('heading', { level: 3, name: 'الدليل' })).toBeTruthy();
    expect(text(panel.querySelector('.sentence'))).toBe(
      'أذربيجان — من أكبر مزوّدي النفط لـ ← إسرائيل',
    );
    expect(panel.querySelector('.evidence .quote-translation')).toHaveAttribute('lang', 'en');
    expect(panel.querySelector('.evidence .badge')).toHaveTextContent('يورده المصدر');
    expect(within(panel).getByText('اقرأ الفقرة 6 كاملة')).toBeTruthy();
  });

  it('moves to an entity when one of its names is clicked', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<DetailsPanel />, {
      state: edge('azerbaijan-supplies-oil-to-israel'),
    });
    const panel = screen.getByTestId('details');
    await user.click(within(panel.querySelector('.sentence') as HTMLElement).getByText('Israel'));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'israel' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Israel');
  });

  it('gives text that falls back to the other language its own lang and dir', () => {
    const data = structuredClone(seedIndex().data);
    const relation = data.relations.find((r) => r.id === 'israel-azerbaijan-close-relations')!;
    relation.description = { ar: relation.description!.ar! };
    const { store } = renderWithApp(<DetailsPanel />, {
      state: edge('israel-azerbaijan-close-relations'),
      index: buildIndex(data),
    });
    const description = screen.getByTestId('details').querySelector('.relation-description');
    expect(description).toHaveAttribute('lang', 'ar');
    expect(description).toHaveAttribute('dir', 'rtl');
    act(() => store.getState().setLang('ar'));
    expect(screen.getByTestId('details').querySelector('.relation-description')).toHaveAttribute(
      'lang',
      'ar',
    );
  });
});
