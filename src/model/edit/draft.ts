/**
 * The working copy a command edits. It records what the command asks (replace this item,
 * remove that one, insert a new one, set a field) against the dataset as it was, and turns
 * that into a patch only at the end, so a cascade of hundreds of removals costs one copy of
 * each list it touches. Every item it writes is checked with the element's schema first.
 */
import type { z } from 'zod/mini';
import {
  claim,
  dataset as datasetSchema,
  entity,
  entityKind,
  relation,
  relationType,
  source,
  story,
  type Dataset,
} from '../schema';
import { formatPath, type PathSegment } from '../problems';
import {
  applyPatch,
  COLLECTIONS,
  type Change,
  type Collection,
  type DatasetField,
  type Item,
} from './patch';
import { refuse, type EditResult, type RefusalCode } from './refusal';

export const ELEMENT_SCHEMAS: { readonly [C in Collection]: z.ZodMiniType } = {
  sources: source,
  entities: entity,
  relationTypes: relationType,
  relations: relation,
  claims: claim,
  stories: story,
  entityKinds: entityKind,
};

/** Messages the schema uses that are refusal codes of their own. */
const SCHEMA_CODES: ReadonlySet<string> = new Set<RefusalCode>([
  'badId',
  'badColor',
  'notHttpUrl',
  'badDate',
  'badLanguage',
]);

interface Edits {
  readonly updates: Map<string, Item>;
  readonly removed: Set<string>;
  readonly inserts: { value: Item; at: number | undefined }[];
}

export class Draft {
  private readonly edits = new Map<Collection, Edits>();
  private readonly fields = new Map<DatasetField, unknown>();
  private readonly indexes = new Map<Collection, Map<string, number>>();

  constructor(readonly base: Dataset) {}

  /** The list as it was before this edit. */
  list<C extends Collection>(collection: C): readonly Item<C>[] {
    return (this.base[collection] as readonly Item<C>[] | undefined) ?? [];
  }

  /** An item as this edit has left it so far; undefined when absent or removed. */
  get<C extends Collection>(collection: C, id: string): Item<C> | undefined {
    const edits = this.edits.get(collection);
    if (edits?.removed.has(id)) return undefined;
    const inserted = edits?.inserts.find((entry) => entry.value.id === id);
    if (inserted) return inserted.value as Item<C>;
    const updated = edits?.updates.get(id);
    if (updated) return updated as Item<C>;
    const at = this.indexOf(collection, id);
    return at === undefined ? undefined : this.list(collection)[at];
  }

  /** Every item as this edit has left it so far, in order. */
  current<C extends Collection>(collection: C): Item<C>[] {
    const edits = this.edits.get(collection);
    const base = this.list(collection);
    if (!edits) return [...base];
    const out: Item<C>[] = [];
    for (const item of base) {
      if (edits.removed.has(item.id)) continue;
      out.push((edits.updates.get(item.id) as Item<C> | undefined) ?? item);
    }
    for (const { value, at } of edits.inserts) {
      out.splice(Math.max(0, at ?? out.length), 0, value as Item<C>);
    }
    return out;
  }

  /** Replace an item (found by its id) with a new value. */
  put<C extends Collection>(collection: C, value: Item<C>): void {
    const edits = this.editsOf(collection);
    const inserted = edits.inserts.find((entry) => entry.value.id === value.id);
    if (inserted) {
      inserted.value = value;
      return;
    }
    if (this.indexOf(collection, value.id) === undefined || edits.removed.has(value.id)) {
      throw new Error(`put: ${collection} "${value.id}" is not there`);
    }
    edits.updates.set(value.id, value);
  }

  /** Add an item at `at` in the final list (the end by default). */
  insert<C extends Collection>(collection: C, value: Item<C>, at?: number): void {
    this.editsOf(collection).inserts.push({ value, at });
  }

