/** Real files of tests/fixtures/datasets, imported and indexed as the app opens them. */
import './dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFileSync } from '../../../src/io/sync';
import { buildIndex, type GraphIndex } from '../../../src/model/graph-index';
import { SHARED_DATASETS } from './helpers';

export function importedIndex(name: string): GraphIndex {
  const result = importFileSync(name, readFileSync(join(SHARED_DATASETS, name)));
  if (!result.ok) throw new Error(`${name} does not import`);
  return buildIndex(result.dataset);
}
