/** Choosing a format from a file's name and first bytes. Light: no parser is loaded here. */
import { tableOf } from './csv-tables';
import { looksLikeCytoscape } from './cytoscape-shape';
import { looksLikeKumu } from './kumu-shape';
import type { ImportFormat } from './types';

const BY_EXTENSION: Record<string, ImportFormat> = {
  gexf: 'gexf',
  graphml: 'graphml',
  cyjs: 'cytoscape',
  csv: 'csv',
  tsv: 'csv',
};

function extension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The format of one file: by extension where it is unambiguous, else by content (XML root
 * element; JSON shape: our dataset has "version" and "entities", a Kumu blueprint "elements"
 * and "connections", Cytoscape elements carry "data", with or without the "elements" wrapper).
 * Undefined when nothing fits. Any .csv is CSV: a set's table, or one edge list.
 */
export function detectFormat(name: string, text: string): ImportFormat | undefined {
  const byName = BY_EXTENSION[extension(name)];
  if (byName) return byName;
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<')) {
    const root = /<(?:[\w-]+:)?(gexf|graphml)[\s>]/i.exec(
      head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''),
    );
    return root ? ((root[1] as string).toLowerCase() as ImportFormat) : undefined;
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      // Invalid JSON: our loader reports where, which is the most useful message.
      return 'relgraph';
    }
    return detectJson(value);
  }
  if (tableOf(name)) return 'csv';
  return undefined;
}

export function detectJson(value: unknown): ImportFormat | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if ('version' in record && ('entities' in record || 'relations' in record)) return 'relgraph';
  }
  if (looksLikeKumu(value)) return 'kumu';
  if (looksLikeCytoscape(value)) return 'cytoscape';
  return undefined;
}
