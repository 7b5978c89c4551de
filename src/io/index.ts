/**
 * The import/export API for the app. Parsers are loaded on demand (GEXF and GraphML pull in
 * graphology), so none of them is in the main bundle; only format detection and the types are.
 *
 *   const result = await importFile(file.name, await file.arrayBuffer());
 *   if (result.ok) useDataset(result.dataset); else show(result.problems);
 *
 *   const { files } = await exportDataset(dataset, 'gexf'); // one file; 'csv' gives the set
 */
import type { Dataset } from '../model/schema';
import type { CsvTable } from './csv-tables';
import {
  baseName,
  isCsvSet,
  prepare,
  runImporter,
  setName,
  unknownFormat,
  withEncoding,
  type Exporter,
  type Importer,
} from './run';
import type {
  ExportFile,
  ExportFormat,
  ExportResult,
  FileContent,
  ImportFormat,
  ImportResult,
  InputFile,
} from './types';

export * from './types';
export { detectFormat } from './detect';
export { CSV_TABLES, csvFileName, type CsvTable } from './csv-tables';
export { describeImportProblem, describeLocation } from './describe';

const IMPORTERS: Record<ImportFormat, () => Promise<Importer>> = {
  relgraph: async () => (await import('./relgraph')).importRelgraph,
  gexf: async () => (await import('./gexf')).importGexf,
  graphml: async () => (await import('./graphml')).importGraphml,
  cytoscape: async () => (await import('./cytoscape')).importCytoscape,
  kumu: async () => (await import('./kumu')).importKumu,
  csv: async () => {
    const { importCsvFiles } = await import('./csv-import');
    return (text, file) => importCsvFiles([{ name: file, content: text }]);
  },
};

/** One file, format chosen by name and content. A single CSV file is a set of one table. */
export async function importFile(name: string, content: FileContent): Promise<ImportResult> {
  const prepared = prepare(name, content);
  if (!prepared.format) return unknownFormat(prepared.file);
  const importer = await IMPORTERS[prepared.format]();
  const result = runImporter(
    () => importer(prepared.text, prepared.file),
    prepared.format,
    prepared.file,
  );
  return withEncoding(result, prepared);
}

/**
 * Several files: the CSV set (entities.csv, relations.csv, …, named as in the templates), or
 * one file of any format. `name` (default: the files' folder) names a set without dataset.csv.
 */
export async function importFiles(
  files: readonly InputFile[],
  options: { name?: string } = {},
): Promise<ImportResult> {
  if (files.length === 1 && !isCsvSet(files)) {
    const only = files[0] as InputFile;
    return importFile(only.name, only.content);
  }
  const { importCsvFiles } = await import('./csv-import');
  const name = options.name ?? setName(files);
  return runImporter(
    () => importCsvFiles(files, name ? { name } : {}),
    'csv',
    baseName(files[0]?.name ?? 'CSV'),
  );
}

const EXPORTERS: Record<ExportFormat, () => Promise<Exporter>> = {
  json: async () => {
    const { exportJson } = await import('./relgraph');
    return (data) => [exportJson(data)];
  },
  gexf: async () => {
    const { exportGexf } = await import('./gexf');
    return (data) => [exportGexf(data)];
  },
  graphml: async () => {
    const { exportGraphml } = await import('./graphml');
    return (data) => [exportGraphml(data)];
  },
  cytoscape: async () => {
    const { exportCytoscape } = await import('./cytoscape');
    return (data) => [exportCytoscape(data)];
  },
  csv: async () => (await import('./csv-export')).exportCsvSet,
};

/** The dataset in a format: one file, or for `csv` one file per table of the set. */
export async function exportDataset(data: Dataset, format: ExportFormat): Promise<ExportResult> {
  const exporter = await EXPORTERS[format]();
  const { exportWarnings } = await import('./fields');
  return { format, files: exporter(data), warnings: exportWarnings(data, format) };
}

/** One table of the CSV set (entities.csv, relations.csv, …). */
export async function exportCsvTable(data: Dataset, table: CsvTable): Promise<ExportFile> {
  return (await import('./csv-export')).exportCsvTable(data, table);
}
