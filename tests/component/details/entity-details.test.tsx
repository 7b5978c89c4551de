/**
 * The details panel for a selected entity, in English and in Arabic, on the seed dataset:
 * names in both languages, kind, relations as plain sentences grouped by type and direction,
 * claims with claimant and status, and for every line the words behind it.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../../src/features/details/DetailsPanel';
import { buildIndex } from '../../../src/model/graph-index';
import { renderWithApp, seedIndex } from '../render';

const AZERBAIJAN = { selection: { type: 'node' as const, id: 'azerbaijan' } };

function panel(): HTMLElement {
  return screen.getByTestId('details');
}

/** The relation list item for a relation id. */
function relationItem(id: string): HTMLElement {
  const item = panel().querySelector<HTMLElement>(`.relation[data-relation="${id}"]`);
  if (!item) throw new Error(`no relation ${id} in the panel`);
  return item;
}

function claimItem(id: string): HTMLElement {
  const item = panel().querySelector<HTMLElement>(`.claim[data-claim="${id}"]`);
  if (!item) throw new Error(`no claim ${id} in the panel`);
  return item;
}

/** Text of a sentence with the whitespace React leaves between spans collapsed. */
function sentenceText(item: HTMLElement): string {
  const sentence = item.querySelector('.sentence');
  return (sentence?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function sectionByHeading(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name });
  const section = heading.closest('section');
  if (!section) throw new Error(`no section for ${name}`);
  return section;
}

