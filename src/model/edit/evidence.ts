/**
 * Evidence: a quote selected in one paragraph of a source, and attaching it to (or detaching
 * it from) an entity, relation or claim. The quote is always a verbatim substring of the
 * paragraph, so the reader can find the words where the source has them.
 */
import type { Dataset, Evidence, EvidenceStatus, PartialBilingual } from '../schema';
import { Draft } from './draft';
import { readEvidence } from './checks';
import type { EvidenceHolder } from './delete-entity';
import { ENTITY_KEYS } from './keys';
import { withFields } from './order';
import { refuse, type EditResult, type Refused } from './refusal';

export interface Selection {
  source: string;
  /** 1-based, as evidence cites it. */
  paragraph: number;
  /** UTF-16 offsets into the paragraph's text, end exclusive (as String.slice takes them). */
  start: number;
  end: number;
  /** The paragraph the selection ends in, when the UI saw it end elsewhere. */
  endParagraph?: number;
  status: EvidenceStatus;
  claimant?: string;
  translation?: PartialBilingual;
  note?: PartialBilingual;
}

/** Evidence quoting the selected words, trimmed of the whitespace around them only. */
export function makeEvidence(
  data: Dataset,
  selection: Selection,
): { ok: true; evidence: Evidence } | Refused {
  const source = data.sources.find((item) => item.id === selection.source);
  if (!source) return refuse('unknownSource', { id: selection.source }, 'source');
  const { paragraph, start, end } = selection;
  const text = source.paragraphs?.[paragraph - 1];
  if (text === undefined || !Number.isInteger(paragraph)) {
    const count = source.paragraphs?.length ?? 0;
    return refuse('paragraphOutOfRange', { paragraph, count }, 'paragraph');
  }
  if (selection.endParagraph !== undefined && selection.endParagraph !== paragraph) {
    return refuse('selectionSpansParagraphs', { from: paragraph, to: selection.endParagraph });
  }
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end) {
    return refuse('badSelection', { start, end });
  }
  if (end > text.length)
    return refuse('selectionSpansParagraphs', { from: paragraph, to: paragraph + 1 });
  // Half a surrogate pair (an emoji, a rare CJK character) is not a character anyone selected.
  if (splitsPair(text, start) || splitsPair(text, end))
    return refuse('badSelection', { start, end });
  const quote = text.slice(start, end).trim();
  if (quote === '') return refuse('emptySelection', {});
  const read = readEvidence(new Draft(data), {
    source: source.id,
    paragraph,
    quote,
    translation: selection.translation,
    status: selection.status,
    claimant: selection.claimant,
    note: selection.note,
  });
  return read.ok ? { ok: true, evidence: read.value } : read;
}

export interface EvidenceTarget {
  collection: EvidenceHolder;
  id: string;
}

/** Append evidence to an entity, relation or claim; its quote must be in the cited paragraph. */
export function attachEvidence(
  data: Dataset,
  args: { target: EvidenceTarget; evidence: Evidence },
): EditResult {
  const draft = new Draft(data);
  const holder = draft.get(args.target.collection, args.target.id);
  if (!holder) return unknownTarget(args.target);
  const read = readEvidence(draft, args.evidence);
  if (!read.ok) return read;
  const list = holder.evidence ?? [];
  const json = JSON.stringify(read.value);
  if (list.some((item) => JSON.stringify(item) === json)) {
    return refuse('duplicateEvidence', { id: holder.id });
  }
  putEvidence(draft, args.target, [...list, read.value]);
  return draft.finish();
}

/** Remove one piece of evidence; a relation or claim keeps at least one. */
export function detachEvidence(
  data: Dataset,
  args: { target: EvidenceTarget; index: number },
): EditResult {
  const draft = new Draft(data);
  const holder = draft.get(args.target.collection, args.target.id);
  if (!holder) return unknownTarget(args.target);
  const list = holder.evidence ?? [];
  if (!Number.isInteger(args.index) || args.index < 0 || args.index >= list.length) {
    return refuse('unknownEvidence', { id: holder.id, index: args.index });
  }
  if (list.length === 1 && args.target.collection !== 'entities') {
    return refuse('lastEvidence', { id: holder.id });
  }
  putEvidence(
    draft,
    args.target,
    list.filter((_, i) => i !== args.index),
  );
  return draft.finish();
}

function putEvidence(draft: Draft, target: EvidenceTarget, evidence: Evidence[]): void {
  if (target.collection === 'entities') {
    const entity = draft.get('entities', target.id);
    if (!entity) return;
    // An entity's evidence is optional: an empty list is no list.
    const changes = new Map([['evidence', evidence.length > 0 ? evidence : undefined]]);
    draft.put('entities', withFields(entity, changes, ENTITY_KEYS));
  } else if (target.collection === 'relations') {
    const relation = draft.get('relations', target.id);
    if (relation) draft.put('relations', { ...relation, evidence });
  } else {
    const claim = draft.get('claims', target.id);
    if (claim) draft.put('claims', { ...claim, evidence });
  }
}

function unknownTarget(target: EvidenceTarget): Refused {
  return target.collection === 'entities'
    ? refuse('unknownEntity', { id: target.id }, 'target')
    : refuse('unknownElement', { id: target.id }, 'target');
}

function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
