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
/** Real datasets nest about 8 deep; far deeper input is an attack on the stack, not data. */
export const MAX_DEPTH = 64;

export function parseJsonText(text: string, maxBytes = MAX_DATASET_BYTES): ParseResult {
  const size = utf8Length(text);
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

/** Walks the parsed value with an explicit stack (no recursion), so depth cannot crash us. */
function findForbiddenKeys(root: unknown, _path: (string | number)[], out: Problem[]): void {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (value === null || typeof value !== 'object') continue;
    if (path.length > MAX_DEPTH) {
      out.push(problem('tooDeep', path.slice(0, 8), { max: MAX_DEPTH }));
      return;
    }
    if (Array.isArray(value)) {
      // Pushed in reverse so problems come out in document order.
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], path: [...path, index] });
      }
      continue;
    }
    // JSON.parse defines "__proto__" as an own property, so Object.keys sees it.
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) out.push(problem('forbiddenKey', [...path, key], { key }));
    }
    for (const key of keys.reverse()) {
      if (!FORBIDDEN_KEYS.has(key)) {
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
}

/** UTF-8 size without encoding the whole text (Arabic letters are two bytes each). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
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

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(2);
}
