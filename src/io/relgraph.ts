/** Our own dataset JSON: read by the loader itself, written pretty-printed. */
import { loadDatasetText } from '../model/load';
import type { Dataset } from '../model/schema';
import type { ExportFile, ImportResult } from './types';
import { exportSpec } from './formats';

const JSON_MIME = exportSpec('json').writes.mime;

export function importRelgraph(text: string): ImportResult {
  const result = loadDatasetText(text);
  return result.ok
    ? { ok: true, format: 'relgraph', dataset: result.index.data, warnings: result.warnings }
    : { ok: false, format: 'relgraph', problems: result.problems };
}

export function exportJson(data: Dataset): ExportFile {
  return {
    filename: `${data.id}.json`,
    mime: JSON_MIME,
    content: `${JSON.stringify(data, null, 2)}\n`,
  };
}
