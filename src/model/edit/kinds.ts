/**
 * The kinds a dataset defines ("entityKinds", often made by an importer from a file's own
 * types): their words in both languages and how their entities are drawn.
 */
import { entityKind, type Bilingual, type Dataset, type NodeShape } from '../schema';
import { Draft } from './draft';
import { changesOf, withFields } from './order';
import { refuse, type EditResult } from './refusal';
import { readBilingual } from './text';

export interface EntityKindFields {
  label: Bilingual;
  color: string;
  shape: NodeShape;
}

const KIND_FIELDS = ['label', 'color', 'shape'] as const;
const ENTITY_KIND_KEYS: readonly string[] = Object.keys(entityKind.shape);

/** Changes a defined kind; every entity of it is drawn and named the new way. */
export function updateEntityKind(
  data: Dataset,
  id: string,
  changes: Partial<EntityKindFields>,
): EditResult {
  const draft = new Draft(data);
  const before = draft.get('entityKinds', id);
  if (!before) return refuse('unknownKind', { kind: id }, 'id');
  const asked = changesOf(changes, KIND_FIELDS);
  if (asked.has('label')) {
    const label = readBilingual(changes.label, 'label', 'labelMissing');
    if (!label.ok) return label;
    asked.set('label', label.value);
  }
  // A colour or a shape the schema does not take is refused by the draft, at its field.
  draft.put('entityKinds', withFields(before, asked, ENTITY_KIND_KEYS));
  return draft.finish();
}

/** How many entities are of each kind. */
export function kindUses(data: Dataset): Map<string, number> {
  const uses = new Map<string, number>();
  for (const entity of data.entities) uses.set(entity.kind, (uses.get(entity.kind) ?? 0) + 1);
  return uses;
}
