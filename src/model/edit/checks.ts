/**
 * Checks shared by the commands: each mirrors a rule of the loader (schema.ts, integrity.ts)
 * so a command refuses, naming the field, before it builds something the loader would reject.
 */
import { kindMap } from '../kinds';
import {
  EVIDENCE_STATUSES,
  type Dataset,
  type Entity,
  type Evidence,
  type StoryStep,
} from '../schema';
import { compact } from './order';
import { accept, refuse, type Checked, type Refused } from './refusal';
import { isValidId } from './ids';
import { readBilingual, readPartial, unique } from './text';
import type { Draft } from './draft';

const CLAIMANT_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'country']);

/** Who may assert something: as integrity.ts decides it. */
export function canClaim(data: Pick<Dataset, 'entityKinds'>, kind: string): boolean {
  return data.entityKinds ? kind !== 'interest' : CLAIMANT_KINDS.has(kind);
}

export function kindRefusal(
  data: Dataset,
  kind: string,
  subkind: string | undefined,
): Refused | null {
  const info = kindMap(data).get(kind);
  if (!info) return refuse('unknownKind', { kind }, 'kind');
  if (subkind !== undefined && !info.subkinds.includes(subkind)) {
    return refuse('badSubkind', { subkind, kind }, 'subkind');
  }
  return null;
}

/** An explicit id: well formed and free. */
export function idRefusal(id: string, taken: (id: string) => boolean): Refused | null {
  if (!isValidId(id)) return refuse('badId', { id, value: id }, 'id');
  if (taken(id)) return refuse('duplicateId', { id }, 'id');
  return null;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** YYYY, YYYY-MM or YYYY-MM-DD, and a month or day that exists (stricter than the schema). */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const days = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= days;
}

export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

/** Compare quotes without caring about runs of whitespace, as integrity.ts does. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A claimant that exists and may claim. */
export function claimantRefusal(draft: Draft, id: string, field: string): Refused | null {
  const claimant = draft.get('entities', id);
  if (!claimant) return refuse('unknownEntity', { id }, field);
  if (!canClaim(draft.base, claimant.kind)) {
    return refuse('claimantKind', { id, kind: claimant.kind }, field);
  }
  return null;
}

/**
 * One piece of evidence, normalised (trimmed quote, translation without empty languages),
 * or why it cannot be cited: its source, paragraph, quote, status and claimant.
 */
export function readEvidence(draft: Draft, input: Evidence): Checked<Evidence> {
  const source = draft.get('sources', input.source);
  if (!source) return refuse('unknownSource', { id: input.source }, 'source');
  const count = source.paragraphs?.length;
  if (!Number.isInteger(input.paragraph) || input.paragraph < 1) {
    return refuse(
      'paragraphOutOfRange',
      { paragraph: input.paragraph, count: count ?? 0 },
      'paragraph',
    );
  }
  if (count !== undefined && input.paragraph > count) {
    return refuse('paragraphOutOfRange', { paragraph: input.paragraph, count }, 'paragraph');
  }
  const quote = typeof input.quote === 'string' ? input.quote.trim() : '';
  if (quote === '') return refuse('emptyQuote', {}, 'quote');
  const paragraph = source.paragraphs?.[input.paragraph - 1];
  if (paragraph !== undefined && !squash(paragraph).includes(squash(quote))) {
    return refuse(
      'quoteNotInParagraph',
      { paragraph: input.paragraph, source: source.id },
      'quote',
    );
  }
  if (!(EVIDENCE_STATUSES as readonly string[]).includes(input.status)) {
    return refuse('invalid', { path: 'status' }, 'status');
  }
  if (input.status === 'claimed' && input.claimant === undefined) {
    return refuse('claimantRequired', {}, 'claimant');
  }
  if (input.claimant !== undefined) {
    const refused = claimantRefusal(draft, input.claimant, 'claimant');
    if (refused) return refused;
  }
  return accept(
    compact<Evidence>({
      source: input.source,
      paragraph: input.paragraph,
      quote,
      translation: readPartial(input.translation),
      status: input.status,
      claimant: input.claimant,
      note: readPartial(input.note),
    }),
  );
}

/**
 * A relation's or claim's evidence list: at least one, each item checked unless it is one the
 * element already had (imported evidence the loader only warned about stays editable around).
 */
export function readEvidenceList(
  draft: Draft,
  list: readonly Evidence[] | undefined,
  previous: readonly Evidence[] = [],
): Checked<Evidence[]> {
  if (!list || list.length === 0) return refuse('evidenceRequired', {}, 'evidence');
  const known = new Set(previous.map((item) => JSON.stringify(item)));
  const out: Evidence[] = [];
  for (const [index, item] of list.entries()) {
    if (known.has(JSON.stringify(item))) {
      out.push(item);
      continue;
    }
    const read = readEvidence(draft, item);
    if (!read.ok)
      return { ok: false, refusal: { ...read.refusal, params: { ...read.refusal.params, index } } };
    out.push(read.value);
  }
  return accept(out);
}

/** The ids a story step may name: entities, relations and claims as the edit leaves them. */
export function isElement(draft: Draft, id: string): boolean {
  return (
    draft.get('entities', id) !== undefined ||
    draft.get('relations', id) !== undefined ||
    draft.get('claims', id) !== undefined
  );
}

/** A story step normalised (trimmed texts, focus without repeats), or why it cannot be shown. */
export function readStep(draft: Draft, input: StoryStep): Checked<StoryStep> {
  const title = readBilingual(input.title, 'title', 'textMissing');
  if (!title.ok) return title;
  const caption = readBilingual(input.caption, 'caption', 'textMissing');
  if (!caption.ok) return caption;
  const focus = unique(input.focus ?? []);
  if (focus.length === 0) return refuse('focusEmpty', {}, 'focus');
  for (const id of focus) if (!isElement(draft, id)) return refuse('unknownFocus', { id }, 'focus');
  if (input.select !== undefined && !isElement(draft, input.select)) {
    return refuse('unknownFocus', { id: input.select }, 'select');
  }
  return accept(
    compact<StoryStep>({
      title: title.value,
      caption: caption.value,
      focus,
      select: input.select,
      camera: input.camera,
      filters: input.filters,
      paragraphs: input.paragraphs,
      notes: readPartial(input.notes),
    }),
  );
}

/** True when following parents up from `parent` reaches `id`: making it the parent would loop. */
export function makesCycle(draft: Draft, id: string, parent: string): boolean {
  const seen = new Set<string>();
  for (let at: Entity | undefined = draft.get('entities', parent); at;) {
    if (at.id === id) return true;
    if (seen.has(at.id) || at.parent === undefined) return false;
    seen.add(at.id);
    at = draft.get('entities', at.parent);
  }
  return false;
}
