/** What the lazy (index.ts) and eager (sync.ts) entry points share: decode, detect, report. */
import type { Dataset } from '../model/schema';
import { detectFormat } from './detect';
import { formatSpec } from './formats';
import { failed, importProblem } from './finish';
import { decodeText } from './text';
import type { ExportFile, ImportFormat, ImportResult, InputFile } from './types';
import { tableOf } from './csv-tables';

export type Importer = (text: string, file: string) => ImportResult;
export type Exporter = (data: Dataset) => ExportFile[];

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export interface Prepared {
  file: string;
  text: string;
  format?: ImportFormat;
  guessedEncoding?: string;
}

export function prepare(name: string, content: InputFile['content']): Prepared {
  const file = baseName(name);
  const { text, guessedEncoding } = decodeText(content);
  const format = detectFormat(file, text);
  return {
    file,
    text,
    ...(format ? { format } : {}),
    ...(guessedEncoding ? { guessedEncoding } : {}),
  };
}

/**
 * Runs an importer so that nothing it did not foresee reaches the reader as an exception or as
 * a programmer's message ("spec.cast is not a function"): it becomes readFailed, which says
 * what to do.
 */
export function runImporter(
  importer: () => ImportResult,
  format: ImportFormat,
  file: string,
): ImportResult {
  try {
    return importer();
  } catch {
    return failed(format, [
      importProblem('readFailed', { file }, { format: formatSpec(format).name }),
    ]);
  }
}

export function unknownFormat(file: string): ImportResult {
  return failed(undefined, [importProblem('unknownFormat', { file }, { file })]);
}

/** Adds the encoding warning (if the bytes were not UTF-8) to any result. */
export function withEncoding(result: ImportResult, prepared: Prepared): ImportResult {
  if (!prepared.guessedEncoding) return result;
  const warning = importProblem(
    'encodingGuessed',
    { file: prepared.file },
    { encoding: prepared.guessedEncoding },
    'warning',
  );
  return result.ok
    ? { ...result, warnings: [warning, ...result.warnings] }
    : { ...result, problems: [...result.problems, warning] };
}

/** Several files are a CSV set; so is one file named like a table of the set. */
export function isCsvSet(files: readonly InputFile[]): boolean {
  const [only] = files;
  return (
    files.length !== 1 ||
    (only !== undefined &&
      /\.(csv|tsv)$/i.test(only.name) &&
      tableOf(baseName(only.name)) !== undefined)
  );
}

/** The set's name: the common folder of the files, if they have one. */
export function setName(files: readonly InputFile[]): string | undefined {
  const first = files[0]?.name.split(/[\\/]/);
  if (!first || first.length < 2) return undefined;
  const folder = first[first.length - 2];
  return files.every((f) => f.name.split(/[\\/]/).slice(-2, -1)[0] === folder) ? folder : undefined;
}
