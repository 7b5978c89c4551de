/**
 * The kinds a dataset defines ("entityKinds", often made by an importer from a file's own
 * types): their words in both languages and how their entities are drawn.
 */
import { BUILTIN_KINDS, BUILTIN_KIND_LABELS } from '../kinds';
import {
  entityKind,
  ENTITY_KINDS,
  type Bilingual,
  type Dataset,
  type EntityKindDef,
  type NodeShape,
} from '../schema';
import { idRefusal } from './checks';
import { Draft } from './draft';
import { slugOf, uniqueId } from './ids';
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

/**
 * Adds a kind of the author's own. A dataset on the seven built-in kinds declares them first,
 * with their names and look as they were, so nothing already drawn changes; from then on they
 * are the dataset's kinds, changed like any other, and any kind but "interest" may claim (the
 * schema's rule for declared kinds).
 */
export function addEntityKind(data: Dataset, args: EntityKindFields & { id?: string }): EditResult {
  const draft = new Draft(data);
  if (!data.entityKinds) for (const kind of builtinKindDefs()) draft.insert('entityKinds', kind);
  const taken = (id: string) => draft.get('entityKinds', id) !== undefined;
  if (args.id !== undefined) {
    const refused = idRefusal(args.id, taken);
    if (refused) return refused;
  }
  const label = readBilingual(args.label, 'label', 'labelMissing');
  if (!label.ok) return label;
  const id = args.id ?? uniqueId(slugOf(label.value.en, label.value.ar), taken, 'kind');
  // A colour or a shape the schema does not take is refused by the draft, at its field.
  draft.insert('entityKinds', { id, label: label.value, shape: args.shape, color: args.color });
  return draft.finish();
}

/**
 * Deletes a kind no entity is of. When it was the last one the dataset declared, the dataset
 * is back on the built-in kinds.
 */
export function deleteEntityKind(data: Dataset, id: string): EditResult {
  const draft = new Draft(data);
  if (!draft.get('entityKinds', id)) return refuse('unknownKind', { kind: id }, 'id');
  const count = data.entities.filter((entity) => entity.kind === id).length;
  if (count > 0) return refuse('kindHasEntities', { id, count });
  draft.remove('entityKinds', id);
  return draft.finish();
}

/** The seven built-in kinds as a dataset declares them, looking exactly as they do built in. */
export function builtinKindDefs(): EntityKindDef[] {
  return ENTITY_KINDS.map((id) => {
    const look = BUILTIN_KINDS.find((kind) => kind.id === id);
    if (!look) throw new Error(`builtinKindDefs: no look for "${id}"`);
    return {
      id,
      label: { ...BUILTIN_KIND_LABELS[id] },
      shape: look.shape,
      color: look.color,
      size: look.size,
    };
  });
}

/** How many entities are of each kind. */
export function kindUses(data: Dataset): Map<string, number> {
  const uses = new Map<string, number>();
  for (const entity of data.entities) uses.set(entity.kind, (uses.get(entity.kind) ?? 0) + 1);
  return uses;
}
