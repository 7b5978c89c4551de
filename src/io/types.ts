/**
 * The import/export API's shared types. Everything in src/io is pure TypeScript (no React, no
 * cytoscape) and runs in the browser, in a worker and in Node.
 */
import type { Dataset } from '../model/schema';
import type { Problem } from '../model/problems';

/** Formats we read. `relgraph` is our own dataset JSON. */
export const IMPORT_FORMATS = ['relgraph', 'gexf', 'graphml', 'cytoscape', 'kumu', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Formats we write. `json` is our own dataset JSON; `csv` is the set of CSV files. */
export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'cytoscape', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File content as read from disk or a File: text, or bytes (decoded as UTF-8, with fallbacks). */
export type FileContent = string | ArrayBuffer | Uint8Array;

export interface InputFile {
  name: string;
  content: FileContent;
}

/**
 * Where in the *input* a problem is: the file, and for a CSV the spreadsheet row (1 = the
 * header) and column; for XML the line; for a graph the node or edge id; for JSON a field path.
 */
export interface SourceLocation {
  file: string;
  row?: number;
  line?: number;
  column?: string;
  node?: string;
  edge?: string;
  field?: string;
}

/** A model problem (code, severity, dataset path, params) plus where it is in the input. */
export interface ImportProblem extends Problem {
  at?: SourceLocation;
}

export type ImportResult =
  | { ok: true; format: ImportFormat; dataset: Dataset; warnings: ImportProblem[] }
  | { ok: false; format?: ImportFormat; problems: ImportProblem[] };

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

/** One file for every format but `csv`, which gives one file per table of the set. */
export interface ExportResult {
  format: ExportFormat;
  files: ExportFile[];
  /** What the format could not carry as it is (e.g. control characters in XML), by path. */
  warnings: Problem[];
}
