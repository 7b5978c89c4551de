import { jsonErrorOffset } from './json-error-offset';
import { problem, type Problem } from './problems';

/** Default cap on a dataset file, checked before parsing. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

/** Keys that could reach an object prototype if a later step copied them with assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/**
 * Parses dataset text: accepts a UTF-8 byte-order mark, refuses prototype keys (reported with
 * their path rather than dropped), and turns syntax errors into a line and column.
 */
export function parseJsonText(text: string, maxBytes = MAX_DATASET_BYTES): ParseResult {
  const size = text.length;
  if (size > maxBytes) {
    return {
      ok: false,
      problems: [problem('tooLarge', [], { size: megabytes(size), max: megabytes(maxBytes) })],
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(body, error)] };
  }
  const forbidden: Problem[] = [];
  findForbiddenKeys(value, [], forbidden);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };
  return { ok: true, value };
}

function findForbiddenKeys(value: unknown, path: (string | number)[], out: Problem[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => findForbiddenKeys(item, [...path, index], out));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  // JSON.parse defines "__proto__" as an own property, so Object.keys sees it.
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) out.push(problem('forbiddenKey', [...path, key], { key }));
    else findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out);
  }
}

function syntaxProblem(text: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  const offset = Math.max(0, jsonErrorOffset(text));
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const near = text.slice(offset, offset + 20).split('\n')[0] || '(end of file)';
  return problem('invalidJson', [], { line, column, near, detail });
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