  remove(collection: Collection, id: string): void {
    const edits = this.editsOf(collection);
    const inserted = edits.inserts.findIndex((entry) => entry.value.id === id);
    if (inserted !== -1) edits.inserts.splice(inserted, 1);
    else {
      edits.updates.delete(id);
      edits.removed.add(id);
    }
  }

  /** Set a top-level field; undefined removes it. */
  setField(field: DatasetField, value: unknown): void {
    this.fields.set(field, value);
  }

  /**
   * The patch: for each list, replacements in place, then removals from the last index down
   * (so no removal shifts another's index), then inserts. Refused if an item fails its schema.
   */
  finish(): EditResult {
    const changes: Change[] = [];
    for (const [field, after] of this.fields) {
      const before = (this.base as Record<string, unknown>)[field];
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      const refusal = schemaRefusal(datasetSchema.shape[field], after, [field]);
      if (refusal) return refusal;
      changes.push({ kind: 'field', field, before, after });
    }
    for (const collection of COLLECTIONS) {
      const edits = this.edits.get(collection);
      if (!edits) continue;
      const schema = ELEMENT_SCHEMAS[collection];
      const base = this.list(collection);
      const removals: Change[] = [];
      for (let index = 0; index < base.length; index++) {
        const item = base[index] as Item;
        if (edits.removed.has(item.id)) {
          removals.push(itemChange(collection, item.id, { index, value: item }, null));
          continue;
        }
        const next = edits.updates.get(item.id);
        if (next === undefined || JSON.stringify(next) === JSON.stringify(item)) continue;
        const refusal = schemaRefusal(schema, next, []);
        if (refusal) return refusal;
        changes.push(
          itemChange(collection, item.id, { index, value: item }, { index, value: next }),
        );
      }
      changes.push(...removals.reverse());
      let length = base.length - removals.length;
      for (const { value, at } of edits.inserts) {
        const refusal = schemaRefusal(schema, value, []);
        if (refusal) return refusal;
        const index = at === undefined ? length : Math.max(0, Math.min(at, length));
        changes.push(itemChange(collection, value.id, null, { index, value }));
        length++;
      }
    }
    return { ok: true, dataset: applyPatch(this.base, changes), patch: changes };
  }

  private editsOf(collection: Collection): Edits {
    let edits = this.edits.get(collection);
    if (!edits) {
      edits = { updates: new Map(), removed: new Set(), inserts: [] };
      this.edits.set(collection, edits);
    }
    return edits;
  }

  private indexOf(collection: Collection, id: string): number | undefined {
    let index = this.indexes.get(collection);
    if (!index) {
      index = new Map();
      const list = this.list(collection);
      // The first of duplicated ids wins, as in the integrity check.
      for (let i = list.length - 1; i >= 0; i--) index.set((list[i] as Item).id, i);
      this.indexes.set(collection, index);
    }
    return index.get(id);
  }
}

function itemChange(
  collection: Collection,
  id: string,
  before: { index: number; value: Item } | null,
  after: { index: number; value: Item } | null,
): Change {
  return { kind: 'item', collection, id, before, after } as Change;
}

/** The first schema issue as a refusal, naming the form field it is in. */
function schemaRefusal(schema: z.ZodMiniType, value: unknown, prefix: PathSegment[]) {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const path = [
    ...prefix,
    ...(issue?.path ?? []).filter((s): s is PathSegment => typeof s !== 'symbol'),
  ];
  const message = issue?.message ?? '';
  const code = (SCHEMA_CODES.has(message) ? message : 'invalid') as RefusalCode;
  const field = path.find((segment): segment is string => typeof segment === 'string');
  // What was written, for the message to quote (a colour "red", an id "has space").
  const written = (issue?.path ?? []).reduce<unknown>(
    (at, segment) =>
      at !== null && typeof at === 'object' && typeof segment !== 'symbol'
        ? (at as Record<PropertyKey, unknown>)[segment]
        : undefined,
    value,
  );
  return refuse(
    code,
    { path: formatPath(path), ...(typeof written === 'string' ? { value: written } : {}) },
    field,
  );
}
