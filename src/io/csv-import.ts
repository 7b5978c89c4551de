/**
 * Reads the CSV set (see data/templates/README.md) into a dataset. Every problem names the
 * file, the spreadsheet row (1 = the header) and the column, including those the loader finds
 * later (a dataset path such as relations[3].source is mapped back to its cell). Nothing is
 * returned as a dataset while any error remains.
 *
 * The steps, each in its module: csv-read.ts (files → checked tables), csv-cells.ts (a cell →
 * a value, or a problem at that cell), csv-build-graph.ts and csv-build.ts (rows → the
 * dataset), csv-locate.ts (a loader's path → the cell it came from).
 */
import { MAX_DATASET_BYTES } from '../model/parse-json';
import { CsvBuilder } from './csv-build';
import { importEdgeList } from './csv-edgelist';
import { fileOrder, readTables } from './csv-read';
import { tableOf } from './csv-tables';
import { failed, importProblem, sortProblems } from './finish';
import { baseName, withEncoding } from './run';
import { decodeText, utf8Length } from './text';
import type { ImportProblem, ImportResult, InputFile } from './types';

export interface CsvImportOptions {
  /** Folder or set name: the dataset id and title when dataset.csv gives none. */
  name?: string;
}

export function importCsvFiles(
  files: readonly InputFile[],
  options: CsvImportOptions = {},
): ImportResult {
  const single = files.length === 1 ? readEdgeList(files[0] as InputFile) : undefined;
  if (single) return single;
  const found: ImportProblem[] = [];
  const tables = readTables(files, found);
  if (tables.size === 0) {
    // Nothing to read: say why (an empty or oversized table), or that no file belongs.
    if (found.some((p) => p.severity === 'error')) return failed('csv', sortProblems(found));
    const names = files.map((f) => baseName(f.name)).join(', ') || '—';
    return failed('csv', [importProblem('csvNoFiles', undefined, { files: names })]);
  }
  if (!tables.has('entities') && !found.some((p) => p.at?.file.includes('entities'))) {
    found.push(importProblem('csvMissingFile', undefined, { file: 'entities.csv' }));
  }
  if (found.some((p) => p.severity === 'error' && p.path.length === 0 && isStructural(p.code))) {
    return failed('csv', sortProblems(found, fileOrder(tables)));
  }
  const gephi = files.some((file) => GEPHI_NAME.test(baseName(file.name)));
  return new CsvBuilder(tables, found, options, gephi).build();
}

/** Gephi's Data Laboratory exports its tables as nodes.csv and edges.csv. */
const GEPHI_NAME = /(?:^|[-_\s])(?:nodes|edges)\.(?:csv|tsv|txt)$/i;
/** A lone table of links under another tool's name (edges.csv, links.csv, connections.csv). */
const EDGES_NAME = /(?:^|[-_\s])(?:edges|links|connections)\.(?:csv|tsv|txt)$/i;

/**
 * One file that is not a table of the set (or is a lone edges.csv, which Gephi also reads by
 * itself), read as an edge list when its header looks like one; undefined otherwise.
 */
function readEdgeList(file: InputFile): ImportResult | undefined {
  const name = baseName(file.name);
  const table = tableOf(name);
  if (table !== undefined && !(table === 'relations' && EDGES_NAME.test(name))) return undefined;
  const decoded = decodeText(file.content);
  if (utf8Length(decoded.text) > MAX_DATASET_BYTES) return undefined;
  const result = importEdgeList(name, decoded.text);
  return result && withEncoding(result, { file: name, ...decoded });
}

/** Problems after which the rows cannot be trusted to mean what their header says. */
function isStructural(code: ImportProblem['code']): boolean {
  return [
    'csvEmpty',
    'csvMissingColumn',
    'csvDuplicateColumn',
    'csvUnclosedQuote',
    'csvMissingFile',
    'tooLarge',
  ].includes(code);
}
