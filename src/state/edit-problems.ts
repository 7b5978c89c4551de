/**
 * The problems an edit leaves, found incrementally (see the rules in slices/edit.ts). Loaded
 * with the editor (edit-engine.ts), not in the start-up bundle.
 */
import {
  checkEdited,
  checkTouched,
  COLLECTIONS,
  DATASET_FIELDS,
  touched,
  type Change,
  type CheckResult,
  type Collection,
  type DatasetField,
  type Patch,
} from '../model/edit';
import type { Problem } from '../model/problems';
import type { Dataset } from '../model/schema';

type Row = { readonly id: string };
const rows = (data: Dataset, collection: Collection) =>
  (data[collection] as readonly Row[] | undefined) ?? [];

const COLLECTION_NAMES: ReadonlySet<string> = new Set(COLLECTIONS);
const FIELD_NAMES: ReadonlySet<string> = new Set(DATASET_FIELDS);

/**
 * The problems of `after` (`patch` applied to `before`), given `earlier`, the problems known
 * in `before`: checkTouched on the patch plus a "touch" of every element and field an earlier
 * problem is about, so those are judged again as they now are (see the rules at the top).
 */
export function nextProblems(
  before: Dataset,
  earlier: readonly Problem[],
  after: Dataset,
  patch: Patch,
): Problem[] {
  const marks = touched(patch);
  const extra: Change[] = [];
  const seen = new Set<string>();
  const positions = new Map<Collection, Map<string, number>>();
  const positionIn = (collection: Collection, id: string) => {
    let map = positions.get(collection);
    if (!map) {
      map = new Map();
      const list = rows(after, collection);
      for (let i = list.length - 1; i >= 0; i--) map.set((list[i] as Row).id, i);
      positions.set(collection, map);
    }
    return map.get(id);
  };
  for (const problem of earlier) {
    const [section, at] = problem.path;
    if (typeof section !== 'string') continue;
    if (COLLECTION_NAMES.has(section) && typeof at === 'number') {
      const collection = section as Collection;
      const id = rows(before, collection)[at]?.id ?? problem.element?.id;
      const key = `${collection}\u0000${id}`;
      if (id === undefined || marks[collection].has(id) || seen.has(key)) continue;
      seen.add(key);
      const index = positionIn(collection, id);
      // Gone: what referred to it was touched by the patch that removed it.
      if (index === undefined) continue;
      // As if it had just appeared: its references and what refers to it are checked again.
      extra.push({
        kind: 'item',
        collection,
        id,
        before: null,
        after: { index, value: rows(after, collection)[index] },
      } as Change);
    } else if (FIELD_NAMES.has(section) && !marks.fields.has(section as DatasetField)) {
      const field = section as DatasetField;
      if (seen.has(field)) continue;
      seen.add(field);
      extra.push({ kind: 'field', field, before: undefined, after: after[field] });
    }
  }
  let result: CheckResult;
  try {
    result = checkTouched(after, extra.length > 0 ? [...patch, ...extra] : patch);
  } catch {
    result = checkEdited(after);
  }
  return result.ok ? result.warnings : result.problems;
}
