/**
 * One CSV file that is not named like a table of the set but lists links, one per row:
 * `Entity A,Entity B,Connection,Source(s)`, `source,target`, `from,to`, `Source,Target,Type,
 * Weight` (Gephi's edges table)… Two columns name the ends; other columns may give the relation
 * type, the direction, a weight, a source link, a description or start and end years, and the
 * rest are kept as relation attributes. One entity is made per distinct name (case and spaces
 * ignored) and one relation per row, through the same mapping as the graph formats
 * (graph-import.ts). A link in the source column becomes the relation's evidence source (its
 * URL), and the report says which column was taken for what.
 */
import { loadDatasetValue } from '../model/load';
import { emptyRecord } from '../model/records';
import type { Dataset } from '../model/schema';
import {
  isBlank,
  looksLikeFormula,
  parseCsv,
  parseNumber,
  unescapeFormula,
  type CsvRecord,
} from './csv-core';
import { csvSyntaxProblems, failed, importProblem, sortProblems } from './finish';
import { buildFromGraph, type ForeignEdge, type ForeignNode } from './graph-import';
import { IdAllocator, slugify } from './ids';
import { shorten } from './text';
import type { ImportProblem, ImportResult, SourceLocation } from './types';

type Role =
  | 'from'
  | 'to'
  | 'type'
  | 'direction'
  | 'weight'
  | 'link'
  | 'description'
  | 'timeFrom'
  | 'timeTo'
  | 'attribute';

interface Column {
  index: number;
  header: string;
  role: Role;
}

/** "Source(s)" → "source s", "Entity_A" → "entity a", "node1" → "node 1". */
function words(header: string): string[] {
  return header
    .trim()
    .toLowerCase()
    .replace(/([a-z])(\d+)$/, '$1 $2')
    .split(/[\s()._\-:/]+/)
    .filter((w) => w !== '');
}

/** Words that tell the two ends apart: "Entity A"/"Entity B", "from"/"to", "node1"/"node2"… */
const END_PAIRS: [string, string][] = [
  ['source', 'target'],
  ['from', 'to'],
  ['src', 'dst'],
  ['src', 'dest'],
  ['a', 'b'],
  ['1', '2'],
  ['one', 'two'],
  ['left', 'right'],
  ['start', 'end'],
  ['head', 'tail'],
  ['subject', 'object'],
  ['parent', 'child'],
  ['ego', 'alter'],
];

function endPair(a: string[], b: string[]): 'ab' | 'ba' | undefined {
  if (a.length !== b.length || a.length === 0 || a.length > 4) return undefined;
  let found: 'ab' | 'ba' | undefined;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (found) return undefined;
    const pair = END_PAIRS.find(
      ([x, y]) => (a[i] === x && b[i] === y) || (a[i] === y && b[i] === x),
    );
    if (!pair) return undefined;
    found = a[i] === pair[0] ? 'ab' : 'ba';
  }
  // "Start"/"End" alone are years, not ends.
  if (found && a.length === 1 && ['start', 'end', 'a', 'b', '1', '2'].includes(a[0] as string)) {
    return a[0] === 'a' || a[0] === 'b' ? found : undefined;
  }
  return found;
}

const ROLE_NAMES: [Exclude<Role, 'from' | 'to' | 'attribute'>, string[]][] = [
  [
    'type',
    [
      'type',
      'relation',
      'relationship',
      'relation type',
      'relationship type',
      'connection',
      'connection type',
      'link type',
      'edge type',
      'tie',
      'interaction',
      'predicate',
      'label',
      'kind',
      'role',
    ],
  ],
  ['direction', ['direction', 'directed', 'edge direction']],
  ['weight', ['weight', 'strength', 'value', 'count', 'score', 'frequency']],
  [
    'link',
    [
      'source s',
      'sources',
      'source',
      'url',
      'urls',
      'link',
      'links',
      'source url',
      'source link',
      'reference',
      'references',
      'citation',
      'citations',
      'evidence',
      'href',
    ],
  ],
  ['description', ['description', 'notes', 'note', 'comment', 'comments', 'details', 'summary']],
  ['timeFrom', ['start', 'start year', 'from year', 'year from', 'since', 'begin', 'time from']],
  ['timeTo', ['end', 'end year', 'to year', 'year to', 'until', 'time to']],
];

