/**
 * One cell of a table's row, read as what its column holds: text, a number, a text in both
 * languages, typed attributes, JSON. What a cell cannot be read as is reported at that cell
 * (file, spreadsheet row, column as written), with the dataset path the loader would name, so
 * finishImport does not report the same value again.
 */
import type { PathSegment } from '../model/problems';
import { parseJsonText } from '../model/parse-json';
import { emptyRecord } from '../model/records';
import { ENTITY_KINDS, type EntityKind } from '../model/schema';
import { parseBoolean, parseNumber } from './csv-core';
import { ATTRIBUTES_COLUMN } from './csv-tables';
import type { Row, Table } from './csv-read';
import type { AttributeValue } from './fields';
import { importProblem } from './finish';
import { scriptOf, shorten } from './text';
import type { ImportProblem, SourceLocation } from './types';

export type Loose = Record<string, unknown>;

/** The cell under a known column, as written; undefined when the table has no such column. */
export function rawCell(table: Table, row: Row, column: string): string | undefined {
  const index = table.header.get(column)?.index;
  return index === undefined ? undefined : row.cells[index];
}

/** The cell trimmed; undefined when the column is missing or the cell is empty. */
export function textCell(table: Table, row: Row, column: string): string | undefined {
  const value = rawCell(table, row, column)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A cell's place in a report, its column named as the header writes it; no column: the row. */
export function cellAt(table: Table, row: Row, column?: string): SourceLocation {
  const name = column === undefined ? undefined : (table.header.get(column)?.name ?? column);
  return name === undefined
    ? { file: table.file, row: row.row }
    : { file: table.file, row: row.row, column: name };
}

/** A label as lookups compare it: NFC, runs of spaces as one, trimmed, lower case. */
export function foldLabel(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Words for our kinds. Fewer than import-kinds.ts's matchKind knows, and without subkinds or
 * its folding of "_" and "-": a kind cell that is none of these stays as written and is
 * reported, so the two are not interchangeable.
 */
const KIND_WORDS: Record<string, EntityKind> = {
  organisation: 'organization',
  org: 'organization',
  people: 'person',
  state: 'country',
  location: 'place',
};

/** A kind cell → one of our kinds, by id or by a word in KIND_WORDS; undefined otherwise. */
export function matchCsvKind(cell: string): string | undefined {
  const word = cell.trim().toLowerCase();
  if ((ENTITY_KINDS as readonly string[]).includes(word)) return word;
  return KIND_WORDS[word];
}

/** Every filled "type" cell says Directed, Undirected (or Mixed): Gephi's edge direction. */
export function isDirectionColumn(table: Table): boolean {
  let any = false;
  for (const row of table.rows) {
    const cell = rawCell(table, row, 'type')?.trim().toLowerCase();
    if (cell === undefined || cell === '') continue;
    if (!['directed', 'undirected', 'mixed'].includes(cell)) return false;
    any = true;
  }
  return any;
}

/** Reads cells into values and reports, into `found`, the cells it cannot read. */
export class CellReader {
  constructor(
    protected readonly found: ImportProblem[],
    /** Gephi's nodes.csv/edges.csv: a "weight" column is a number. */
    protected readonly gephi: boolean,
  ) {}

  protected error(
    code: ImportProblem['code'],
    at: SourceLocation,
    params: Record<string, string | number>,
    path: PathSegment[] = [],
  ) {
    this.found.push(importProblem(code, at, params, 'error', path));
  }

  protected warn(
    code: ImportProblem['code'],
    at: SourceLocation | undefined,
    params: Record<string, string | number>,
    path: PathSegment[] = [],
  ) {
    this.found.push(importProblem(code, at, params, 'warning', path));
  }

  /** A number; a cell that is not one is reported and kept as written. */
  protected number(
    table: Table,
    row: Row,
    column: string,
    path: PathSegment[],
  ): number | string | undefined {
    const cell = textCell(table, row, column);
    if (cell === undefined) return undefined;
    const value = parseNumber(cell, table.delimiter);
    if (value !== undefined) return value;
    this.error(
      'csvBadNumber',
      cellAt(table, row, column),
      { value: `"${shorten(cell, 30)}"` },
      path,
    );
    return cell;
  }

  /**
   * `${base}_en` and `${base}_ar`, plus a `neutral` column put in the language of its script;
   * with `fallback`, a text in one language only fills the other, with a warning.
   */
  protected bilingual(
    table: Table,
    row: Row,
    base: string,
    path: PathSegment[],
    options: { neutral?: string; fallback?: boolean } = {},
  ): Record<string, string> | undefined {
    const out = emptyRecord<string>();
    const en = textCell(table, row, `${base}_en`);
    const ar = textCell(table, row, `${base}_ar`);
    if (en !== undefined) out.en = en;
    if (ar !== undefined) out.ar = ar;
    const neutral = options.neutral ? textCell(table, row, options.neutral) : undefined;
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
        cellAt(table, row, `${base}_${missing}`),
        { lang: missing, from, value: shorten(out[from] as string) },
        [...path, missing],
      );
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  /** The open columns (typed by their :number or :boolean suffix) and the attributes JSON. */
  protected attributes(
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
    const json = textCell(table, row, ATTRIBUTES_COLUMN);
    if (json !== undefined) {
      const parsed = this.json(table, row, ATTRIBUTES_COLUMN, json, path);
      if (parsed !== undefined) {
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
          this.error(
            'csvBadJson',
            cellAt(table, row, ATTRIBUTES_COLUMN),
            { detail: '{ "name": value, … }', value: shorten(json, 40) },
            path,
          );
        } else out.push(...(Object.entries(parsed) as [string, AttributeValue][]));
      }
    }
    return out.length > 0 ? Object.fromEntries(out) : undefined;
  }

  /** A JSON cell's value; undefined, and reported, when it does not parse. */
  protected json(
    table: Table,
    row: Row,
    column: string,
    cell: string,
    path: PathSegment[],
  ): unknown {
    const parsed = parseJsonText(cell);
    if (parsed.ok) return parsed.value;
    const first = parsed.problems[0];
    if (first?.code === 'forbiddenKey') {
      this.error('forbiddenKey', cellAt(table, row, column), first.params, path);
    } else {
      let detail = 'JSON';
      try {
        JSON.parse(cell);
      } catch (error) {
        detail = error instanceof Error ? error.message : String(error);
      }
      this.error(
        'csvBadJson',
        cellAt(table, row, column),
        { detail: shorten(detail, 60), value: shorten(cell, 40) },
        path,
      );
    }
    return undefined;
  }
}
