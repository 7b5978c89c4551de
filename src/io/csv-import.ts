/**
 * Reads the CSV set (see data/templates/README.md) into a dataset. Every problem names the
 * file, the spreadsheet row (1 = the header) and the column, including those the loader finds
 * later (a dataset path such as relations[3].source is mapped back to its cell). Nothing is
 * returned as a dataset while any error remains.
 */
import type { PathSegment } from '../model/problems';
import { ENTITY_KINDS, type EntityKind } from '../model/schema';
import { MAX_DATASET_BYTES, parseJsonText } from '../model/parse-json';
import {
  isBlank,
  looksLikeFormula,
  parseCsv,
  splitList,
  unescapeFormula,
  type Delimiter,
  parseBoolean,
  parseNumber,
} from './csv-core';
import {
  ATTRIBUTES_COLUMN,
  CSV_COLUMNS,
  CSV_REQUIRED,
  CSV_TABLES,
  OPEN_TABLES,
  TYPED_SUFFIX,
  csvFileName,
  knownColumns,
  normalizeHeader,
  tableOf,
  type CsvTable,
} from './csv-tables';
import type { AttributeValue } from './fields';
import { csvSyntaxProblems, finishImport, failed, importProblem, sortProblems } from './finish';
import { importEdgeList } from './csv-edgelist';
import { IdAllocator, isValidId, sanitizeId, slugify } from './ids';
import { decodeText, scriptOf, shorten, utf8Length } from './text';
import type { ImportProblem, ImportResult, InputFile, SourceLocation } from './types';
import { emptyRecord } from '../model/records';

type Loose = Record<string, unknown>;
type ColumnType = 'string' | 'number' | 'boolean';

interface Row {
  row: number;
  line: number;
  cells: string[];
}

interface Table {
  table: CsvTable;
  file: string;
  delimiter: Delimiter;
  /** Known column (canonical name) → its index and the header as written. */
  header: Map<string, { index: number; name: string }>;
  extras: { index: number; name: string; key: string; type: ColumnType }[];
  rows: Row[];
}

