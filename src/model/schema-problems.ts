import type { z } from 'zod/mini';
import { LANGS } from './schema';
import { problem, type PathSegment, type Problem } from './problems';

type Issue = z.core.$ZodIssue;

const CUSTOM_CODES = new Set([
  'badId',
  'badColor',
  'notHttpUrl',
  'badDate',
  'badLanguage',
  'badRevisionDate',
  'revisionNoteEmpty',
]);

/** Turns zod issues into problems a non-programmer can act on (codes resolved by i18n). */
export function issuesToProblems(issues: readonly Issue[], input: unknown): Problem[] {
  return issues.flatMap((issue) => issueToProblems(issue, input));
}

function issueToProblems(issue: Issue, input: unknown): Problem[] {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  const last = path[path.length - 1];
  const value = valueAt(input, path);

  // JSON.parse reads 1e999 as Infinity, which JSON.stringify would show as "null".
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return [problem('numberTooLarge', path)];
  }
  if (CUSTOM_CODES.has(issue.message)) {
    return [problem(issue.message as Problem['code'], path, { value: show(value) })];
  }

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        if (typeof last === 'string' && (LANGS as readonly string[]).includes(last)) {
          return [problem('missingLanguage', path, { lang: last })];
        }
        return [problem('required', path, { field: String(last ?? '') })];
      }
      return [problem('wrongType', path, { expected: issue.expected, value: show(value) })];
    }
    case 'too_small': {
      if (typeof value === 'string' && typeof last === 'string' && LANGS.includes(last as never)) {
        return [problem('missingLanguage', path, { lang: last })];
      }
      if (Array.isArray(value)) {
        return [problem('tooFew', path, { min: Number(issue.minimum) })];
      }
      if (typeof value === 'string') return [problem('required', path, { field: String(last) })];
      return [problem('outOfRange', path, { value: show(value) })];
    }
    case 'too_big':
      return [problem('outOfRange', path, { value: show(value) })];
    case 'invalid_value': {
      if (last === 'version' && path.length === 1) {
        if (value === undefined) return [problem('required', path, { field: 'version' })];
        if (typeof value !== 'number') {
          return [problem('wrongType', path, { expected: 'number', value: show(value) })];
        }
        return [problem('unsupportedVersion', path, { value, supported: 1 })];
      }
      return [
        problem('unknownValue', path, {
          value: show(value),
          allowed: issue.values.map(String).join(', '),
        }),
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => problem('unknownField', [...path, key], { field: key }));
    case 'invalid_format':
      return [problem('invalid', path, { value: show(value), detail: issue.format })];
    default:
      return [problem('invalid', path, { value: show(value), detail: issue.message })];
  }
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A short, printable form of an offending value; text is quoted so "2" differs from 2. */
function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