/** Headers of a list of entities, not of links: such a file is not read as an edge list. */
const ENTITY_COLUMNS = new Set(['id', 'name', 'title', 'kind', 'type', 'label', 'description']);

const DIRECTIONS = new Map<string, boolean>([
  ['directed', true],
  ['undirected', false],
  ['mutual', false],
  ['mixed', true],
  ['true', true],
  ['false', false],
  ['yes', true],
  ['no', false],
]);

const URL = /^https?:\/\/\S+$/i;

/** An address the model takes as a source URL (absolute http or https). */
function isHttpUrl(text: string): boolean {
  if (!URL.test(text)) return false;
  try {
    const url = new globalThis.URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The columns of an edge list, or undefined when the header does not look like one: two
 * columns named as a pair of ends anywhere, else the first two columns when every other column
 * (if any) is one of the roles above and neither of the two names an entity's field (id, name…).
 */
export function edgeListColumns(headers: readonly string[], rows: readonly string[][]) {
  const named = headers.map(words);
  let ends: [number, number] | undefined;
  for (let i = 0; i < named.length && !ends; i++) {
    for (let j = i + 1; j < named.length && !ends; j++) {
      const order = endPair(named[i] as string[], named[j] as string[]);
      if (order) ends = order === 'ab' ? [i, j] : [j, i];
    }
  }
  const roleOf = (index: number): Role | undefined => {
    const name = (named[index] as string[]).join(' ');
    return ROLE_NAMES.find(([, names]) => names.includes(name))?.[0];
  };
  if (!ends && headers.length >= 2) {
    const rest = headers.map((_, i) => i).slice(2);
    const plain = (index: number) =>
      roleOf(index) === undefined && !ENTITY_COLUMNS.has((named[index] as string[]).join(' '));
    if (plain(0) && plain(1) && rest.every((i) => roleOf(i))) ends = [0, 1];
  }
  if (!ends) return undefined;
  const values = (index: number) =>
    rows.map((cells) => (cells[index] ?? '').trim()).filter((cell) => cell !== '');
  const taken = new Set<Role>(['from', 'to']);
  const columns: Column[] = headers.map((header, index) => {
    if (index === ends[0]) return { index, header, role: 'from' };
    if (index === ends[1]) return { index, header, role: 'to' };
    let role: Role = roleOf(index) ?? 'attribute';
    const cells = values(index);
    // Gephi's "Type" is Directed or Undirected: a direction, not a kind of relation.
    if (
      role === 'type' &&
      cells.length > 0 &&
      cells.every((c) => DIRECTIONS.has(c.toLowerCase()))
    ) {
      role = 'direction';
    }
    if (role === 'direction' && !cells.every((c) => DIRECTIONS.has(c.toLowerCase()))) {
      role = 'attribute';
    }
    if (role === 'weight' && !cells.every((c) => parseNumber(c, ',') !== undefined)) {
      role = 'attribute';
    }
    if (role === 'attribute' && cells.length > 0 && cells.every((c) => linksIn(c).length > 0)) {
      role = 'link';
    }
    if (role === 'type' && cells.length > 0 && cells.every((c) => URL.test(c))) role = 'link';
    if (role !== 'attribute' && taken.has(role)) role = 'attribute';
    taken.add(role);
    return { index, header, role };
  });
  return columns;
}

/** The addresses in a cell ("https://a.org/x; https://b.org/y"), or none. */
function linksIn(cell: string): string[] {
  return cell
    .split(/[\s;|,]+(?=https?:\/\/)|\s*[;|\n]\s*/i)
    .map((part) => part.trim())
    .filter((part) => URL.test(part));
}

/** A year from "2019", "2019-05-01" or "2019.0"; undefined for anything else. */
function yearOf(cell: string): number | undefined {
  const m = /^(-?\d{1,4})(?:\.0+|-\d{2}(?:-\d{2})?)?$/.exec(cell.trim());
  return m ? Number(m[1]) : undefined;
}

const fold = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Names buildFromGraph reads by themselves: an attribute column by such a name is renamed. */
const RESERVED = new Set(['type', 'description', 'time_from', 'time_to', 'directed', 'evidence']);

/**
 * The edge list in `text`, or undefined when its header does not look like one (the caller
 * then reports the file as not part of the CSV set).
 */
export function importEdgeList(file: string, text: string): ImportResult | undefined {
  const parsed = parseCsv(text);
  const [head, ...body] = parsed.records;
  if (!head || isBlank(head)) return undefined;
  const headers = head.cells.map((cell) => unescapeFormula(cell).trim());
  const records = body.filter((record) => !isBlank(record));
  const cells = (record: CsvRecord) => record.cells.map(unescapeFormula);
  const columns = edgeListColumns(
    headers,
    records.map((record) => cells(record)),
  );
  if (!columns) return undefined;
  const header = (index: number) => headers[index] || `#${index + 1}`;
  const found: ImportProblem[] = csvSyntaxProblems(parsed.errors, file, header);
  const role = (name: Role) => columns.find((column) => column.role === name);
  const from = role('from') as Column;
  const to = role('to') as Column;
  const link = role('link');

  const nodes: ForeignNode[] = [];
  const keys = new Map<string, string>();
  const nodeFor = (name: string, at: SourceLocation): string => {
    const folded = fold(name);
    const known = keys.get(folded);
    if (known !== undefined) return known;
    keys.set(folded, name);
    nodes.push({ key: name, attrs: { label: name }, at, idFromLabel: true });
    return name;
  };
  const edges: ForeignEdge[] = [];
  const links: string[][] = [];
  for (const record of records) {
    const row = cells(record);
    const at: SourceLocation = { file, row: record.row, line: record.line };
    record.cells.forEach((cell, index) => {
      if (looksLikeFormula(cell)) {
        found.push(
          importProblem(
            'csvFormula',
            { ...at, column: header(index) },
            { char: cell[0] as string, value: shorten(cell, 40) },
            'warning',
          ),
        );
      }
    });
    const ends = [from, to].map((column) => {
      const name = (row[column.index] ?? '').trim();
      if (name === '') {
        found.push(
          importProblem('required', { ...at, column: column.header }, { field: column.header }),
        );
        return undefined;
      }
      return nodeFor(name, { ...at, column: column.header });
    });
    const [source, target] = ends;
    if (source === undefined || target === undefined) continue;
    const attrs = emptyRecord<unknown>();
    let directed = true;
    let cellLinks: string[] = [];
    for (const column of columns) {
      const cell = (row[column.index] ?? '').trim();
      if (cell === '' || column.role === 'from' || column.role === 'to') continue;
      switch (column.role) {
        case 'type':
          attrs.type = cell;
          break;
        case 'direction':
          directed = DIRECTIONS.get(cell.toLowerCase()) ?? true;
          break;
        case 'weight':
          attrs[column.header] = parseNumber(cell, parsed.delimiter) ?? cell;
          break;
        case 'link': {
          const found = linksIn(cell);
          cellLinks = found.length > 0 ? found : [cell];
          // Kept as written too, until it has become the relation's sources (citeLinks).
          attrs[column.header] = cell;
          break;
        }
        case 'description':
          attrs.description = cell;
          break;
        case 'timeFrom':
        case 'timeTo': {
          const year = yearOf(cell);
          if (year === undefined) attrs[column.header] = cell;
          else attrs[column.role === 'timeFrom' ? 'time_from' : 'time_to'] = year;
          break;
        }
        default: {
          const name = RESERVED.has(column.header.toLowerCase())
            ? `${column.header} (CSV)`
            : column.header;
          attrs[name] = cell;
        }
      }
    }
    edges.push({ source, target, directed, attrs, at });
    links.push(cellLinks);
  }
  const report = importProblem(
    'csvEdgeList',
    { file, row: 1 },
    { columns: JSON.stringify(columns.map((c) => [c.header, c.role])) },
    'warning',
  );
  if (found.some((p) => p.severity === 'error')) {
    return failed('csv', [...sortProblems(found), report]);
  }

  const built = buildFromGraph({
    format: 'csv',
    file,
    meta: {},
    nodes,
    edges,
    problems: found,
  });
  if (!built.ok) return { ...built, problems: [...built.problems, report] };
  const linked = link ? citeLinks(built.dataset, links, link.header) : undefined;
  if (!linked || !link) return { ...built, warnings: [report, ...built.warnings] };
  const warnings = built.warnings
    .map((w) =>
      w.code === 'evidenceImported' ? { ...w, params: { ...w.params, count: linked.left } } : w,
    )
    .filter((w) => w.code !== 'evidenceImported' || linked.left > 0);
  const cited = importProblem(
    'evidenceFromLink',
    { file, column: link.header },
    { count: linked.cited, column: link.header },
    'warning',
  );
  return { ...built, dataset: linked.dataset, warnings: [report, ...warnings, cited] };
}

/**
 * Each row's link (or source text) becomes a source of the dataset, with its URL, and the
 * relation's evidence cites it instead of the synthetic "imported" source; the quote stays the
 * placeholder the graph mapping gave it. Undefined if the result would not validate (then the
 * rows keep the synthetic source).
 */
function citeLinks(
  data: Dataset,
  links: readonly string[][],
  column: string,
): { dataset: Dataset; cited: number; left: number } | undefined {
  if (data.relations.length !== links.length) return undefined;
  // A file without embedded data has only the synthetic "Imported from …" source.
  const synthetic = new Set(data.sources.map((s) => s.id));
  const sourceIds = new IdAllocator();
  for (const source of data.sources) sourceIds.claim(source.id);
  const bySource = new Map<string, string>();
  const sources = [...data.sources];
  let cited = 0;
  const relations = data.relations.map((relation, i) => {
    const list = links[i] ?? [];
    if (list.length === 0) return relation;
    const rest = Object.entries(relation.attributes ?? {}).filter(([name]) => name !== column);
    const kept = { ...relation };
    if (rest.length > 0) kept.attributes = Object.fromEntries(rest);
    else delete kept.attributes;
    const quote = relation.evidence[0]?.quote ?? '(imported from CSV)';
    const evidence = list.map((text) => {
      let id = bySource.get(text);
      if (id === undefined) {
        const isUrl = isHttpUrl(text);
        const title = isUrl ? text.replace(/^https?:\/\//i, '').replace(/\/$/, '') : text;
        id = sourceIds.unique(slugify(title).slice(0, 60).replace(/-+$/, '') || 'source');
        bySource.set(text, id);
        sources.push({
          id,
          title: { ar: title, en: title },
          language: 'und',
          ...(isUrl ? { url: text } : {}),
        });
      }
      return { source: id, paragraph: 1, quote, status: 'reported' as const };
    });
    cited++;
    return { ...kept, evidence };
  });
  const cites = new Set(relations.flatMap((r) => r.evidence.map((e) => e.source)));
  const left = relations.filter((r) => r.evidence.some((e) => synthetic.has(e.source))).length;
  const loaded = loadDatasetValue({
    ...data,
    sources: sources.filter((s) => !synthetic.has(s.id) || cites.has(s.id)),
    relations,
  });
  return loaded.ok ? { dataset: loaded.index.data, cited, left } : undefined;
}
