import { buildIndex, type GraphIndex } from '../../../src/model/graph-index';
import type { Revision } from '../../../src/model/schema';
import { seedIndex } from '../render';

/** The seed as it was first published: no revisions, version 1. */
export function unrevisedIndex(): GraphIndex {
  return buildIndex({ ...seedIndex().data, revisions: undefined });
}

/** The seed with one more, English-only revision before its own: version 3. */
export function twiceRevisedIndex(): GraphIndex {
  const data = seedIndex().data;
  const earlier: Revision = {
    date: '2026-11-30',
    note: { en: 'Positions of the entities stored, so the picture is the same every time.' },
  };
  return buildIndex({ ...data, revisions: [earlier, ...(data.revisions ?? [])] });
}
