/**
 * Writes a dataset as the CSV set: one file per table, UTF-8 with a byte-order mark, comma
 * separated, formula injection escaped. Reading the set back gives the same dataset (the
 * limits are listed in data/templates/README.md).
 */
import type { Dataset, PartialBilingual } from '../model/schema';
import { formatCsv, joinList, type CsvValue } from './csv-core';
import {
  ATTRIBUTES_COLUMN,
  CSV_COLUMNS,
  CSV_TABLES,
  TYPED_SUFFIX,
  csvFileName,
  knownColumns,
  normalizeHeader,
  type CsvTable,
} from './csv-tables';
import type { AttributeValue, Attributes } from './fields';
import type { ExportFile } from './types';
import { exportSpec } from './formats';

const CSV_MIME = exportSpec('csv').writes.mime;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

type ColumnType = 'string' | 'number' | 'boolean';
interface ExtraColumn {
  key: string;
  header: string;
  type: ColumnType;
}

function typeOf(value: AttributeValue): ColumnType | undefined {
  if (typeof value === 'string') return value === '' ? undefined : 'string';
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : undefined;
  if (typeof value === 'boolean') return 'boolean';
  return undefined;
}

/** A column per attribute name a cell can hold; the rest goes to the `attributes` JSON column. */
function planExtras(table: CsvTable, all: readonly (Attributes | undefined)[]): ExtraColumn[] {
  const known = knownColumns(table);
  const plan = new Map<string, ExtraColumn>();
  for (const attributes of all) {
    for (const [key, value] of Object.entries(attributes ?? {})) {
      if (plan.has(key)) continue;
      if (
        key === '' ||
        key !== key.trim() ||
        FORBIDDEN.has(key) ||
        TYPED_SUFFIX.test(key) ||
        known.has(normalizeHeader(key))
      ) {
        continue;
      }
      const type = typeOf(value);
      if (type) plan.set(key, { key, type, header: type === 'string' ? key : `${key}:${type}` });
    }
  }
  return [...plan.values()];
}

function extraCells(
  attributes: Attributes | undefined,
  extras: readonly ExtraColumn[],
  withJson: boolean,
): CsvValue[] {
  const rest: [string, AttributeValue][] = [];
  const byKey = new Map(extras.map((extra, i) => [extra.key, i]));
  const cells: CsvValue[] = extras.map(() => undefined);
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const index = byKey.get(key);
    if (index !== undefined && typeOf(value) === extras[index]?.type) cells[index] = value;
    else rest.push([key, value]);
  }
  if (withJson) cells.push(rest.length ? JSON.stringify(Object.fromEntries(rest)) : undefined);
  return cells;
}

const both = (value: PartialBilingual | undefined) => [value?.en, value?.ar];
const list = (items: readonly string[] | undefined) =>
  items?.length ? joinList(items) : undefined;

/** The rows of one table, header first. */
export function csvRows(data: Dataset, table: CsvTable): CsvValue[][] {
  const header = [...CSV_COLUMNS[table]];
  switch (table) {
    case 'dataset':
      return [header, [data.id, ...both(data.title), ...both(data.description), data.$schema]];
    case 'entities': {
      const extras = planExtras(
        table,
        data.entities.map((e) => e.attributes),
      );
      const withJson = data.entities.some(
        (e) => extraCells(e.attributes, extras, true).at(-1) !== undefined,
      );
      return [
        [...header, ...extras.map((e) => e.header), ...(withJson ? [ATTRIBUTES_COLUMN] : [])],
        ...data.entities.map((e) => [
          e.id,
          e.kind,
          e.subkind,
          ...both(e.label),
          list(e.aliases?.en),
          list(e.aliases?.ar),
          ...both(e.description),
          e.position?.x,
          e.position?.y,
          ...extraCells(e.attributes, extras, withJson),
        ]),
      ];
    }
    case 'relation-types':
      return [
        header,
        ...data.relationTypes.map((t) => [
          t.id,
          t.family,
          t.directed,
          ...both(t.label),
          ...both(t.inverseLabel),
        ]),
      ];
    case 'relations': {
      const extras = planExtras(
        table,
        data.relations.map((r) => r.attributes),
      );
      const withJson = data.relations.some(
        (r) => extraCells(r.attributes, extras, true).at(-1) !== undefined,
      );
      return [
        [...header, ...extras.map((e) => e.header), ...(withJson ? [ATTRIBUTES_COLUMN] : [])],
        ...data.relations.map((r) => [
          r.id,
          r.type,
          r.source,
          r.target,
          r.time?.from,
          r.time?.to,
          ...both(r.description),
          ...extraCells(r.attributes, extras, withJson),
        ]),
      ];
    }
    case 'claims':
      return [
        header,
        ...data.claims.map((c) => [
          c.id,
          c.claimant,
          c.interest,
          list(c.beneficiaries),
          list(c.concerns),
          ...both(c.statement),
        ]),
      ];
    case 'evidence': {
      const owners = [...data.entities, ...data.relations, ...data.claims];
      return [
        header,
        ...owners.flatMap((owner) =>
          (owner.evidence ?? []).map((e) => [
            owner.id,
            e.source,
            e.paragraph,
            e.quote,
            ...both(e.translation),
            e.status,
            e.claimant,
            ...both(e.note),
          ]),
        ),
      ];
    }
    case 'sources':
      return [
        header,
        ...data.sources.map((s) => [
          s.id,
          ...both(s.title),
          ...both(s.outlet),
          s.language,
          s.date,
          s.url,
          ...both(s.note),
        ]),
      ];
    case 'paragraphs':
      return [
        header,
        ...data.sources.flatMap((s) => {
          const count = Math.max(
            s.paragraphs?.length ?? 0,
            s.translations?.en?.length ?? 0,
            s.translations?.ar?.length ?? 0,
          );
          return Array.from({ length: count }, (_, i) => [
            s.id,
            i + 1,
            s.paragraphs?.[i],
            s.translations?.en?.[i],
            s.translations?.ar?.[i],
          ]);
        }),
      ];
    case 'stories':
      return [
        header,
        ...data.stories.map((s) => [
          s.id,
          ...both(s.title),
          ...both(s.description),
          s.source,
          JSON.stringify(s.steps),
        ]),
      ];
    case 'revisions':
      return [header, ...(data.revisions ?? []).map((r) => [r.date, ...both(r.note)])];
  }
}

/** One table of the set as a file. */
export function exportCsvTable(data: Dataset, table: CsvTable): ExportFile {
  return { filename: csvFileName(table), mime: CSV_MIME, content: formatCsv(csvRows(data, table)) };
}

/** The whole set, every table (header only when it has no rows), in the order of CSV_TABLES. */
export function exportCsvSet(data: Dataset): ExportFile[] {
  return CSV_TABLES.map((table) => exportCsvTable(data, table));
}