describe('entity details (English)', () => {
  it('shows the name in both languages, the kind, the aliases and the description', () => {
    renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    const details = panel();
    expect(details.tagName).toBe('ASIDE');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Azerbaijan');
    const arabicName = within(details).getByText('أذربيجان', { selector: 'bdi' });
    expect(arabicName).toHaveAttribute('lang', 'ar');
    expect(arabicName).toHaveAttribute('dir', 'rtl');
    expect(within(details).getByText(/In Arabic/)).toBeInTheDocument();
    expect(details.querySelector('.kind-chip.kind-country')).toHaveTextContent('Country');
    expect(details.querySelector('.aliases')).toHaveTextContent('Baku');
    expect(details.querySelector('.aliases')).toHaveTextContent('باكو');
    expect(details.querySelector('.description')).toHaveTextContent('secular Muslim state');
    // The panel is named by its heading.
    expect(screen.getByRole('complementary', { name: 'Azerbaijan' })).toBe(details);
  });

  it('lists relations as plain sentences, grouped by type and by direction', () => {
    renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    const relations = sectionByHeading('Relations');

    expect(sentenceText(relationItem('azerbaijan-supplies-oil-to-israel'))).toBe(
      'Azerbaijan — is one of the largest oil suppliers of → Israel',
    );
    // Read from Azerbaijan's side, an incoming relation uses the inverse label.
    expect(sentenceText(relationItem('socar-national-company-of-azerbaijan'))).toBe(
      'Azerbaijan — has as its national energy company → SOCAR',
    );
    // An undirected relation has no arrow.
    expect(sentenceText(relationItem('israel-azerbaijan-close-relations'))).toBe(
      'Azerbaijan — has close relations with — Israel',
    );
    // Years are part of the sentence.
    expect(sentenceText(relationItem('azerbaijan-took-part-in-2020-war'))).toBe(
      'Azerbaijan — took part in → 2020 Nagorno-Karabakh war (2020)',
    );

    const groups = [...relations.querySelectorAll<HTMLElement>('.relation-group')];
    const headings = groups.map((g) => g.querySelector('h4')?.textContent);
    // One group per type and direction: no heading twice.
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings).toContain('is one of the largest oil suppliers of');
    expect(headings).toContain('has as its national energy company');
    // Every relation of Azerbaijan in the seed is there, once.
    const ids = [...relations.querySelectorAll('.relation')].map((li) =>
      li.getAttribute('data-relation'),
    );
    const expected = seedIndex()
      .data.relations.filter((r) => r.source === 'azerbaijan' || r.target === 'azerbaijan')
      .map((r) => r.id);
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  it('shows the evidence of each line: Arabic quote, translation, ¶, source, full paragraph', () => {
    renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    const oil = relationItem('azerbaijan-supplies-oil-to-israel');
    const evidence = within(oil).getAllByRole('listitem')[0]!;

    const quote = evidence.querySelector('blockquote.quote');
    expect(quote).toHaveTextContent('تعتبر أذربيجان من أكبر مزوّدي النفط لإسرائيل');
    expect(quote).toHaveAttribute('lang', 'ar');
    expect(quote).toHaveAttribute('dir', 'rtl');

    const translation = evidence.querySelector('.quote-translation');
    expect(translation).toHaveTextContent("Azerbaijan is one of Israel's largest oil suppliers");
    expect(translation).toHaveAttribute('lang', 'en');
    expect(translation).toHaveAttribute('dir', 'ltr');

    expect(evidence.querySelector('.paragraph-ref')).toHaveTextContent('¶6');
    expect(evidence.querySelector('.source-title')).toHaveTextContent(
      'Article: Azerbaijan as a candidate for the international stabilization force in Gaza',
    );
    expect(evidence.querySelector('.badge')).toHaveTextContent('Reported');
    expect(evidence.querySelector('.badge')).toHaveAttribute('data-status', 'reported');

    // The full paragraph, behind a disclosure.
    const disclosure = evidence.querySelector('details.paragraph') as HTMLDetailsElement;
    const summary = within(disclosure).getByText('Read paragraph 6 in full');
    expect(summary.tagName).toBe('SUMMARY');
    expect(disclosure.open).toBe(false);
    const original = disclosure.querySelector('p[lang="ar"]');
    expect(original).toHaveAttribute('dir', 'rtl');
    expect(original?.textContent).toMatch(/^اقتصادياً، تعتبر أذربيجان من أكبر مزوّدي النفط/);
    expect(disclosure.querySelector('p[lang="en"]')?.textContent).toMatch(
      /^Economically, Azerbaijan is one of Israel's largest oil suppliers/,
    );
    fireEvent.click(summary);
    expect(disclosure.open).toBe(true);
  });

  it("folds a hub's quotes, keeps who says it in sight, and does not repeat them", () => {
    renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    const items = [...panel().querySelectorAll<HTMLElement>('.evidence')];
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      const fold = item.querySelector('details.quote-fold') as HTMLDetailsElement;
      expect(fold.open).toBe(false);
      expect(fold.querySelector('summary')).toHaveTextContent("The source's words");
      expect(fold.querySelector('blockquote.quote')).not.toBeNull();
      // Status, claimant and paragraph are outside the fold.
      expect(fold.contains(item.querySelector('.evidence-meta .badge'))).toBe(false);
      expect(item.querySelector('.evidence-meta .paragraph-ref')).not.toBeNull();
    }
    // "Mentioned in" repeats no quote already under a line or a claim.
    const mentioned = sectionByHeading('Mentioned in');
    const above = [...panel().querySelectorAll('.evidence blockquote')]
      .filter((q) => !mentioned.contains(q))
      .map((q) => q.textContent);
    for (const quote of mentioned.querySelectorAll('.evidence blockquote')) {
      expect(above).not.toContain(quote.textContent);
    }
  });

  it("shows a small entity's quotes open, and marks the quoted words in the paragraph", () => {
    renderWithApp(<DetailsPanel />, { state: { selection: { type: 'node', id: 'iran' } } });
    expect(panel().querySelector('details.quote-fold')).toBeNull();
    const evidence = panel().querySelector('.evidence') as HTMLElement;
    const quote = evidence.querySelector('blockquote.quote')?.textContent;
    expect(evidence.querySelector('details.paragraph mark.quoted')?.textContent).toBe(quote);
  });

  it('gives every relation its evidence, each quote in Arabic with its translation', () => {
    renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    for (const li of sectionByHeading('Relations').querySelectorAll<HTMLElement>('.relation')) {
      const relation = seedIndex().relations.get(li.getAttribute('data-relation')!)!;
      const items = li.querySelectorAll('.evidence');
      expect(items).toHaveLength(relation.evidence.length);
      items.forEach((item, i) => {
        const quote = item.querySelector('blockquote');
        expect(quote?.textContent).toBe(relation.evidence[i]!.quote);
        expect(quote).toHaveAttribute('lang', 'ar');
        expect(item.querySelector('.quote-translation')?.textContent).toBe(
          relation.evidence[i]!.translation?.en,
        );
        expect(item.querySelector('.paragraph-ref')?.textContent).toBe(
          `¶${relation.evidence[i]!.paragraph}`,
        );
      });
    }
  });

  it('says whose word each line is: claimed by … with the claimant as a link', () => {
    renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    const force = relationItem('azerbaijan-candidate-for-force');
    const badge = force.querySelector('.evidence .badge')!;
    expect(badge).toHaveAttribute('data-status', 'claimed');
    expect(badge).toHaveTextContent('Claimed by Foreign reports');
    expect(within(badge as HTMLElement).getByRole('button', { name: 'Foreign reports' })).toBe(
      badge.querySelector('.entity-link'),
    );
  });

  it('lists the claims about it, each with claimant, status and evidence', () => {
    renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    const about = sectionByHeading('Claims about it');
    const expected = seedIndex().claimsAbout.get('azerbaijan')!;
    expect(about.querySelectorAll('.claim')).toHaveLength(expected.length);

    const claim = claimItem('claim-joining-serves-israeli-interest');
    expect(claim.querySelector('.claim-statement')).toHaveTextContent(
      "Azerbaijan's joining serves the Israeli interest.",
    );
    const fields = claim.querySelector('.claim-fields') as HTMLElement;
    expect(fields).toHaveTextContent('Claimant');
    expect(within(fields).getByRole('button', { name: 'Unnamed political source' })).toBeTruthy();
    expect(fields).toHaveTextContent('Would benefit');
    expect(within(fields).getByRole('button', { name: 'Israel' })).toBeTruthy();
    const head = claim.querySelector('.claim-head .badge');
    expect(head).toHaveAttribute('data-status', 'claimed');
    expect(head).toHaveTextContent('Claimed by Unnamed political source');
    const quote = claim.querySelector('.evidence blockquote');
    expect(quote).toHaveTextContent('انضمام أذربيجان يخدم المصلحة الإسرائيلية');
    expect(quote).toHaveAttribute('lang', 'ar');
    expect(claim.querySelector('.evidence .paragraph-ref')).toHaveTextContent('¶2');
    expect(within(claim).getByText('Read paragraph 2 in full')).toBeTruthy();
  });

  it('lists the claims an entity makes (Israel) and says so when there are none', () => {
    const { store } = renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    // Azerbaijan makes no claim in the seed.
    expect(sectionByHeading('Claims it makes')).toHaveTextContent('None in this dataset.');

    act(() => store.getState().select({ type: 'node', id: 'israel' }));
    const made = sectionByHeading('Claims it makes');
    const claim = within(made).getAllByRole('listitem')[0]!;
    expect(claim).toHaveAttribute('data-claim', 'claim-strategic-pillar');
    expect(claim.querySelector('.claim-head .badge')).toHaveTextContent('Claimed by Israel');
  });

  it('shows a disputed line as disputed', () => {
    const data = structuredClone(seedIndex().data);
    const relation = data.relations.find((r) => r.id === 'azerbaijan-supplies-oil-to-israel')!;
    relation.evidence[0]!.status = 'disputed';
    renderWithApp(<DetailsPanel />, { state: AZERBAIJAN, index: buildIndex(data) });
    const badge = relationItem('azerbaijan-supplies-oil-to-israel').querySelector('.badge');
    expect(badge).toHaveAttribute('data-status', 'disputed');
    expect(badge).toHaveTextContent('Disputed');
  });

  it('moves the selection when a name is clicked, and back to the top of the panel', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    const body = panel().querySelector('.details-body') as HTMLElement;
    body.scrollTop = 400;
    const socar = within(relationItem('socar-national-company-of-azerbaijan')).getByRole('button', {
      name: 'SOCAR',
    });
    expect(socar).toHaveClass('entity-link');
    await user.click(socar);
    expect(store.getState().selection).toEqual({ type: 'node', id: 'socar' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('SOCAR');
    expect(body.scrollTop).toBe(0);
    // Keyboard users land on the new heading rather than on the page body.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it('is reachable with Tab: the names are buttons', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Close details');
    // A few Tabs on (past any action buttons of the header), a name is reached.
    for (let i = 0; i < 5 && !document.activeElement?.classList.contains('entity-link'); i++) {
      await user.tab();
    }
    const focused = document.activeElement as HTMLElement;
    expect(focused.tagName).toBe('BUTTON');
    expect(focused).toHaveClass('entity-link');
    expect(panel()).toContainElement(focused);
    expect(focused.closest('.relation')).not.toBeNull();
    // The next name is another entity; Enter follows it, like a click, and focus lands on the
    // new heading.
    await user.tab();
    const next = document.activeElement as HTMLElement;
    expect(next).toHaveClass('entity-link');
    const target = next.getAttribute('data-entity');
    expect(target).not.toBe('azerbaijan');
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ type: 'node', id: target });
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it('clears the selection with the close button', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(store.getState().selection).toBeNull();
    expect(screen.queryByTestId('details')).toBeNull();
  });

  it('renders nothing without a selection, and no details for an unknown id', () => {
    const { store } = renderWithApp(<DetailsPanel />);
    expect(screen.queryByTestId('details')).toBeNull();
    act(() => store.getState().select({ type: 'node', id: 'no-such-entity' }));
    expect(screen.queryByTestId('details')).toBeNull();
    // It says the id is not in the dataset (tests/component/revisions/missing-selection.test.tsx).
    expect(screen.getByTestId('details-missing')).toHaveTextContent('no-such-entity');
    act(() => store.getState().select({ type: 'edge', id: 'no-such-edge' }));
    expect(screen.queryByTestId('details')).toBeNull();
    expect(screen.getByTestId('details-missing')).toHaveTextContent('no-such-edge');
  });
});

