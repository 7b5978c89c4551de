import {
  claim,
  dataset,
  DATASET_VERSION,
  entity,
  relation,
  relationType,
  source,
  story,
  type Dataset,
} from './schema';
import { checkIntegrity } from './integrity';
import { parseJsonText, MAX_DATASET_BYTES } from './parse-json';
import { formatPath, problem, type Problem } from './problems';
import { issuesToProblems } from './schema-problems';
import { buildIndex, type GraphIndex } from './graph-index';
import { MAX_ENTITIES, MAX_PROBLEMS, MAX_RELATIONS } from './limits';
import { stripBidiControls } from './bidi';
import { nameElements } from './locate';

export type LoadResult =
  { ok: true; index: GraphIndex; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** parse → migrate → validate → referential integrity → a ready-to-query index. */
export function loadDatasetText(text: string, maxBytes = MAX_DATASET_BYTES): LoadResult {
  const parsed = parseJsonText(text, maxBytes, {
    refuse: (value) => (isRecord(value) ? tooManyElements(value) : null),
  });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const result = loadUnnamed(parsed.value);
  const all: LoadResult =
    parsed.warnings.length === 0
      ? result
      : result.ok
        ? { ...result, warnings: capped([...parsed.warnings, ...result.warnings]) }
        : { ok: false, problems: capped([...parsed.warnings, ...result.problems]) };
  return named(all, parsed.value, text);
}

/** Problems say which element they are in ("relation "iran-backs-hamas", line 214"). */
function named(result: LoadResult, raw: unknown, text?: string): LoadResult {
  return result.ok
    ? { ...result, warnings: nameElements(result.warnings, raw, text) }
    : { ok: false, problems: nameElements(result.problems, raw, text) };
}

export function loadDatasetValue(value: unknown): LoadResult {
  return named(loadUnnamed(value), value);
}

function loadUnnamed(value: unknown): LoadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [problem('notAnObject', [])] };
  }
  // Counted before validation: validating 145,000 relations alone takes seconds.
  const tooMany = tooManyElements(value as Record<string, unknown>);
  if (tooMany) return { ok: false, problems: [tooMany] };
  const migrated = migrate(value as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, problems: migrated.problems };
  const result = validate(migrated.value);
  if (!result.ok) {
    // Past the cap only the count matters: converting 300,000 issues took seconds.
    const problems = issuesToProblems(result.issues.slice(0, MAX_PROBLEMS), migrated.value);
    const unlisted = result.issues.length - Math.min(result.issues.length, MAX_PROBLEMS);
    if (unlisted > 0) {
      // References are checked once the shapes are right: the next run lists those.
      const code = result.stopped ? 'problemsStopped' : 'moreProblems';
      return {
        ok: false,
        problems: [...problems, problem(code, [], { count: unlisted, max: MAX_PROBLEMS })],
      };
    }
    return {
      ok: false,
      problems: capped([...problems, ...looseIntegrity(migrated.value, problems)]),
    };
  }
  return fromDataset(result.data);
}

const LISTS = {
  sources: source,
  entities: entity,
  relationTypes: relationType,
  relations: relation,
  claims: claim,
  stories: story,
} as const;

/** Validation stops collecting here (and says so): ten times what the report lists. */
const STOP_AFTER = MAX_PROBLEMS * 10;

type Issue = Parameters<typeof issuesToProblems>[0][number];

/**
 * The dataset schema, applied list item by list item. Same result as `dataset.safeParse`, but
 * zod gathers an array's issues with `push(...issues)`, which overflows the stack past ~100,000
 * of them (a file with 300,000 problems crashed the loader): here each item's few issues are
 * added one by one.
 */
function validate(
  raw: Record<string, unknown>,
): { ok: true; data: Dataset } | { ok: false; issues: Issue[]; stopped: boolean } {
  const shell: Record<string, unknown> = { ...raw };
  for (const key of Object.keys(LISTS)) if (Array.isArray(raw[key])) shell[key] = [];
  const head = dataset.safeParse(shell);
  const issues: Issue[] = head.success ? [] : [...head.error.issues];
  const lists = new Map<string, unknown[]>();
  for (const [key, schema] of Object.entries(LISTS)) {
    const items = raw[key];
    if (!Array.isArray(items)) continue;
    const parsed: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      // Far past what anyone reads, stop: validating 300,000 problems blocks the page for seconds.
      if (issues.length >= STOP_AFTER) return { ok: false, issues, stopped: true };
      const result = schema.safeParse(items[i]);
      if (result.success) parsed.push(result.data);
      else {
        for (const issue of result.error.issues) {
          issues.push({ ...issue, path: [key, i, ...issue.path] });
        }
      }
    }
    lists.set(key, parsed);
  }
  if (!head.success || issues.length > 0) return { ok: false, issues, stopped: false };
  return { ok: true, data: { ...head.data, ...Object.fromEntries(lists) } as Dataset };
}

