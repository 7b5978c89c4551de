/**
 * Edits as data. Every edit is a list of element-level changes: applying the list to the
 * dataset it was made from gives the edited dataset, applying its inverse gives back the
 * original byte for byte, and the list says exactly which elements the graph must redraw.
 */
import {
  dataset as datasetSchema,
  type Claim,
  type Dataset,
  type Entity,
  type EntityKindDef,
  type Relation,
  type RelationType,
  type Source,
  type Story,
} from '../schema';
import { withFields } from './order';

export interface CollectionItems {
  sources: Source;
  entities: Entity;
  relationTypes: RelationType;
  relations: Relation;
  claims: Claim;
  stories: Story;
  entityKinds: EntityKindDef;
}
export type Collection = keyof CollectionItems;
export type Item<C extends Collection = Collection> = CollectionItems[C];

/** In the order a patch lists them: what others refer to first. */
export const COLLECTIONS = [
  'entityKinds',
  'sources',
  'relationTypes',
  'entities',
  'relations',
  'claims',
  'stories',
] as const satisfies readonly Collection[];

/** Top-level fields an edit may set; the lists are changed item by item instead. */
export const DATASET_FIELDS = ['id', 'title', 'description'] as const;
export type DatasetField = (typeof DATASET_FIELDS)[number];

export interface Slot<T> {
  readonly index: number;
  readonly value: T;
}

/** before null: an insert; after null: a delete; both: a replacement, or a move when the indexes differ. */
export type ItemChange<C extends Collection = Collection> = {
  [K in C]: {
    readonly kind: 'item';
    readonly collection: K;
    readonly id: string;
    readonly before: Slot<CollectionItems[K]> | null;
    readonly after: Slot<CollectionItems[K]> | null;
  };
}[C];

/** undefined means the key is absent, so setting it back to undefined removes the key. */
export interface FieldChange {
  readonly kind: 'field';
  readonly field: DatasetField;
  readonly before: unknown;
  readonly after: unknown;
}

export type Change = ItemChange | FieldChange;
export type Patch = readonly Change[];

/** A patch applied to a dataset it was not made for: a bug in the caller, not a user error. */
export class PatchMismatchError extends Error {
  override name = 'PatchMismatchError';
}

export const DATASET_KEYS: readonly string[] = Object.keys(datasetSchema.shape);

type Row = { readonly id: string };

function listOf(data: Dataset, collection: Collection): readonly Row[] {
  return (data[collection] as readonly Row[] | undefined) ?? [];
}

/**
 * The dataset with the patch applied, in order. Arrays and items the patch does not touch are
 * shared with the input (an edit of one entity in 5,000 copies one array, not the dataset).
 * Throws PatchMismatchError when a change's `before` is not what the dataset holds there.
 */
export function applyPatch(data: Dataset, patch: Patch): Dataset {
  if (patch.length === 0) return data;
  const lists = new Map<Collection, Row[]>();
  const fields = new Map<string, unknown>();
  const fieldValue = (field: DatasetField) =>
    fields.has(field) ? fields.get(field) : (data as Record<string, unknown>)[field];

  for (const change of patch) {
    if (change.kind === 'field') {
      if (!sameJson(fieldValue(change.field), change.before)) {
        throw new PatchMismatchError(`field ${change.field} is not what the patch expects`);
      }
      fields.set(change.field, change.after);
      continue;
    }
    let list = lists.get(change.collection);
    if (!list) {
      list = [...listOf(data, change.collection)];
      lists.set(change.collection, list);
    }
    applyItemChange(list, change);
  }

  const changes = new Map<string, unknown>(fields);
  for (const [collection, list] of lists) {
    // An absent optional list that an edit emptied again is absent, as it was.
    changes.set(collection, list.length === 0 && collection === 'entityKinds' ? undefined : list);
  }
  return withFields(data, changes, DATASET_KEYS);
}

function applyItemChange(list: Row[], change: ItemChange): void {
  const { before, after, id } = change;
  const where = `${change.collection} "${id}"`;
  if (before) {
    if (before.value.id !== id || list[before.index]?.id !== id) {
      throw new PatchMismatchError(`${where} is not at index ${before.index}`);
    }
  }
  if (after) {
    if (after.value.id !== id)
      throw new PatchMismatchError(`${where}: the new value has another id`);
  }
  if (before && after && before.index === after.index) {
    list[after.index] = after.value;
    return;
  }
  if (before) list.splice(before.index, 1);
  if (after) {
    if (!Number.isInteger(after.index) || after.index < 0 || after.index > list.length) {
      throw new PatchMismatchError(`${where}: index ${after.index} is out of range`);
    }
    list.splice(after.index, 0, after.value);
  }
}

/** The patch that undoes `patch`: the changes in reverse order, each turned around. */
export function invertPatch(patch: Patch): Patch {
  return patch
    .map((change): Change => ({ ...change, before: change.after, after: change.before }) as Change)
    .reverse();
}

export type Touched = { readonly [C in Collection]: ReadonlySet<string> } & {
  readonly fields: ReadonlySet<DatasetField>;
};

/** Ids per collection (and the top-level fields) that a patch inserts, changes or removes. */
export function touched(patch: Patch): Touched {
  const sets = new Map<Collection, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  const fields = new Set<DatasetField>();
  for (const change of patch) {
    if (change.kind === 'field') fields.add(change.field);
    else sets.get(change.collection)?.add(change.id);
  }
  const of = (c: Collection) => sets.get(c) ?? new Set<string>();
  return {
    sources: of('sources'),
    entities: of('entities'),
    relationTypes: of('relationTypes'),
    relations: of('relations'),
    claims: of('claims'),
    stories: of('stories'),
    entityKinds: of('entityKinds'),
    fields,
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
