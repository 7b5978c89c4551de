/** A new dataset, and its name and description. */
import { DATASET_VERSION, type Bilingual, type Dataset, type PartialBilingual } from '../schema';
import { Draft } from './draft';
import { idRefusal } from './checks';
import { compact } from './order';
import { refuse, type EditResult, type Refused } from './refusal';
import { readBilingual, readPartial } from './text';

export interface DatasetInfo {
  id: string;
  title: Bilingual;
  description?: PartialBilingual;
}

/** A fresh, valid, empty dataset (not an edit: there is nothing to undo to). */
export function createDataset(info: DatasetInfo): { ok: true; dataset: Dataset } | Refused {
  const refused = idRefusal(info.id, () => false);
  if (refused) return refused;
  const title = readBilingual(info.title, 'title', 'textMissing');
  if (!title.ok) return title;
  return {
    ok: true,
    dataset: compact<Dataset>({
      version: DATASET_VERSION,
      id: info.id,
      title: title.value,
      description: readPartial(info.description),
      sources: [],
      entities: [],
      relationTypes: [],
      relations: [],
      claims: [],
      stories: [],
    }),
  };
}

/** Keys left out are kept; `description: undefined` removes the description. */
export function setDatasetInfo(data: Dataset, changes: Partial<DatasetInfo>): EditResult {
  const draft = new Draft(data);
  if (Object.hasOwn(changes, 'id')) {
    if (changes.id === undefined) return refuse('required', {}, 'id');
    const refused = idRefusal(changes.id, () => false);
    if (refused) return refused;
    draft.setField('id', changes.id);
  }
  if (Object.hasOwn(changes, 'title')) {
    const title = readBilingual(changes.title, 'title', 'textMissing');
    if (!title.ok) return title;
    draft.setField('title', title.value);
  }
  if (Object.hasOwn(changes, 'description')) {
    draft.setField('description', readPartial(changes.description));
  }
  return draft.finish();
}
