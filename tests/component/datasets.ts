import type { GraphIndex } from '../../src/model/graph-index';
import { loadDatasetValue } from '../../src/model/load';

/** Four people with a party each (three Blue, one Green) and a number of votes. */
export function partiesIndex(): GraphIndex {
  const result = loadDatasetValue({
    version: 1,
    id: 'parties',
    title: { ar: 'أحزاب', en: 'Parties' },
    sources: [],
    entities: ['a', 'b', 'c', 'd'].map((id, i) => ({
      id,
      kind: 'person',
      label: { ar: id, en: id },
      attributes: { party: i < 3 ? 'Blue' : 'Green', votes: i * 10 },
    })),
    relationTypes: [],
    relations: [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.index;
}
