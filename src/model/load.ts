import { dataset, DATASET_VERSION, type Dataset } from './schema';
import { checkIntegrity } from './integrity';
import { parseJsonText, MAX_DATASET_BYTES } from './parse-json';
import { formatPath, problem, type Problem } from './problems';
import { issuesToProblems } from './schema-problems';
import { buildIndex, type GraphIndex } from './graph-index';
import { MAX_ENTITIES, MAX_PROBLEMS, MAX_RELATIONS } from './limits';
import { stripBidiControls } from './bidi';

export type LoadResult =
  { ok: true; index: GraphIndex; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** parse → migrate → validate → referential integrity → a ready-to-query index. */
export function loadDatasetText(text: string, maxBytes = MAX_DATASET_BYTES): LoadResult {
  const parsed = parseJsonText(text, maxBytes, {
    refuse: (value) => (isRecord(value) ? tooManyElements(value) : null),
  });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const result = loadDatasetValue(parsed.value);
  if (parsed.warnings.length === 0) return result;
  return result.ok
    ? { ...result, warnings: capped([...parsed.warnings, ...result.warnings]) }
    : { ok: false, problems: capped([...parsed.warnings, ...result.problems]) };
}

export function loadDatasetValue(value: unknown): LoadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [problem('notAnObject', [])] };
  }
  // Counted before validation: validating 145,000 relations alone takes seconds.
  const tooMany = tooManyElements(value as Record<string, unknown>);
  if (tooMany) return { ok: false, problems: [tooMany] };
  const migrated = migrate(value as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, problems: migrated.problems };
  const result = dataset.safeParse(migrated.value);
  if (!result.success) {
    const problems = issuesToProblems(result.error.issues, migrated.value);
    return {
      ok: false,
      problems: capped([...problems, ...looseIntegrity(migrated.value, problems)]),
    };
  }
  return fromDataset(result.data);
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
const MIGRATIONS: Record<number, Migration> = {};

function migrate(
  input: Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | { ok: false; problems: Problem[] } {
  let current = input;
  let version = current.version;
  while (typeof version === 'number' && version < DATASET_VERSION) {
    const step = MIGRATIONS[version];
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
