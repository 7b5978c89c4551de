/**
 * The CSV set's first step: each file → a table of rows under a checked header. Everything
 * that can be said before a value is read is found here (unknown files, encodings, sizes,
 * missing or duplicate columns, quoting, mixed delimiters, stray cells, formulas), so the
 * builder only sees rows whose cells mean what their header says.
 */
import { MAX_DATASET_BYTES } from '../model/parse-json';
import { isBlank, looksLikeFormula, parseCsv, unescapeFormula, type Delimiter } from './csv-core';
import {
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
import { csvSyntaxProblems, importProblem } from './finish';
import { baseName } from './run';
import { decodeText, shorten, utf8Length } from './text';
import type { ImportProblem, InputFile, SourceLocation } from './types';

export type ColumnType = 'string' | 'number' | 'boolean';

export interface Row {
  row: number;
  line: number;
  cells: string[];
}

export interface Table {
  table: CsvTable;
  file: string;
  delimiter: Delimiter;
  /** Known column (canonical name) → its index and the header as written. */
  header: Map<string, { index: number; name: string }>;
  extras: { index: number; name: string; key: string; type: ColumnType }[];
  rows: Row[];
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const DELIMITER_NAMES: Record<Delimiter, string> = { ',': ',', ';': ';', '\t': 'TAB' };

/** The tables of the set, each from the first file named for it; the rest is reported. */
export function readTables(
  files: readonly InputFile[],
  found: ImportProblem[],
): Map<CsvTable, Table> {
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
  return tables;
}

/** The set's files in the order of the tables, for the report. */
export function fileOrder(tables: Map<CsvTable, Table>): string[] {
  return CSV_TABLES.flatMap((table) => {
    const file = tables.get(table)?.file;
    return file ? [file] : [];
  });
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
