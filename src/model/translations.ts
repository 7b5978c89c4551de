/**
 * Texts written in one language only: what an author still has to translate. Labels and the
 * other required texts are refused without both languages; these are the optional ones
 * (descriptions, statements, notes, titles of sources, story descriptions, speaker notes).
 */
import type { Dataset, PartialBilingual } from './schema';

export interface Untranslated {
  collection: 'dataset' | 'entities' | 'relations' | 'claims' | 'sources' | 'stories';
  /** The element's id (the dataset's own id for its description). */
  id: string;
  /** The field, e.g. "description", "statement", "steps[2].notes". */
  field: string;
  /** The language it is written in; the other one is missing. */
  has: 'ar' | 'en';
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
  check('dataset', data.id, 'description', data.description);
  for (const entity of data.entities)
    check('entities', entity.id, 'description', entity.description);
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