describe('entity details (Arabic)', () => {
  it('shows headings and labels in Arabic, the English name as the other name', () => {
    renderWithApp(<DetailsPanel />, { lang: 'ar', state: AZERBAIJAN });
    const details = panel();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('أذربيجان');
    const english = within(details).getByText('Azerbaijan', { selector: 'bdi' });
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveAttribute('dir', 'ltr');
    expect(within(details).getByText(/بالإنجليزية/)).toBeTruthy();
    expect(details.querySelector('.kind-chip.kind-country')).toHaveTextContent('دولة');
    // "Country" and "State" are the same word in Arabic: one chip, not دولة دولة.
    expect(details.querySelectorAll('.kind-chip')).toHaveLength(1);
    for (const name of ['العلاقات', 'ادعاءاته', 'ادعاءات بشأنه']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'إغلاق التفاصيل' })).toBeTruthy();
    expect(details).not.toHaveTextContent(/Relations|Claims about it|Claimed by|Reported/);
  });

  it('writes relation sentences in Arabic with the arrow pointing the way Arabic reads', () => {
    renderWithApp(<DetailsPanel />, { lang: 'ar', state: AZERBAIJAN });
    expect(sentenceText(relationItem('azerbaijan-supplies-oil-to-israel'))).toBe(
      'أذربيجان — من أكبر مزوّدي النفط لـ ← إسرائيل',
    );
    expect(sentenceText(relationItem('socar-national-company-of-azerbaijan'))).toBe(
      'أذربيجان — بلد شركة الطاقة الوطنية ← شركة الطاقة الوطنية SOCAR',
    );
    for (const arrow of panel().querySelectorAll('.sentence .arrow')) {
      expect(arrow.textContent).not.toBe('→');
    }
  });

  it('shows the Arabic quote with the English translation, Arabic badges and disclosure', () => {
    renderWithApp(<DetailsPanel />, { lang: 'ar', state: AZERBAIJAN });
    const oil = relationItem('azerbaijan-supplies-oil-to-israel');
    const quote = oil.querySelector('.evidence blockquote');
    expect(quote).toHaveAttribute('lang', 'ar');
    expect(quote).toHaveAttribute('dir', 'rtl');
    const translation = oil.querySelector('.evidence .quote-translation');
    expect(translation).toHaveAttribute('lang', 'en');
    expect(translation).toHaveTextContent("Azerbaijan is one of Israel's largest oil suppliers");
    expect(oil.querySelector('.badge')).toHaveTextContent('يورده المصدر');
    expect(oil.querySelector('.source-title')).toHaveTextContent(
      'مقال: أذربيجان مرشحة لقوة الاستقرار الدولية في غزة',
    );
    expect(within(oil).getByText('اقرأ الفقرة 6 كاملة').tagName).toBe('SUMMARY');

    const claimed = relationItem('azerbaijan-candidate-for-force').querySelector('.badge');
    // Neutral "according to": the claimant may be feminine (تقارير) or masculine (مصدر).
    expect(claimed).toHaveTextContent('ادعاء بحسب تقارير أجنبية');
    // The English translation under an Arabic quote says what it is.
    expect(oil.querySelector('.quote-translation-label')).toHaveTextContent(
      'ترجمة عاملة إلى الإنجليزية',
    );
  });

  it('follows a language switch while open, keeping the selection', () => {
    const { store } = renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Azerbaijan');
    act(() => store.getState().setLang('ar'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('أذربيجان');
    expect(screen.getByRole('heading', { level: 3, name: 'العلاقات' })).toBeTruthy();
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });
  });
});