/** For data built in code (importers, generators): integrity check and index. */
export function fromDataset(input: Dataset): LoadResult {
  const tooMany = tooManyElements(input as unknown as Record<string, unknown>);
  if (tooMany) return { ok: false, problems: [tooMany] };
  const { data, problems: bidi } = stripBidiControls(input);
  const found = [...bidi, ...checkIntegrity(data)];
  const errors = found.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: capped(found) };
  return { ok: true, index: buildIndex(data), warnings: capped(found) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Above the limits (limits.ts) the page would freeze: refuse, saying how big it is. */
function tooManyElements(raw: Record<string, unknown>): Problem | null {
  const count = (key: string) => (Array.isArray(raw[key]) ? raw[key].length : 0);
  const entities = count('entities');
  const relations = count('relations') + count('claims');
  if (entities <= MAX_ENTITIES && relations <= MAX_RELATIONS) return null;
  return problem('tooManyElements', [], {
    entities,
    relations,
    maxEntities: MAX_ENTITIES,
    maxRelations: MAX_RELATIONS,
  });
}

/**
 * The first MAX_PROBLEMS problems, then one that says how many more there are: a list of
 * 300,000 helps nobody and took the page 96 s to draw. Errors come before warnings.
 */
export function capped(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const ordered = [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity !== 'error'),
  ];
  const rest = ordered.length - MAX_PROBLEMS;
  const severity = ordered.slice(MAX_PROBLEMS).some((p) => p.severity === 'error')
    ? 'error'
    : 'warning';
  return [
    ...ordered.slice(0, MAX_PROBLEMS),
    problem('moreProblems', [], { count: rest, max: MAX_PROBLEMS }, severity),
  ];
}

type Migration = (input: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from older format versions, keyed by the version they upgrade from. Version 1 is
 * the first; the table is where version 2 will add `1: (v1) => v2`.
 */
const MIGRATIONS = new Map<number, Migration>();

function migrate(
  input: Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  let current = input;
  let version = current.version;
  while (typeof version === 'number' && version < DATASET_VERSION) {
    const step = MIGRATIONS.get(version);
    if (!step) break;
    current = step(current);
    version = current.version;
  }
  if (typeof version === 'number' && version > DATASET_VERSION) {
    return {
      ok: false,
      problems: [
        problem('unsupportedVersion', ['version'], {
          value: version,
          supported: DATASET_VERSION,
        }),
      ],
    };
  }
  return { ok: true, value: current };
}

/**
 * When the shape is wrong we still check references on what is there, so one run reports
 * every problem. Best effort: data too broken to walk just yields the schema problems.
 */
function looseIntegrity(raw: Record<string, unknown>, known: readonly Problem[]): Problem[] {
  const list = (key: string) =>
    (Array.isArray(raw[key]) ? (raw[key] as unknown[]) : []).map((item) =>
      item !== null && typeof item === 'object' ? item : {},
    );
  const loose = {
    ...raw,
    sources: list('sources'),
    entities: list('entities'),
    relationTypes: list('relationTypes'),
    relations: list('relations'),
    claims: list('claims'),
    stories: list('stories'),
  } as unknown as Dataset;
  const seen = new Set(known.map((p) => formatPath(p.path)));
  try {
    return checkIntegrity(loose).filter((p) => !seen.has(formatPath(p.path)));
  } catch {
    return [];
  }
}

/** How many errors a capped report stands for: those listed, plus what its last line counts. */
export function errorCount(problems: readonly Problem[]): number {
  let count = 0;
  for (const item of problems) {
    if (item.severity !== 'error') continue;
    if (item.code === 'moreProblems' || item.code === 'problemsStopped') {
      count += Number(item.params.count) || 0;
    } else count++;
  }
  return count;
}
