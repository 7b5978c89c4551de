import { describe, expect, it } from 'vitest';
import { attachEvidence, detachEvidence, makeEvidence } from '../../../../src/model/edit';
import { ARTICLE, expectEdit, expectRefusal, fixture, reported } from './fixture';

const paragraph = ARTICLE[1]!;

/** Offsets of `words` in paragraph 2, widened by `pad` characters each side. */
function select(words: string, pad = 0) {
  const start = paragraph.indexOf(words);
  return { start: start - pad, end: start + words.length + pad };
}

describe('makeEvidence', () => {
  it('quotes the selected Arabic words byte for byte, trimmed of the spaces around them', () => {
    const data = fixture();
    const words = 'التنسيق بين القدس وباكو';
    const result = makeEvidence(data, {
      source: 'article',
      paragraph: 2,
      ...select(words, 1),
      status: 'reported',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.evidence).toEqual({
      source: 'article',
      paragraph: 2,
      quote: words,
      status: 'reported',
    });
    const { start, end } = select(words);
    expect(Buffer.from(result.evidence.quote)).toEqual(Buffer.from(paragraph.slice(start, end)));
  });

  it('keeps the claimant and translation of a claimed quote', () => {
    const data = fixture();
    const result = makeEvidence(data, {
      source: 'article',
      paragraph: 2,
      ...select('انضمام أذربيجان'),
      status: 'claimed',
      claimant: 'political-source',
      translation: { en: " Azerbaijan's joining " },
    });
    expect(result).toEqual({
      ok: true,
      evidence: {
        source: 'article',
        paragraph: 2,
        quote: 'انضمام أذربيجان',
        translation: { en: "Azerbaijan's joining" },
        status: 'claimed',
        claimant: 'political-source',
      },
    });
  });

  it('refuses selections it cannot quote', () => {
    const data = fixture();
    const base = { source: 'article', paragraph: 2, start: 0, end: 4, status: 'reported' as const };
    const refused = (args: Partial<Parameters<typeof makeEvidence>[1]>) =>
      makeEvidence(data, { ...base, ...args });
    expectRefusal(refused({ source: 'nothing' }), 'unknownSource', 'source');
    expectRefusal(refused({ source: 'bare' }), 'paragraphOutOfRange', 'paragraph');
    expectRefusal(refused({ paragraph: 4 }), 'paragraphOutOfRange', 'paragraph');
    expectRefusal(refused({ paragraph: 0 }), 'paragraphOutOfRange');
    expectRefusal(refused({ start: 3, end: 3 }), 'emptySelection');
    // Only the space after وقال.
    expectRefusal(refused({ start: 4, end: 5 }), 'emptySelection');
    expectRefusal(refused({ start: 5, end: 2 }), 'badSelection');
    expectRefusal(refused({ start: 1.5 }), 'badSelection');
    expectRefusal(refused({ end: paragraph.length + 1 }), 'selectionSpansParagraphs');
    expectRefusal(refused({ endParagraph: 3 }), 'selectionSpansParagraphs');
    expectRefusal(refused({ status: 'claimed' }), 'claimantRequired', 'claimant');
    expectRefusal(refused({ status: 'claimed', claimant: 'nobody' }), 'unknownEntity', 'claimant');
    expectRefusal(
      refused({ status: 'claimed', claimant: 'israeli-interest' }),
      'claimantKind',
      'claimant',
    );
  });

  it('refuses half an emoji', () => {
    const raw = structuredClone(fixture());
    raw.sources[1]!.paragraphs = ['Oil 🛢 flows'];
    const data = fixture(raw);
    const result = makeEvidence(data, {
      source: 'notes',
      paragraph: 1,
      start: 4,
      end: 5,
      status: 'reported',
    });
    expect(!result.ok && result.refusal.code).toBe('badSelection');
  });
});

describe('attachEvidence and detachEvidence', () => {
  const quote = reported(1, 'مبادرة دولية');

  it('appends evidence to an entity (creating its list), a relation and a claim', () => {
    const data = fixture();
    const entity = expectEdit(
      data,
      attachEvidence(data, {
        target: { collection: 'entities', id: 'initiative' },
        evidence: quote,
      }),
    );
    expect(entity.dataset.entities.find((e) => e.id === 'initiative')?.evidence).toEqual([quote]);
    const relation = expectEdit(
      data,
      attachEvidence(data, {
        target: { collection: 'relations', id: 'turan-force' },
        evidence: quote,
      }),
    );
    expect(relation.dataset.relations[2]?.evidence).toHaveLength(2);
    expectEdit(
      data,
      attachEvidence(data, {
        target: { collection: 'claims', id: 'claim-turan' },
        evidence: quote,
      }),
    );
  });

  it('refuses a quote not in its paragraph, a repeat and an unknown target', () => {
    const data = fixture();
    const target = { collection: 'relations' as const, id: 'turan-force' };
    expectRefusal(
      attachEvidence(data, { target, evidence: reported(1, 'باكو') }),
      'quoteNotInParagraph',
      'quote',
    );
    // Runs of whitespace do not matter, as in the loader's own check.
    expectEdit(data, attachEvidence(data, { target, evidence: reported(1, 'مبادرة   دولية') }));
    const existing = data.relations[2]!.evidence[0]!;
    expectRefusal(attachEvidence(data, { target, evidence: existing }), 'duplicateEvidence');
    expectRefusal(
      attachEvidence(data, { target: { collection: 'relations', id: 'x' }, evidence: quote }),
      'unknownElement',
      'target',
    );
    expectRefusal(
      attachEvidence(data, { target: { collection: 'entities', id: 'x' }, evidence: quote }),
      'unknownEntity',
      'target',
    );
  });

  it('removes evidence, but never the last of a relation or claim', () => {
    const data = fixture();
    const relation = expectEdit(
      data,
      detachEvidence(data, {
        target: { collection: 'relations', id: 'israel-azerbaijan' },
        index: 0,
      }),
    );
    expect(relation.dataset.relations[0]?.evidence.map((e) => e.source)).toEqual(['notes']);
    const entity = expectEdit(
      data,
      detachEvidence(data, { target: { collection: 'entities', id: 'azerbaijan' }, index: 0 }),
    );
    expect(Object.keys(entity.dataset.entities[1] ?? {})).not.toContain('evidence');
    expectRefusal(
      detachEvidence(data, { target: { collection: 'claims', id: 'claim-turan' }, index: 0 }),
      'lastEvidence',
    );
    expectRefusal(
      detachEvidence(data, { target: { collection: 'relations', id: 'turan-force' }, index: 0 }),
      'lastEvidence',
    );
    expectRefusal(
      detachEvidence(data, { target: { collection: 'claims', id: 'claim-turan' }, index: 1 }),
      'unknownEvidence',
    );
    expectRefusal(
      detachEvidence(data, { target: { collection: 'claims', id: 'nothing' }, index: 0 }),
      'unknownElement',
    );
  });
});
