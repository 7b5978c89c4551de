import { jsonErrorOffset } from './json-error-offset';
import { findDuplicateKeys } from './duplicate-keys';
import { problem, type Problem } from './problems';

/** Default cap on a dataset file, checked before parsing. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

/** Keys that could reach an object prototype if a later step copied them with assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult =
  { ok: true; value: unknown; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Parses dataset text: accepts a UTF-8 byte-order mark, refuses prototype keys (reported with
 * their path rather than dropped), and turns syntax errors into a line and column.
 */
/** Real datasets nest about 8 deep; far deeper input is an attack on the stack, not data. */
export const MAX_DEPTH = 64;

export interface ParseOptions {
  /** Checked right after parsing, before the slower walks: a reason to refuse the value whole. */
  refuse?: (value: unknown) => Problem | null;
}

export function parseJsonText(
  text: string,
  maxBytes = MAX_DATASET_BYTES,
  options: ParseOptions = {},
): ParseResult {
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
  const refused = options.refuse?.(value);
  if (refused) return { ok: false, problems: [refused] };
  const forbidden: Problem[] = [];
  findForbiddenKeys(value, forbidden);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };
  return { ok: true, value, warnings: findDuplicateKeys(body) };
}

interface Visit {
  value: unknown;
  key: string | number;
  parent: Visit | null;
  depth: number;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Walks the parsed value with an explicit stack (no recursion), so depth cannot crash us. Each
 * entry points at its parent instead of copying its path: 20 MB of data is millions of values.
 */
function findForbiddenKeys(root: unknown, out: Problem[]): void {
  const stack: Visit[] = [{ value: root, key: '', parent: null, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { value } = visit;
    if (value === null || typeof value !== 'object') continue;
    if (visit.depth > MAX_DEPTH) {
      out.push(problem('tooDeep', pathOf(visit).slice(0, 8), { max: MAX_DEPTH }));
      return;
    }
    const depth = visit.depth + 1;
    if (Array.isArray(value)) {
      // Pushed in reverse so problems come out in document order.
      for (let index = value.length - 1; index >= 0; index--) {
        const item: unknown = value[index];
        if (item !== null && typeof item === 'object') {
          stack.push({ value: item, key: index, parent: visit, depth });
        }
      }
      continue;
    }
    // JSON.parse defines "__proto__" as an own property, so Object.keys sees it.
    const keys = Object.keys(value);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key))
        out.push(problem('forbiddenKey', [...pathOf(visit), key], { key }));
    }
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k] as string;
      const item = (value as Record<string, unknown>)[key];
      if (!FORBIDDEN_KEYS.has(key) && item !== null && typeof item === 'object') {
        stack.push({ value: item, key, parent: visit, depth });
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