export interface CsvImportOptions {
  /** Folder or set name: the dataset id and title when dataset.csv gives none. */
  name?: string;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const DELIMITER_NAMES: Record<Delimiter, string> = { ',': ',', ';': ';', '\t': 'TAB' };

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function importCsvFiles(
  files: readonly InputFile[],
  options: CsvImportOptions = {},
): ImportResult {
  const single = files.length === 1 ? readEdgeList(files[0] as InputFile) : undefined;
  if (single) return single;
  const found: ImportProblem[] = [];
  const tables = new Map<CsvTable, Table>();
  const known = CSV_TABLES.map(csvFileName).join(', ');
  for (const file of files) {
    const name = baseName(file.name);
    const table = tableOf(name);
    if (!table || tables.has(table)) {
      found.push(importProblem('csvUnknownFile', { file: name }, { known }, 'warning'));
      continue;
    }
    const decoded = decodeText(file.content);
    if (decoded.guessedEncoding) {
      found.push(
        importProblem(
          'encodingGuessed',
          { file: name },
          { encoding: decoded.guessedEncoding },
          'warning',
        ),
      );
    }
    const size = utf8Length(decoded.text);
    if (size > MAX_DATASET_BYTES) {
      found.push(
        importProblem(
          'tooLarge',
          { file: name },
          {
            size: (size / 1024 / 1024).toFixed(1),
            max: (MAX_DATASET_BYTES / 1024 / 1024).toFixed(1),
          },
        ),
      );
      continue;
    }
    const read = readTable(table, name, decoded.text, found);
    if (read) tables.set(table, read);
  }
  if (tables.size === 0) {
    // Nothing to read: say why (an empty or oversized table), or that no file belongs.
    if (found.some((p) => p.severity === 'error')) return failed('csv', sortProblems(found));
    const names = files.map((f) => baseName(f.name)).join(', ') || '—';
    return failed('csv', [importProblem('csvNoFiles', undefined, { files: names })]);
  }
  if (!tables.has('entities') && !found.some((p) => p.at?.file.includes('entities'))) {
    found.push(importProblem('csvMissingFile', undefined, { file: 'entities.csv' }));
  }
  if (found.some((p) => p.severity === 'error' && p.path.length === 0 && isStructural(p.code))) {
    return failed('csv', sortProblems(found, fileOrder(tables)));
  }
  const gephi = files.some((file) => GEPHI_NAME.test(baseName(file.name)));
  return new CsvBuilder(tables, found, options, gephi).build();
}

/** Gephi's Data Laboratory exports its tables as nodes.csv and edges.csv. */
const GEPHI_NAME = /(?:^|[-_\s])(?:nodes|edges)\.(?:csv|tsv|txt)$/i;
/** A lone table of links under another tool's name (edges.csv, links.csv, connections.csv). */
const EDGES_NAME = /(?:^|[-_\s])(?:edges|links|connections)\.(?:csv|tsv|txt)$/i;

/**
 * One file that is not a table of the set (or is a lone edges.csv, which Gephi also reads by
 * itself), read as an edge list when its header looks like one; undefined otherwise.
 */
function readEdgeList(file: InputFile): ImportResult | undefined {
  const name = baseName(file.name);
  const table = tableOf(name);
  if (table !== undefined && !(table === 'relations' && EDGES_NAME.test(name))) return undefined;
  const decoded = decodeText(file.content);
  if (utf8Length(decoded.text) > MAX_DATASET_BYTES) return undefined;
  const result = importEdgeList(name, decoded.text);
  if (!result || !decoded.guessedEncoding) return result;
  const warning = importProblem(
    'encodingGuessed',
    { file: name },
    { encoding: decoded.guessedEncoding },
    'warning',
  );
  return result.ok
    ? { ...result, warnings: [warning, ...result.warnings] }
    : { ...result, problems: [...result.problems, warning] };
}

/** The set's files in the order of the tables, for the report. */
function fileOrder(tables: Map<CsvTable, Table>): string[] {
  return CSV_TABLES.flatMap((table) => {
    const file = tables.get(table)?.file;
    return file ? [file] : [];
  });
}

/** Problems after which the rows cannot be trusted to mean what their header says. */
function isStructural(code: ImportProblem['code']): boolean {
  return [
    'csvEmpty',
    'csvMissingColumn',
    'csvDuplicateColumn',
    'csvUnclosedQuote',
    'csvMissingFile',
    'tooLarge',
  ].includes(code);
}

function readTable(table: CsvTable, file: string, text: string, found: ImportProblem[]) {
  const parsed = parseCsv(text);
  const headerRecord = parsed.records[0];
  if (!headerRecord || isBlank(headerRecord)) {
    found.push(
      importProblem('csvEmpty', { file, row: 1 }, { columns: CSV_COLUMNS[table].join(', ') }),
    );
    return undefined;
  }
  const names = headerRecord.cells.map((cell) => unescapeFormula(cell).trim());
  const columnName = (index: number) => names[index] || `#${index + 1}`;
  found.push(...csvSyntaxProblems(parsed.errors, file, columnName));
  const result: Table = {
    table,
    file,
    delimiter: parsed.delimiter,
    header: new Map(),
    extras: [],
    rows: [],
  };
  const known = knownColumns(table);
  const unnamed = new Set<number>();
  names.forEach((name, index) => {
    const at = { file, row: 1, column: name };
    if (name === '') {
      unnamed.add(index);
      return;
    }
    const canonical = normalizeHeader(name);
    if (known.has(canonical)) {
      if (result.header.has(canonical)) {
        found.push(importProblem('csvDuplicateColumn', at, { column: name }));
      } else result.header.set(canonical, { index, name });
      return;
    }
    if (OPEN_TABLES.has(table)) {
      const typed = TYPED_SUFFIX.exec(name);
      const key = typed ? (typed[1] as string).trim() : name;
      const type = (typed?.[2]?.toLowerCase() ?? 'string') as ColumnType;
      if (FORBIDDEN.has(key)) found.push(importProblem('forbiddenKey', at, { key }));
      else if (result.extras.some((extra) => extra.key === key)) {
        found.push(importProblem('csvDuplicateColumn', at, { column: name }));
      } else result.extras.push({ index, name, key, type });
      return;
    }
    found.push(
      importProblem('csvUnknownColumn', at, {
        column: name,
        allowed: CSV_COLUMNS[table].join(', '),
      }),
    );
  });
  for (const required of CSV_REQUIRED[table]) {
    const options = typeof required === 'string' ? [required] : required;
    if (!options.some((column) => result.header.has(column))) {
      found.push(
        importProblem(
          'csvMissingColumn',
          { file, row: 1, column: options[0] as string },
          {
            column: options[0] as string,
          },
        ),
      );
    }
  }
  const reportedUnnamed = new Set<number>();
  for (const record of parsed.records.slice(1)) {
    if (isBlank(record)) continue;
    const at: SourceLocation = { file, row: record.row, line: record.line };
    if (record.cells.length !== names.length) {
      const extra = record.cells.slice(names.length).some((cell) => cell.trim() !== '');
      const slice = text.slice(record.start, record.end);
      const other = ([',', ';', '\t'] as Delimiter[]).find(
        (d) =>
          d !== parsed.delimiter &&
          names.length > 1 &&
          slice.includes(d) &&
          parseCsv(slice, d).records[0]?.cells.length === names.length,
      );
      if (other) {
        found.push(
          importProblem('csvMixedDelimiters', at, {
            found: DELIMITER_NAMES[other],
            expected: DELIMITER_NAMES[parsed.delimiter],
          }),
        );
        // Read it as it was meant, so the rest of the set does not trip over this row.
        record.cells = parseCsv(slice, other).records[0]?.cells ?? record.cells;
      } else if (extra) {
        found.push(
          importProblem('csvExtraCells', at, {
            count: record.cells.length,
            expected: names.length,
          }),
        );
      }
    }
    record.cells.forEach((cell, index) => {
      if (unnamed.has(index) && cell.trim() !== '' && !reportedUnnamed.has(index)) {
        reportedUnnamed.add(index);
        found.push(
          importProblem(
            'csvUnknownColumn',
            { ...at, column: columnName(index) },
            {
              column: columnName(index),
              allowed: CSV_COLUMNS[table].join(', '),
            },
          ),
        );
      }
      if (looksLikeFormula(cell)) {
        found.push(
          importProblem(
            'csvFormula',
            { ...at, column: columnName(index) },
            { char: cell[0] as string, value: shorten(cell, 40) },
            'warning',
          ),
        );
      }
    });
    result.rows.push({
      row: record.row,
      line: record.line,
      cells: record.cells.slice(0, names.length).map(unescapeFormula),
    });
  }
  return result;
}

const KIND_WORDS: Record<string, EntityKind> = {
  organisation: 'organization',
  org: 'organization',
  people: 'person',
  state: 'country',
  location: 'place',
};

class CsvBuilder {
  private readonly entityRows: Row[] = [];
  private readonly entityIds = new Map<string, number>();
  private readonly labelIndex = new Map<string, Set<string>>();
  private readonly elements = new Map<string, { section: string; index: number }>();
  private readonly evidenceRows = new Map<string, Row[]>();
  private readonly typeRows: (Row | undefined)[] = [];
  private readonly typeFromRelations = new Map<number, Row>();
  private readonly relationRows: Row[] = [];
  private readonly claimRows: Row[] = [];
  private readonly sourceRows: Row[] = [];
  private readonly paragraphRows = new Map<string, Row>();
  private readonly storyRows: Row[] = [];
  private readonly revisionRows: Row[] = [];
  private datasetRow: Row | undefined;

