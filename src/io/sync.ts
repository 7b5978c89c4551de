/**
 * The same API as index.ts, loaded eagerly and synchronous: for Node (CLI, tests) and workers.
 * In Node, call installNodeDom() (./node-dom) before importing this module: the GEXF and
 * GraphML readers need a DOMParser when they load.
 */
import type { Dataset } from '../model/schema';
import { exportWarnings } from './fields';
import { exportCsvSet } from './csv-export';
import { importCsvFiles } from './csv-import';
import { exportCytoscape, importCytoscape } from './cytoscape';
import { exportGexf, importGexf } from './gexf';
import { exportGraphml, importGraphml } from './graphml';
import { importKumu } from './kumu';
import { exportJson, importRelgraph } from './relgraph';
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
  ExportFormat,
  ExportResult,
  FileContent,
  ImportFormat,
  ImportResult,
  InputFile,
} from './types';

const IMPORTERS: Record<ImportFormat, Importer> = {
  relgraph: importRelgraph,
  gexf: importGexf,
  graphml: importGraphml,
  cytoscape: importCytoscape,
  kumu: importKumu,
  csv: (text, file) => importCsvFiles([{ name: file, content: text }]),
};

export function importFileSync(name: string, content: FileContent): ImportResult {
  const prepared = prepare(name, content);
  if (!prepared.format) return unknownFormat(prepared.file);
  const { format } = prepared;
  const result = runImporter(
    () => IMPORTERS[format](prepared.text, prepared.file),
    format,
    prepared.file,
  );
  return withEncoding(result, prepared);
}

export function importFilesSync(
  files: readonly InputFile[],
  options: { name?: string } = {},
): ImportResult {
  if (files.length === 1 && !isCsvSet(files)) {
    const only = files[0] as InputFile;
    return importFileSync(only.name, only.content);
  }
  const name = options.name ?? setName(files);
  return runImporter(
    () => importCsvFiles(files, name ? { name } : {}),
    'csv',
    baseName(files[0]?.name ?? 'CSV'),
  );
}

const EXPORTERS: Record<ExportFormat, Exporter> = {
  json: (data) => [exportJson(data)],
  gexf: (data) => [exportGexf(data)],
  graphml: (data) => [exportGraphml(data)],
  cytoscape: (data) => [exportCytoscape(data)],
  csv: exportCsvSet,
};

export function exportDatasetSync(data: Dataset, format: ExportFormat): ExportResult {
  return { format, files: EXPORTERS[format](data), warnings: exportWarnings(data, format) };
}
