/**
 * The one list of the formats we exchange with other tools: what each is called, which file
 * names choose it, how its content is recognised, and whether and how we write it. Detection,
 * the file picker, the download menu, messages and the CLI all read it; the parsers themselves
 * are loaded on demand by index.ts (lazy) and sync.ts (eager), both keyed by these ids, so a
 * new format is one entry here plus its reader and writer.
 *
 * Light on purpose (it is in the page's bundle): names, patterns and shape tests only.
 */
import { tableOf } from './csv-tables';
import { looksLikeCytoscape } from './cytoscape-shape';
import { looksLikeKumu } from './kumu-shape';
import type { ExportFormat, ImportFormat } from './types';

export interface FormatSpec {
  id: ImportFormat;
  /** As the tools that write it call it (messages, the CLI's ✓ line). */
  name: string;
  /** Extensions (no dot, lower case) that choose this format by the name alone. */
  extensions: readonly string[];
  /** What the file picker offers for it, when the name alone does not decide (.json, .xml). */
  accepts: readonly string[];
  /** The root element of an XML file of this format. */
  xmlRoot?: string;
  /** Whether a parsed JSON value is this format; asked in the order of FORMATS. */
  isJson?: (value: unknown) => boolean;
  /** Whether a file of another extension is this format by its name (a CSV set's tables). */
  isNamed?: (name: string) => boolean;
  /** How we write it, when we do: the menu's and the CLI's id, and the file it makes. */
  writes?: { id: ExportFormat; extension: string; mime: string };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** In the download menu's order (of those we write) and the order JSON shapes are tried. */
export const FORMATS: readonly FormatSpec[] = [
  {
    id: 'relgraph',
    name: 'relgraph JSON',
    extensions: [],
    accepts: ['.json'],
    isJson: (value) =>
      isRecord(value) && 'version' in value && ('entities' in value || 'relations' in value),
    writes: { id: 'json', extension: '.json', mime: 'application/json' },
  },
  {
    id: 'gexf',
    name: 'GEXF',
    extensions: ['gexf'],
    accepts: ['.gexf', '.xml'],
    xmlRoot: 'gexf',
    writes: { id: 'gexf', extension: '.gexf', mime: 'application/gexf+xml' },
  },
  {
    id: 'graphml',
    name: 'GraphML',
    extensions: ['graphml'],
    accepts: ['.graphml', '.xml'],
    xmlRoot: 'graphml',
    writes: { id: 'graphml', extension: '.graphml', mime: 'application/graphml+xml' },
  },
  {
    id: 'kumu',
    name: 'Kumu JSON',
    extensions: [],
    accepts: ['.json'],
    isJson: looksLikeKumu,
  },
  {
    id: 'cytoscape',
    name: 'Cytoscape.js JSON',
    extensions: ['cyjs'],
    accepts: ['.cyjs', '.json'],
    isJson: looksLikeCytoscape,
    writes: { id: 'cytoscape', extension: '.cyjs', mime: 'application/json' },
  },
  {
    id: 'csv',
    name: 'CSV',
    extensions: ['csv', 'tsv'],
    accepts: ['.csv', '.tsv', '.txt'],
    isNamed: (name) => tableOf(name) !== undefined,
    // A set of files, one per table: written into a folder (no extension of its own).
    writes: { id: 'csv', extension: '', mime: 'text/csv;charset=utf-8' },
  },
];

export function formatSpec(id: ImportFormat): FormatSpec {
  return FORMATS.find((spec) => spec.id === id) as FormatSpec;
}

/** The formats we write, in the menu's order. */
export const WRITABLE: readonly (FormatSpec & { writes: NonNullable<FormatSpec['writes']> })[] =
  FORMATS.filter((spec): spec is FormatSpec & { writes: NonNullable<FormatSpec['writes']> } =>
    Boolean(spec.writes),
  );

export function exportSpec(id: ExportFormat) {
  return WRITABLE.find((spec) => spec.writes.id === id) as (typeof WRITABLE)[number];
}

/** The file picker's `accept`: every extension a format reads, once. */
export const ACCEPTED_EXTENSIONS: string = [
  ...new Set(FORMATS.flatMap((spec) => [...spec.extensions.map((e) => `.${e}`), ...spec.accepts])),
].join(',');
