import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasetText } from '../../../src/model/load';
import type { Dataset } from '../../../src/model/schema';
import type { InputFile } from '../../../src/io/types';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Real files other tools wrote: copies of ../shared/datasets (see the README there). */
export const SHARED_DATASETS = join(ROOT, 'tests/fixtures/datasets');
export const FIXTURES = join(ROOT, 'tests/fixtures');

/** The seed dataset as the loader returns it (trimmed, defaults applied). */
export function seed(): Dataset {
  const result = loadDatasetText(readFileSync(join(ROOT, 'data/azerbaijan-gaza.json'), 'utf8'));
  if (!result.ok) throw new Error('the seed dataset does not load');
  return result.index.data;
}

/** Every file of a folder, as the importers take them. */
export function folder(path: string): InputFile[] {
  return readdirSync(path)
    .filter((name) => !name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(path, name)) }));
}

/** Plain JSON data, so toEqual compares what a file would hold. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