describe('details panel on a phone (bottom sheet)', () => {
  function pretendPhone(phone: boolean): () => void {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: phone && query.includes('max-width'),
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
    return () => {
      window.matchMedia = original;
    };
  }

  it('folds the legend when the sheet opens, so the two do not bury the graph', () => {
    const restore = pretendPhone(true);
    try {
      const { store } = renderWithApp(<DetailsPanel />, { state: { legendOpen: true } });
      expect(store.getState().legendOpen).toBe(true);
      act(() => store.getState().select({ type: 'node', id: 'azerbaijan' }));
      expect(store.getState().legendOpen).toBe(false);
    } finally {
      restore();
    }
  });

  it('leaves the legend alone on wider screens', () => {
    const restore = pretendPhone(false);
    try {
      const { store } = renderWithApp(<DetailsPanel />, { state: { legendOpen: true } });
      act(() => store.getState().select({ type: 'node', id: 'azerbaijan' }));
      expect(store.getState().legendOpen).toBe(true);
    } finally {
      restore();
    }
  });

  it('grows and shrinks with its toggle', async () => {
    const user = userEvent.setup();
    renderWithApp(<DetailsPanel />, { state: AZERBAIJAN });
    expect(panel()).not.toHaveClass('expanded');
    await user.click(screen.getByRole('button', { name: 'Show more of the details' }));
    expect(panel()).toHaveClass('expanded');
    await user.click(screen.getByRole('button', { name: 'Show less of the details' }));
    expect(panel()).not.toHaveClass('expanded');
  });
});

