/**
 * Texts written in one language only: what an author still has to translate. Labels and the
 * other required texts are refused without both languages; the optional ones (descriptions,
 * statements, notes, titles of sources, story descriptions, speaker notes) may lack one.
 * A required text can still be in one language: the same words on both sides, as an importer
 * writes a file's one-language labels (GEXF, GraphML, CSV) so that both are filled. Those
 * are listed too, as `copied`.
 */
import type { Bilingual, Dataset, Lang, PartialBilingual } from './schema';
import { hasArabic, hasLatin } from './scripts';

export interface Untranslated {
  collection:
    | 'dataset'
    | 'entities'
    | 'entityKinds'
    | 'relationTypes'
    | 'relations'
    | 'claims'
    | 'sources'
    | 'stories';
  /** The element's id (the dataset's own id for its description). */
  id: string;
  /** The field, e.g. "description", "statement", "steps[2].notes". */
  field: string;
  /** The language it is written in; the other one is missing. */
  has: 'ar' | 'en';
  /** Both sides hold the same words, in `has`'s script only (a required text). */
  copied?: true;
}

const LETTER = /\p{L}/u;

/**
 * The language a required text is really in when both sides hold the same words: 'ar' when
 * they are in Arabic script with no Latin letter, 'en' when they have letters and none is
 * Arabic ("Valjean" as the Arabic name too). Null otherwise, and for names without letters
 * ("7").
 */
export function copiedIn(text: Partial<Bilingual> | undefined): Lang | null {
  const ar = text?.ar?.trim() ?? '';
  if (ar === '' || ar !== (text?.en?.trim() ?? '')) return null;
  if (hasArabic(ar)) return hasLatin(ar) ? null : 'ar';
  return LETTER.test(ar) ? 'en' : null;
}

function missing(text: PartialBilingual | undefined): 'ar' | 'en' | null {
  const ar = text?.ar?.trim() ?? '';
  const en = text?.en?.trim() ?? '';
  if (ar && !en) return 'ar';
  if (en && !ar) return 'en';
  return null;
}

export function untranslatedTexts(data: Dataset): Untranslated[] {
  const out: Untranslated[] = [];
  const check = (
    collection: Untranslated['collection'],
    id: string,
    field: string,
    text: PartialBilingual | undefined,
  ) => {
    const has = missing(text);
    if (has) out.push({ collection, id, field, has });
  };
  const same = (
    collection: Untranslated['collection'],
    id: string,
    field: string,
    text: Bilingual | undefined,
  ) => {
    const has = copiedIn(text);
    if (has) out.push({ collection, id, field, has, copied: true });
  };
  same('dataset', data.id, 'title', data.title);
  check('dataset', data.id, 'description', data.description);
  for (const entity of data.entities) {
    same('entities', entity.id, 'label', entity.label);
    check('entities', entity.id, 'description', entity.description);
  }
  for (const kind of data.entityKinds ?? []) same('entityKinds', kind.id, 'label', kind.label);
  for (const type of data.relationTypes) {
    same('relationTypes', type.id, 'label', type.label);
    same('relationTypes', type.id, 'inverseLabel', type.inverseLabel);
  }
  for (const relation of data.relations) {
    check('relations', relation.id, 'description', relation.description);
  }
  for (const claim of data.claims ?? []) check('claims', claim.id, 'statement', claim.statement);
  for (const source of data.sources) {
    check('sources', source.id, 'title', source.title);
    check('sources', source.id, 'outlet', source.outlet);
  }
  for (const story of data.stories ?? []) {
    check('stories', story.id, 'description', story.description);
    story.steps.forEach((step, i) => check('stories', story.id, `steps[${i}].notes`, step.notes));
  }
  return out;
}