  /** Gephi's nodes.csv/edges.csv: ids made valid, Type read as the direction (see below). */
  private readonly idAliases = new Map<string, string>();
  private readonly changedIds: string[] = [];
  private readonly changedRelationIds: string[] = [];

  constructor(
    private readonly tables: Map<CsvTable, Table>,
    private readonly found: ImportProblem[],
    private readonly options: CsvImportOptions,
    private readonly gephi = false,
  ) {}

  // --- cells ---------------------------------------------------------------------------------

  private raw(table: Table, row: Row, column: string): string | undefined {
    const index = table.header.get(column)?.index;
    return index === undefined ? undefined : row.cells[index];
  }

  private text(table: Table, row: Row, column: string): string | undefined {
    const value = this.raw(table, row, column)?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  private at(table: Table, row: Row, column?: string): SourceLocation {
    const name = column === undefined ? undefined : (table.header.get(column)?.name ?? column);
    return name === undefined
      ? { file: table.file, row: row.row }
      : { file: table.file, row: row.row, column: name };
  }

  private error(
    code: ImportProblem['code'],
    at: SourceLocation,
    params: Record<string, string | number>,
    path: PathSegment[] = [],
  ) {
    this.found.push(importProblem(code, at, params, 'error', path));
  }

  private warn(
    code: ImportProblem['code'],
    at: SourceLocation | undefined,
    params: Record<string, string | number>,
    path: PathSegment[] = [],
  ) {
    this.found.push(importProblem(code, at, params, 'warning', path));
  }

  private number(
    table: Table,
    row: Row,
    column: string,
    path: PathSegment[],
  ): number | string | undefined {
    const cell = this.text(table, row, column);
    if (cell === undefined) return undefined;
    const value = parseNumber(cell, table.delimiter);
    if (value !== undefined) return value;
    this.error(
      'csvBadNumber',
      this.at(table, row, column),
      { value: `"${shorten(cell, 30)}"` },
      path,
    );
    return cell;
  }

  private bilingual(
    table: Table,
    row: Row,
    base: string,
    path: PathSegment[],
    options: { neutral?: string; fallback?: boolean } = {},
  ): Record<string, string> | undefined {
    const out = emptyRecord<string>();
    const en = this.text(table, row, `${base}_en`);
    const ar = this.text(table, row, `${base}_ar`);
    if (en !== undefined) out.en = en;
    if (ar !== undefined) out.ar = ar;
    const neutral = options.neutral ? this.text(table, row, options.neutral) : undefined;
    if (neutral !== undefined) {
      const lang = scriptOf(neutral);
      if (out[lang] === undefined) out[lang] = neutral;
      else if (out[lang === 'ar' ? 'en' : 'ar'] === undefined)
        out[lang === 'ar' ? 'en' : 'ar'] = neutral;
    }
    if (options.fallback && (out.en === undefined) !== (out.ar === undefined)) {
      const [missing, from] =
        out.en === undefined ? (['en', 'ar'] as const) : (['ar', 'en'] as const);
      out[missing] = out[from] as string;
      this.warn(
        'labelFallback',
        this.at(table, row, `${base}_${missing}`),
        { lang: missing, from, value: shorten(out[from] as string) },
        [...path, missing],
      );
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  /** An entity by id, or by a label in either language that only one entity has. */
  private entity(table: Table, row: Row, column: string, value: string, path: PathSegment[]) {
    const alias = this.idAliases.get(value);
    if (alias !== undefined) return alias;
    if (this.entityIds.has(value)) return value;
    const ids = this.labelIndex.get(foldLabel(value));
    if (ids?.size === 1) return [...ids][0] as string;
    if (ids && ids.size > 1) {
      this.error(
        'csvAmbiguousLabel',
        this.at(table, row, column),
        { value: shorten(value), ids: [...ids].join(', ') },
        path,
      );
    } else {
      this.error('unknownEntity', this.at(table, row, column), { id: shorten(value) }, path);
    }
    return value;
  }

  private attributes(
    table: Table,
    row: Row,
    path: PathSegment[],
    skip?: number,
  ): Loose | undefined {
    const out: [string, AttributeValue][] = [];
    for (const extra of table.extras) {
      const cell = row.cells[extra.index];
      if (cell === undefined || cell === '' || extra.index === skip) continue;
      if (this.gephi && extra.type === 'string' && extra.key.toLowerCase() === 'weight') {
        // Gephi's weight is a number ("1.0"), as the GEXF and GraphML readers keep it.
        const weight = parseNumber(cell.trim(), table.delimiter);
        if (weight !== undefined) {
          out.push([extra.key, weight]);
          continue;
        }
      }
      const at = { file: table.file, row: row.row, column: extra.name };
      if (extra.type === 'number') {
        const value = parseNumber(cell.trim(), table.delimiter);
        if (value === undefined) {
          this.error('csvBadNumber', at, { value: `"${shorten(cell, 30)}"` }, [...path, extra.key]);
        } else out.push([extra.key, value]);
      } else if (extra.type === 'boolean') {
        const value = parseBoolean(cell);
        if (value === undefined) {
          this.error('csvBadBoolean', at, { value: `"${shorten(cell, 30)}"` }, [
            ...path,
            extra.key,
          ]);
        } else out.push([extra.key, value]);
      } else out.push([extra.key, cell]);
    }
    const json = this.text(table, row, ATTRIBUTES_COLUMN);
    if (json !== undefined) {
      const parsed = this.json(table, row, ATTRIBUTES_COLUMN, json, path);
      if (parsed !== undefined) {
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
          this.error(
            'csvBadJson',
            this.at(table, row, ATTRIBUTES_COLUMN),
            { detail: '{ "name": value, … }', value: shorten(json, 40) },
            path,
          );
        } else out.push(...(Object.entries(parsed) as [string, AttributeValue][]));
      }
    }
    return out.length > 0 ? Object.fromEntries(out) : undefined;
  }

  private json(table: Table, row: Row, column: string, cell: string, path: PathSegment[]): unknown {
    const parsed = parseJsonText(cell);
    if (parsed.ok) return parsed.value;
    const first = parsed.problems[0];
    if (first?.code === 'forbiddenKey') {
      this.error('forbiddenKey', this.at(table, row, column), first.params, path);
    } else {
      let detail = 'JSON';
      try {
        JSON.parse(cell);
      } catch (error) {
        detail = error instanceof Error ? error.message : String(error);
      }
      this.error(
        'csvBadJson',
        this.at(table, row, column),
        { detail: shorten(detail, 60), value: shorten(cell, 40) },
        path,
      );
    }
    return undefined;
  }

  // --- tables --------------------------------------------------------------------------------

  build(): ImportResult {
    const meta = this.readDataset();
    const sources = this.readSources();
    this.readParagraphs(sources);
    const entities = this.readEntities();
    const relationTypes = this.readRelationTypes();
    const relations = this.readRelations(relationTypes);
    const claims = this.readClaims();
    for (const [table, changed] of [
      ['entities', this.changedIds],
      ['relations', this.changedRelationIds],
    ] as const) {
      if (changed.length === 0) continue;
      const file = this.tables.get(table)?.file;
      this.warn('idChanged', file ? { file } : undefined, {
        count: changed.length,
        examples: changed.slice(0, 3).join(', ') + (changed.length > 3 ? ', …' : ''),
      });
    }
    this.readEvidence(entities, relations, claims, sources);
    const stories = this.readStories();
    const revisions = this.readRevisions();
    const dataset: Loose = {
      ...meta,
      ...(revisions.length > 0 ? { revisions } : {}),
      sources,
      entities,
      relationTypes,
      relations,
      claims,
      stories,
    };
    return finishImport(
      'csv',
      dataset,
      this.found,
      (path) => this.locate(path),
      fileOrder(this.tables),
    );
  }

  private readDataset(): Loose {
    const table = this.tables.get('dataset');
    const row = table?.rows[0];
    this.datasetRow = row;
    const name = this.options.name ?? 'imported';
    const out: Loose = {};
    const schema = table && row ? this.text(table, row, 'schema') : undefined;
    if (schema !== undefined) out.$schema = schema;
    out.version = 1;
    out.id = (table && row && this.text(table, row, 'id')) ?? (slugify(name) || 'imported');
    const title =
      table && row ? this.bilingual(table, row, 'title', ['title'], { fallback: true }) : undefined;
    out.title = title ?? { ar: name, en: name };
    const description =
      table && row ? this.bilingual(table, row, 'description', ['description']) : undefined;
    if (description) out.description = description;
    return out;
  }

  private readSources(): Loose[] {
    const table = this.tables.get('sources');
    if (!table) return [];
    return table.rows.map((row, i) => {
      this.sourceRows.push(row);
      const path: PathSegment[] = ['sources', i];
      const out: Loose = { id: this.text(table, row, 'id') };
      out.title = this.bilingual(table, row, 'title', [...path, 'title']) ?? {};
      const outlet = this.bilingual(table, row, 'outlet', [...path, 'outlet']);
      if (outlet) out.outlet = outlet;
      out.language = this.text(table, row, 'language');
      for (const key of ['date', 'url'] as const) {
        const value = this.text(table, row, key);
        if (value !== undefined) out[key] = value;
      }
      const note = this.bilingual(table, row, 'note', [...path, 'note']);
      if (note) out.note = note;
      return out;
    });
  }

  private readParagraphs(sources: Loose[]) {
    const table = this.tables.get('paragraphs');
    if (!table) return;
    const bySource = new Map<string, Map<number, Row>>();
    const index = new Map(sources.map((s, i) => [s.id, i]));
    for (const row of table.rows) {
      const source = this.text(table, row, 'source');
      const n = this.number(table, row, 'paragraph', []);
      if (source === undefined) {
        this.error('required', this.at(table, row, 'source'), { field: 'source' });
        continue;
      }
      if (!index.has(source)) {
        this.error('unknownSource', this.at(table, row, 'source'), { id: shorten(source) });
        continue;
      }
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
        if (n === undefined || typeof n === 'number') {
          this.error('outOfRange', this.at(table, row, 'paragraph'), { value: String(n ?? '') });
        }
        continue;
      }
      const rows = bySource.get(source) ?? new Map<number, Row>();
      const first = rows.get(n);
      if (first) {
        this.error('csvDuplicateRow', this.at(table, row, 'paragraph'), {
          paragraph: n,
          source,
          first: first.row,
        });
        continue;
      }
      rows.set(n, row);
      bySource.set(source, rows);
    }
    for (const [source, rows] of bySource) {
      const i = index.get(source) as number;
      const target = sources[i] as Loose;
      const count = Math.max(...rows.keys());
      const column = (name: string) => {
        const list: string[] = [];
        let any = false;
        for (let n = 1; n <= count; n++) {
          const row = rows.get(n);
          const value = row ? (this.raw(table, row, name) ?? '') : '';
          if (value !== '') any = true;
          list.push(value);
        }
        return any ? list : undefined;
      };
      const text = column('text');
      const en = column('translation_en');
      const ar = column('translation_ar');
      if (text) target.paragraphs = text;
      if (en || ar) target.translations = { ...(ar ? { ar } : {}), ...(en ? { en } : {}) };
      for (const [n, row] of rows) this.paragraphRows.set(`${i}:${n}`, row);
    }
  }

  private readEntities(): Loose[] {
    const table = this.tables.get('entities');
    if (!table) return [];
    // Explicit ids first, so a derived id never takes one a later row states.
    const explicit = new Map<string, Row>();
    for (const row of table.rows) {
      const id = this.text(table, row, 'id');
      if (id !== undefined && !explicit.has(id)) explicit.set(id, row);
    }
    const derived = new Map<string, Row>();
    const defaulted: string[] = [];
    const valid = new IdAllocator();
    for (const id of explicit.keys()) if (isValidId(id)) valid.claim(id);
    const out = table.rows.map((row, i) => {
      this.entityRows.push(row);
      const path: PathSegment[] = ['entities', i];
      const label = this.bilingual(table, row, 'label', [...path, 'label'], {
        neutral: 'label',
        fallback: true,
      });
      let id = this.text(table, row, 'id');
      if (id !== undefined && this.gephi && !isValidId(id)) {
        // Gephi takes any text as an id ("北京", "Đà Nẵng"); made valid as the GEXF reader does
        // (ids.ts), else from the label, and every reference to it follows.
        const original = id;
        id =
          this.idAliases.get(original) ??
          valid.unique(
            sanitizeId(original) ||
              slugify(original) ||
              slugify(label?.en ?? label?.ar ?? '') ||
              `entity-${row.row}`,
          );
        if (!this.idAliases.has(original)) {
          this.idAliases.set(original, id);
          this.changedIds.push(`"${shorten(original, 30)}" → "${id}"`);
        }
      }
      if (id === undefined) {
        const base = slugify(label?.en ?? label?.ar ?? '') || `entity-${row.row}`;
        const other = explicit.get(base) ?? derived.get(base);
        if (other) {
          this.error('csvIdRequired', this.at(table, row, 'id'), { id: base, other: other.row }, [
            ...path,
            'id',
          ]);
        }
        derived.set(base, row);
        id = base;
      }
      if (!this.entityIds.has(id)) this.entityIds.set(id, i);
      if (!this.elements.has(id)) this.elements.set(id, { section: 'entities', index: i });
      for (const text of [label?.en, label?.ar]) {
        if (text === undefined) continue;
        const key = foldLabel(text);
        const set = this.labelIndex.get(key) ?? new Set<string>();
        set.add(id);
        this.labelIndex.set(key, set);
      }
      const entity: Loose = { id };
      const kindCell = this.text(table, row, 'kind');
      const kind = kindCell === undefined ? undefined : matchKind(kindCell);
      if (kindCell === undefined) {
        defaulted.push('');
        entity.kind = 'organization';
      } else entity.kind = kind ?? kindCell;
      const subkind = this.text(table, row, 'subkind');
      if (subkind !== undefined) entity.subkind = subkind;
      entity.label = label ?? {};
      const aliases: Loose = {};
      for (const lang of ['en', 'ar'] as const) {
        const cell = this.raw(table, row, `aliases_${lang}`);
        const list = cell === undefined ? [] : splitList(cell);
        if (list.length > 0) aliases[lang] = list;
      }
      if (Object.keys(aliases).length > 0) entity.aliases = aliases;
      const description = this.bilingual(table, row, 'description', [...path, 'description'], {
        neutral: 'description',
      });
      if (description) entity.description = description;
      const x = this.number(table, row, 'x', [...path, 'position', 'x']);
      const y = this.number(table, row, 'y', [...path, 'position', 'y']);
      if (x !== undefined && y !== undefined) entity.position = { x, y };
      else if (x !== undefined || y !== undefined) {
        const missing = x === undefined ? 'x' : 'y';
        this.error('required', this.at(table, row, missing), { field: missing }, [
          ...path,
          'position',
          missing,
        ]);
      }
      const attributes = this.attributes(table, row, [...path, 'attributes']);
      if (attributes) entity.attributes = attributes;
      return entity;
    });
    if (defaulted.length > 0) {
      // Only empty cells land here: an unknown kind stays as written and is reported as such.
      this.warn(
        'kindMissing',
        { file: table.file },
        { count: defaulted.length, kind: 'organization', allowed: ENTITY_KINDS.join(', ') },
      );
    }
    return out;
  }

  private readRelationTypes(): Loose[] {
    const table = this.tables.get('relation-types');
    if (!table) return [];
    return table.rows.map((row, i) => {
      this.typeRows.push(row);
      const path: PathSegment[] = ['relationTypes', i];
      const out: Loose = {
        id: this.text(table, row, 'id'),
        family: this.text(table, row, 'family')?.toLowerCase() ?? 'other',
      };
      const directed = this.text(table, row, 'directed');
      const flag = directed === undefined ? false : parseBoolean(directed);
      if (flag === undefined) {
        this.error(
          'csvBadBoolean',
          this.at(table, row, 'directed'),
          { value: `"${shorten(directed ?? '')}"` },
          [...path, 'directed'],
        );
      }
      out.directed = flag ?? false;
      out.label = this.bilingual(table, row, 'label', [...path, 'label'], { fallback: true }) ?? {};
      const inverse = this.bilingual(table, row, 'inverse_label', [...path, 'inverseLabel'], {
        fallback: true,
      });
      if (inverse) out.inverseLabel = inverse;
      return out;
    });
  }

  private readRelations(types: Loose[]): Loose[] {
    const table = this.tables.get('relations');
    if (!table) return [];
    const given = this.tables.has('relation-types');
    const typeIds = new Map<string, string>();
    for (const type of types) {
      if (typeof type.id !== 'string') continue;
      typeIds.set(type.id, type.id);
      const label = type.label as Loose;
      for (const text of [label.en, label.ar]) {
        if (typeof text === 'string' && !typeIds.has(foldLabel(text))) {
          typeIds.set(foldLabel(text), type.id);
        }
      }
    }
    const typeAllocator = new IdAllocator();
    for (const type of types) if (typeof type.id === 'string') typeAllocator.claim(type.id);
    const ids = new IdAllocator();
    for (const row of table.rows) {
      const id = this.text(table, row, 'id');
      if (id !== undefined) ids.claim(id);
    }
    // Gephi's edges.csv: "Type" is Directed or Undirected, the direction; the relation's kind
    // is in "Label", if anywhere.
    const directions = this.gephi && !given && isDirectionColumn(table, this.raw.bind(this));
    const labelExtra = directions
      ? table.extras.find((extra) => extra.key.toLowerCase() === 'label')
      : undefined;
    const gephiTypes = new Map<string, string>();
    const relationIds = new IdAllocator();
    return table.rows.map((row, i) => {
      this.relationRows.push(row);
      const path: PathSegment[] = ['relations', i];
      let type: string;
      if (directions) {
        const directed = this.text(table, row, 'type')?.toLowerCase() === 'directed';
        const text = labelExtra ? row.cells[labelExtra.index]?.trim() || undefined : undefined;
        const key = `${text === undefined ? '' : foldLabel(text)}|${directed}`;
        type =
          gephiTypes.get(key) ??
          this.createType(
            types,
            typeAllocator,
            table,
            row,
            text,
            directed,
            text === undefined ? 'type' : labelExtra?.name,
          );
        gephiTypes.set(key, type);
      } else {
        const typeCell = this.text(table, row, 'type');
        // Without a type (no column, or an empty cell) every such row shares one type.
        const text = typeCell ?? DEFAULT_TYPE_TEXT;
        const known = typeIds.get(text) ?? typeIds.get(foldLabel(text));
        if (known) type = known;
        else if (given && typeCell !== undefined) type = typeCell;
        else {
          // No relation-types.csv (or an empty type): make the type from the text.
          type = this.createType(types, typeAllocator, table, row, typeCell, false);
          typeIds.set(text, type);
          typeIds.set(foldLabel(text), type);
        }
      }
      const sourceCell = this.text(table, row, 'source');
      const targetCell = this.text(table, row, 'target');
      const source =
        sourceCell === undefined
          ? undefined
          : this.entity(table, row, 'source', sourceCell, [...path, 'source']);
      const target =
        targetCell === undefined
          ? undefined
          : this.entity(table, row, 'target', targetCell, [...path, 'target']);
      let id = this.text(table, row, 'id');
      if (id !== undefined && this.gephi && (this.entityIds.has(id) || !isValidId(id))) {
        // Gephi numbers nodes and edges from 0 alike: an edge id that is a node's changes, as
        // in the GEXF reader ("0" → "edge-0").
        const original = id;
        const base = sanitizeId(original) || 'relation';
        id = relationIds.unique(this.entityIds.has(base) ? `edge-${base}` : base);
        this.changedRelationIds.push(`"${shorten(original, 30)}" → "${id}"`);
      } else if (id !== undefined) relationIds.claim(id);
      if (id === undefined) {
        id = ids.unique(
          slugify(`${source ?? ''}-${type}-${target ?? ''}`) || `relation-${row.row}`,
        );
      }
      if (!this.elements.has(id)) this.elements.set(id, { section: 'relations', index: i });
      const out: Loose = { id, type, source, target };
      const from = this.number(table, row, 'time_from', [...path, 'time', 'from']);
      const to = this.number(table, row, 'time_to', [...path, 'time', 'to']);
      if (from !== undefined || to !== undefined) {
        out.time = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
      }
      const description = this.bilingual(table, row, 'description', [...path, 'description'], {
        neutral: 'description',
      });
      if (description) out.description = description;
      out.evidence = [];
      const attributes = this.attributes(table, row, [...path, 'attributes'], labelExtra?.index);
      if (attributes) out.attributes = attributes;
      return out;
    });
  }

  /** A relation type made from the relations' own text (or the default), reported once. */
  private createType(
    types: Loose[],
    allocator: IdAllocator,
    table: Table,
    row: Row,
    text: string | undefined,
    directed: boolean,
    column = 'type',
  ): string {
    const label = text ?? DEFAULT_TYPE_TEXT;
    const id = allocator.unique(
      text === undefined ? (directed ? 'links-to' : 'linked-with') : slugify(text) || 'related',
    );
    const type: Loose = { id, family: 'other', directed, label: { ar: label, en: label } };
    if (text === undefined) {
      type.label = directed
        ? { en: 'links to', ar: 'يرتبط بـ' }
        : { en: DEFAULT_TYPE_TEXT, ar: 'مرتبط مع' };
    }
    if (directed) {
      type.inverseLabel =
        text === undefined
          ? { en: 'is linked from', ar: 'يرتبط به' }
          : { en: `${label} (reverse)`, ar: `${label} (بالاتجاه المعاكس)` };
    }
    this.typeFromRelations.set(types.length, row);
    types.push(type);
    this.warn(
      'relationTypeCreated',
      this.at(table, row, column),
      { id, label: shorten((type.label as { en: string }).en) },
      ['relationTypes', types.length - 1],
    );
    return id;
  }

  private readClaims(): Loose[] {
    const table = this.tables.get('claims');
    if (!table) return [];
    const ids = new IdAllocator();
    for (const row of table.rows) {
      const id = this.text(table, row, 'id');
      if (id !== undefined) ids.claim(id);
    }
    return table.rows.map((row, i) => {
      this.claimRows.push(row);
      const path: PathSegment[] = ['claims', i];
      const ref = (column: string) => {
        const cell = this.text(table, row, column);
        return cell === undefined
          ? undefined
          : this.entity(table, row, column, cell, [...path, column]);
      };
      const claimant = ref('claimant');
      const interest = ref('interest');
      let id = this.text(table, row, 'id');
      if (id === undefined) {
        id = ids.unique(slugify(`claim-${claimant ?? ''}-${interest ?? ''}`) || `claim-${row.row}`);
      }
      if (!this.elements.has(id)) this.elements.set(id, { section: 'claims', index: i });
      const out: Loose = { id, claimant, interest };
      for (const column of ['beneficiaries', 'concerns'] as const) {
        const cell = this.raw(table, row, column);
        const list = cell === undefined ? [] : splitList(cell);
        if (list.length > 0) {
          out[column] = list.map((value, j) =>
            this.entity(table, row, column, value, [...path, column, j]),
          );
        }
      }
      const statement = this.bilingual(table, row, 'statement', [...path, 'statement']);
      if (statement) out.statement = statement;
      out.evidence = [];
      return out;
    });
  }

  private readEvidence(entities: Loose[], relations: Loose[], claims: Loose[], sources: Loose[]) {
    const table = this.tables.get('evidence');
    const sections: Record<string, Loose[]> = { entities, relations, claims };
    if (!table) {
      // No evidence at all (a quick spreadsheet): cite the set itself, and say so.
      const needing = [...relations, ...claims];
      if (needing.length === 0) return;
      const ids = new Set(sources.map((s) => s.id));
      let id = 'imported';
      for (let n = 2; ids.has(id); n++) id = `imported-${n}`;
      const name = this.options.name ?? 'CSV';
      sources.push({
        id,
        title: { en: `Imported from ${name}`, ar: `مستورد من ${name}` },
        language: 'und',
      });
      for (const item of needing) {
        item.evidence = [
          { source: id, paragraph: 1, quote: '(imported from CSV)', status: 'unsourced' },
        ];
      }
      this.warn('evidenceImported', undefined, { count: needing.length, source: id });
      return;
    }
    for (const row of table.rows) {
      const ref = this.text(table, row, 'for');
      if (ref === undefined) {
        this.error('required', this.at(table, row, 'for'), { field: 'for' });
        continue;
      }
      let element = this.elements.get(ref);
      if (!element) {
        const ids = this.labelIndex.get(foldLabel(ref));
        if (ids?.size === 1) element = this.elements.get([...ids][0] as string);
      }
      if (!element) {
        this.error('csvUnknownElement', this.at(table, row, 'for'), { id: shorten(ref) });
        continue;
      }
      const target = sections[element.section]?.[element.index] as Loose;
      const list = (target.evidence as Loose[] | undefined) ?? [];
      const path: PathSegment[] = [element.section, element.index, 'evidence', list.length];
      const item: Loose = {
        source: this.text(table, row, 'source'),
        paragraph: this.number(table, row, 'paragraph', [...path, 'paragraph']),
        quote: this.text(table, row, 'quote'),
      };
      const translation = this.bilingual(table, row, 'translation', [...path, 'translation']);
      if (translation) item.translation = translation;
      item.status = this.text(table, row, 'status')?.toLowerCase();
      const claimant = this.text(table, row, 'claimant');
      if (claimant !== undefined) {
        item.claimant = this.entity(table, row, 'claimant', claimant, [...path, 'claimant']);
      }
      const note = this.bilingual(table, row, 'note', [...path, 'note']);
      if (note) item.note = note;
      for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
      list.push(item);
      target.evidence = list;
      const key = `${element.section}:${element.index}`;
      this.evidenceRows.set(key, [...(this.evidenceRows.get(key) ?? []), row]);
    }
    const relationsTable = this.tables.get('relations');
    const claimsTable = this.tables.get('claims');
    const missing = (items: Loose[], rows: Row[], section: string, owner?: Table) => {
      items.forEach((item, i) => {
        if ((item.evidence as unknown[]).length > 0 || !owner) return;
        const row = rows[i] as Row;
        this.error('csvNoEvidence', this.at(owner, row), { id: String(item.id) }, [
          section,
          i,
          'evidence',
        ]);
      });
    };
    missing(relations, this.relationRows, 'relations', relationsTable);
    missing(claims, this.claimRows, 'claims', claimsTable);
  }

  private readStories(): Loose[] {
    const table = this.tables.get('stories');
    if (!table) return [];
    return table.rows.map((row, i) => {
      this.storyRows.push(row);
      const path: PathSegment[] = ['stories', i];
      const out: Loose = { id: this.text(table, row, 'id') };
      out.title = this.bilingual(table, row, 'title', [...path, 'title'], { fallback: true }) ?? {};
      const description = this.bilingual(table, row, 'description', [...path, 'description']);
      if (description) out.description = description;
      const source = this.text(table, row, 'source');
      if (source !== undefined) out.source = source;
      const steps = this.text(table, row, 'steps');
      out.steps =
        steps === undefined
          ? []
          : (this.json(table, row, 'steps', steps, [...path, 'steps']) ?? []);
      return out;
    });
  }

  /** revisions.csv: one row per correction or update, oldest first (see the schema). */
  private readRevisions(): Loose[] {
    const table = this.tables.get('revisions');
    if (!table) return [];
    return table.rows.map((row, i) => {
      this.revisionRows.push(row);
      const out: Loose = { date: this.text(table, row, 'date') };
      out.note = this.bilingual(table, row, 'note', ['revisions', i, 'note']) ?? {};
      return out;
    });
  }

  // --- where a dataset path came from --------------------------------------------------------

  private locate(path: readonly PathSegment[]): SourceLocation | undefined {
    const [section, index, ...rest] = path;
    if (typeof section !== 'string') return undefined;
    if (typeof index !== 'number') {
      const table = this.tables.get('dataset');
      if (table && this.datasetRow) return this.at(table, this.datasetRow, columnOf(path));
      return undefined;
    }
    const cell = (name: CsvTable, row: Row | undefined, tail: readonly PathSegment[]) => {
      const table = this.tables.get(name);
      if (!table || !row) return undefined;
      return this.at(table, row, columnOf(tail, name));
    };
    if (rest[0] === 'evidence' && typeof rest[1] === 'number') {
      const row = this.evidenceRows.get(`${section}:${index}`)?.[rest[1]];
      return cell('evidence', row, rest.slice(2));
    }
    switch (section) {
      case 'entities':
        return cell('entities', this.entityRows[index], rest);
      case 'relations':
        return cell('relations', this.relationRows[index], rest);
      case 'claims':
        return cell('claims', this.claimRows[index], rest);
      case 'stories':
        return cell('stories', this.storyRows[index], rest.length ? [rest[0] as string] : []);
      case 'revisions':
        // A note missing in both languages is the row's, not one column's.
        return cell(
          'revisions',
          this.revisionRows[index],
          rest.length === 1 && rest[0] === 'note' ? [] : rest,
        );
      case 'relationTypes': {
        const fromRelations = this.typeFromRelations.get(index);
        if (fromRelations) return cell('relations', fromRelations, ['type']);
        return cell('relation-types', this.typeRows[index], rest);
      }
      case 'sources': {
        if (
          (rest[0] === 'paragraphs' && typeof rest[1] === 'number') ||
          rest[0] === 'translations'
        ) {
          const n = (rest[0] === 'paragraphs' ? rest[1] : rest[2]) as number;
          const row = this.paragraphRows.get(`${index}:${n + 1}`);
          const column = rest[0] === 'paragraphs' ? 'text' : `translation_${String(rest[1])}`;
          if (row) return cell('paragraphs', row, [column]);
        }
        return cell('sources', this.sourceRows[index], rest);
      }
      default:
        return undefined;
    }
  }
}

/**
 * The CSV column a dataset path ends in: label.en → label_en, inverseLabel.ar →
 * inverse_label_ar, position.x → x, time.from → time_from, attributes.k → k's column.
 */
function columnOf(path: readonly PathSegment[], table?: CsvTable): string | undefined {
  const names: string[] = [];
  for (const segment of path) {
    if (typeof segment !== 'string') break;
    names.push(segment);
  }
  if (names.length === 0) return undefined;
  if (names[0] === 'position') return names[1] ?? 'x';
  if (names[0] === 'attributes') return names[1] ?? ATTRIBUTES_COLUMN;
  if (names[0] === '$schema') return 'schema';
  if (names[0] === 'evidence') return undefined;
  if (names[0] === 'steps' && table === 'stories') return 'steps';
  return names.map((name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)).join('_');
}

function foldLabel(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function matchKind(cell: string): string | undefined {
  const word = cell.trim().toLowerCase();
  if ((ENTITY_KINDS as readonly string[]).includes(word)) return word;
  return KIND_WORDS[word];
}

/** The type text of relations that have none: one shared type, "linked with". */
const DEFAULT_TYPE_TEXT = 'linked with';

/** Every filled "type" cell says Directed, Undirected (or Mixed): Gephi's edge direction. */
function isDirectionColumn(
  table: Table,
  raw: (table: Table, row: Row, column: string) => string | undefined,
): boolean {
  let any = false;
  for (const row of table.rows) {
    const cell = raw(table, row, 'type')?.trim().toLowerCase();
    if (cell === undefined || cell === '') continue;
    if (!['directed', 'undirected', 'mixed'].includes(cell)) return false;
    any = true;
  }
  return any;
}