describe('a description written in one language only', () => {
  function onlyInEnglish() {
    const data = structuredClone(seedIndex().data);
    const iran = data.entities.find((e) => e.id === 'iran');
    if (!iran) throw new Error('the seed has Iran');
    iran.description = { en: 'Backs armed groups across the region.' };
    return buildIndex(data);
  }

  it('is shown in Arabic as English, in its own direction, and said to be untranslated', () => {
    renderWithApp(<DetailsPanel />, {
      lang: 'ar',
      index: onlyInEnglish(),
      state: { selection: { type: 'node', id: 'iran' } },
    });
    const description = panel().querySelector('.description') as HTMLElement;
    expect(description).toHaveTextContent('Backs armed groups across the region.');
    expect(description).toHaveAttribute('lang', 'en');
    expect(description).toHaveAttribute('dir', 'ltr');
    const mark = within(description).getByTestId('untranslated');
    expect(mark).toHaveTextContent('بالإنجليزية فقط، لم يُترجم بعد');
    expect(mark).toHaveAttribute('lang', 'ar');
  });

  it('carries no mark in its own language', () => {
    renderWithApp(<DetailsPanel />, {
      lang: 'en',
      index: onlyInEnglish(),
      state: { selection: { type: 'node', id: 'iran' } },
    });
    const description = panel().querySelector('.description') as HTMLElement;
    expect(within(description).queryByTestId('untranslated')).toBeNull();
  });
});

describe('a name in one language only (an imported file)', () => {
  function imported() {
    const data = structuredClone(seedIndex().data);
    const iran = data.entities.find((e) => e.id === 'iran');
    if (!iran) throw new Error('the seed has Iran');
    iran.label = { ar: 'Iran', en: 'Iran' };
    return buildIndex(data);
  }
  const IRAN = { selection: { type: 'node' as const, id: 'iran' } };

  it('is said to be untranslated in Arabic, with its own language and direction', () => {
    renderWithApp(<DetailsPanel />, { lang: 'ar', index: imported(), state: IRAN });
    const name = within(screen.getByRole('heading', { level: 2 })).getByText('Iran');
    expect(name).toHaveAttribute('lang', 'en');
    expect(name).toHaveAttribute('dir', 'ltr');
    expect(panel()).toHaveTextContent('الاسم بالإنجليزية فقط، لم يُترجم بعد');
    // Not presented as a translation of itself: the untranslated line is the only one.
    expect(panel().querySelectorAll('.other-name')).toHaveLength(1);
  });

  it('is shown plainly in English, its own language', () => {
    renderWithApp(<DetailsPanel />, { lang: 'en', index: imported(), state: IRAN });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Iran');
    expect(panel()).not.toHaveTextContent(/not yet translated/);
    expect(within(panel()).queryByText(/In Arabic/)).toBeNull();
  });
});
