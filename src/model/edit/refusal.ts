/**
 * Why an edit was refused. The code is the suffix of an i18n key (the UI holds the Arabic and
 * English words), params fill its template, and field names the form field it is about.
 */
import type { Dataset } from '../schema';
import type { Patch } from './patch';

export const REFUSAL_CODES = [
  // Ids
  'badId',
  'duplicateId',
  // Required text and values
  'labelMissing',
  'textMissing',
  'titleMissing',
  'required',
  // References
  'unknownKind',
  'badSubkind',
  'unknownEntity',
  'unknownElement',
  'unknownSource',
  'unknownRelationType',
  'unknownStory',
  'unknownFocus',
  'unknownEvidence',
  // What an element may refer to
  'sameEntity',
  'notAnInterest',
  'claimantKind',
  'kindInUse',
  'kindHasEntities',
  'groupCycle',
  'inverseLabelRequired',
  'badTimeRange',
  'badPosition',
  // Evidence
  'evidenceRequired',
  'lastEvidence',
  'duplicateEvidence',
  'claimantRequired',
  'paragraphOutOfRange',
  'quoteNotInParagraph',
  'emptyQuote',
  'emptySelection',
  'badSelection',
  'selectionSpansParagraphs',
  // Sources
  'notHttpUrl',
  'badDate',
  'badLanguage',
  'paragraphInUse',
  'sourceInUse',
  'typeInUse',
  // Stories
  'focusEmpty',
  'badIndex',
  // Caught by the element's schema when no earlier check named it (e.g. a colour)
  'badColor',
  'invalid',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  code: RefusalCode;
  params: Record<string, string | number>;
  field?: string;
}

export type EditResult =
  { ok: true; dataset: Dataset; patch: Patch } | { ok: false; refusal: Refusal };

export type Refused = { ok: false; refusal: Refusal };

/** A value that passed its checks, or why it did not. */
export type Checked<T> = { ok: true; value: T } | Refused;

export function refuse(
  code: RefusalCode,
  params: Record<string, string | number> = {},
  field?: string,
): Refused {
  return { ok: false, refusal: field === undefined ? { code, params } : { code, params, field } };
}

export function accept<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}
