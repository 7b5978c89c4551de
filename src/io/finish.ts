/** The last step of every importer: validate like the loader does, and say where in the input. */
import { loadDatasetValue } from '../model/load';
import {
  formatPath,
  problem,
  type PathSegment,
  type Problem,
  type ProblemCode,
  type Severity,
} from '../model/problems';
import type { ImportFormat, ImportProblem, ImportResult, SourceLocation } from './types';

export function importProblem(
  code: ProblemCode,
  at: SourceLocation | undefined,
  params: Record<string, string | number> = {},
  severity: Severity = 'error',
  path: PathSegment[] = [],
): ImportProblem {
  const base = problem(code, path, params, severity);
  return at ? { ...base, at } : base;
}

/** Maps a dataset path (e.g. relations[3].source) to where that value came from. */
export type Locate = (path: readonly PathSegment[]) => SourceLocation | undefined;

/** Adds what the JSON reader noticed (duplicate keys) to an import's result, with the file. */
export function withParseWarnings(
  result: ImportResult,
  warnings: readonly Problem[],
  file: string,
): ImportResult {
  if (warnings.length === 0) return result;
  const located = warnings.map((p): ImportProblem => ({
    ...p,
    at: { file, ...(typeof p.params.line === 'number' ? { line: p.params.line } : {}) },
  }));
  return result.ok
    ? { ...result, warnings: [...located, ...result.warnings] }
    : { ...result, problems: [...result.problems, ...located] };
}

/**
 * Adds what a reader noticed before building (types read as text, groups…) to a result: with
 * the warnings of a success, or after the problems of a failure, where they still explain.
 */
export function withWarnings(result: ImportResult, extra: readonly ImportProblem[]): ImportResult {
  if (extra.length === 0) return result;
  return result.ok
    ? { ...result, warnings: sortProblems([...extra, ...result.warnings]) }
    : { ...result, problems: [...result.problems, ...extra] };
}

export function failed(format: ImportFormat | undefined, problems: ImportProblem[]): ImportResult {
  return format ? { ok: false, format, problems } : { ok: false, problems };
}

/**
 * Validates the built dataset with the loader (schema, then referential integrity), maps every
 * problem back to the input, and merges the importer's own findings. Nothing is returned as a
 * dataset when any error is found. A model problem at a path the importer already reported is
 * dropped, so each cell gets the most specific message once.
 */
export function finishImport(
  format: ImportFormat,
  built: unknown,
  found: readonly ImportProblem[],
  locate: Locate,
  fileOrder: readonly string[] = [],
): ImportResult {
  const result = loadDatasetValue(built);
  const reported = new Set(
    found.filter((p) => p.severity === 'error' && p.path.length > 0).map((p) => formatPath(p.path)),
  );
  const model = (result.ok ? result.warnings : result.problems)
    .filter((p) => !reported.has(formatPath(p.path)))
    .map((p): ImportProblem => {
      const at = locate(p.path);
      return at ? { ...p, at } : p;
    });
  const all = sortProblems([...found, ...model], fileOrder);
  if (!result.ok || all.some((p) => p.severity === 'error')) return failed(format, all);
  return { ok: true, format, dataset: result.index.data, warnings: all };
}

/**
 * Errors first; then by file (in `fileOrder`, then as they first appear), row and line, so a
 * report reads top to bottom. Problems about the input as a whole come after those in a file.
 */
export function sortProblems(
  list: readonly ImportProblem[],
  fileOrder: readonly string[] = [],
): ImportProblem[] {
  const files = [...fileOrder];
  for (const p of list) if (p.at && !files.includes(p.at.file)) files.push(p.at.file);
  const rank = (p: ImportProblem) => [
    p.severity === 'error' ? 0 : 1,
    p.at ? files.indexOf(p.at.file) : files.length,
    p.at?.row ?? p.at?.line ?? 0,
  ];
  return list
    .map((p, i) => ({ p, i, r: rank(p) }))
    .sort((a, b) => {
      for (let k = 0; k < a.r.length; k++) {
        const d = (a.r[k] as number) - (b.r[k] as number);
        if (d !== 0) return d;
      }
      return a.i - b.i;
    })
    .map(({ p }) => p);
}

/** The CSV reader's syntax errors as problems, each at its file, row, line and column name. */
export function csvSyntaxProblems(
  errors: readonly { code: ImportProblem['code']; row: number; line: number; cell: number }[],
  file: string,
  columnName: (cell: number) => string,
): ImportProblem[] {
  return errors.map((error) =>
    importProblem(error.code, {
      file,
      row: error.row,
      line: error.line,
      column: columnName(error.cell),
    }),
  );
}
