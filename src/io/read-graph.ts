/**
 * From the reader's files to a graph the app can show: import (decode, detect, parse, map),
 * then validate and index (src/model). Pure and synchronous at heart, so the same steps run in
 * the import worker (read-graph.worker.ts) and, where no worker can start, on the page.
 */
import { decodeText } from './text';
import { fromDataset } from '../model/load';
import type { GraphIndex } from '../model/graph-index';
import { formatPath, type Problem } from '../model/problems';
import { importFiles } from './index';
import type { ImportProblem, InputFile } from './types';

/** The steps a reader is told about while a file opens, in order. */
export const READ_STAGES = ['reading', 'checking'] as const;
export type ReadStage = (typeof READ_STAGES)[number];

export type ReadGraphResult =
  | {
      ok: true;
      index: GraphIndex;
      warnings: ImportProblem[];
      /** The files as text, for storing them so a reload brings them back. */
      texts: { name: string; text: string }[];
    }
  | { ok: false; problems: ImportProblem[] };

/** A problem without a place in the input still names the file when there is only one. */
function located(problems: readonly Problem[], inputs: readonly InputFile[]): ImportProblem[] {
  const only = inputs.length === 1 ? inputs[0]?.name : undefined;
  return problems.map((item: ImportProblem) => {
    if (item.at || !only) return item;
    const field = formatPath(item.path);
    return { ...item, at: field ? { file: only, field } : { file: only } };
  });
}

/** The importer already reports the model's warnings; the index check may repeat them. */
function mergeWarnings(
  imported: readonly ImportProblem[],
  checked: readonly Problem[],
): ImportProblem[] {
  const key = (p: Problem) => `${p.code}|${formatPath(p.path)}`;
  const seen = new Set(imported.map(key));
  return [...imported, ...checked.filter((p) => !seen.has(key(p)))];
}

export async function readGraph(
  inputs: readonly InputFile[],
  onStage: (stage: ReadStage) => void = () => {},
): Promise<ReadGraphResult> {
  onStage('reading');
  const result = await importFiles(inputs);
  if (!result.ok) return { ok: false, problems: located(result.problems, inputs) };
  onStage('checking');
  const loaded = fromDataset(result.dataset);
  if (!loaded.ok) return { ok: false, problems: located(loaded.problems, inputs) };
  return {
    ok: true,
    index: loaded.index,
    warnings: mergeWarnings(result.warnings, loaded.warnings),
    texts: inputs.map((input) => ({ name: input.name, text: decodeText(input.content).text })),
  };
}
