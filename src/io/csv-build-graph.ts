/**
 * The graph part of the CSV set: entities.csv, relation-types.csv and relations.csv (or
 * Gephi's nodes.csv and edges.csv) → entities, relation types and relations. Here ids are
 * derived (or, for Gephi, made valid) and the lookups are kept that let the other tables name
 * an entity by id or by label.
 */
import type { PathSegment } from '../model/problems';
import { ENTITY_KINDS } from '../model/schema';
import { parseBoolean, splitList } from './csv-core';
import {
  CellReader,
  cellAt,
  foldLabel,
  isDirectionColumn,
  matchCsvKind,
  rawCell,
  textCell,
  type Loose,
} from './csv-cells';
import type { Row, Table } from './csv-read';
import { RowOrigins } from './csv-locate';
import type { CsvTable } from './csv-tables';
import { IdAllocator, isValidId, sanitizeId, slugify } from './ids';
import { shorten } from './text';
import type { ImportProblem } from './types';

/** The type text of relations that have none: one shared type, "linked with". */
const DEFAULT_TYPE_TEXT = 'linked with';

/** Reads the graph's tables; CsvBuilder (csv-build.ts) reads the rest and builds. */
export class GraphBuilder extends CellReader {
  /** Entity id → its index; label (folded) → the ids of the entities that have it. */
  protected readonly entityIds = new Map<string, number>();
  protected readonly labelIndex = new Map<string, Set<string>>();
  /** Entities, relations and claims by id, for evidence.csv's "for". */
  protected readonly elements = new Map<string, { section: string; index: number }>();
  /** The row each element was read from, for locating the loader's problems. */
  protected readonly origins: RowOrigins;

  /** Gephi's nodes.csv/edges.csv: ids made valid, Type read as the direction (see below). */
  private readonly idAliases = new Map<string, string>();
  private readonly changedIds: string[] = [];
  private readonly changedRelationIds: string[] = [];

  constructor(
    protected readonly tables: Map<CsvTable, Table>,
    found: ImportProblem[],
    gephi: boolean,
  ) {
    super(found, gephi);
    this.origins = new RowOrigins(tables);
  }

  /** An entity by id, or by a label in either language that only one entity has. */
  protected entity(table: Table, row: Row, column: string, value: string, path: PathSegment[]) {
    const alias = this.idAliases.get(value);
    if (alias !== undefined) return alias;
    if (this.entityIds.has(value)) return value;
    const ids = this.labelIndex.get(foldLabel(value));
    if (ids?.size === 1) return [...ids][0] as string;
    if (ids && ids.size > 1) {
      this.error(
        'csvAmbiguousLabel',
        cellAt(table, row, column),
        { value: shorten(value), ids: [...ids].join(', ') },
        path,
      );
    } else {
      this.error('unknownEntity', cellAt(table, row, column), { id: shorten(value) }, path);
    }
    return value;
  }

  protected readEntities(): Loose[] {
    const table = this.tables.get('entities');
    if (!table) return [];
    // Explicit ids first, so a derived id never takes one a later row states.
    const explicit = new Map<string, Row>();
    for (const row of table.rows) {
      const id = textCell(table, row, 'id');
      if (id !== undefined && !explicit.has(id)) explicit.set(id, row);
    }
    const derived = new Map<string, Row>();
    const defaulted: string[] = [];
    const valid = new IdAllocator();
    for (const id of explicit.keys()) if (isValidId(id)) valid.claim(id);
    const out = table.rows.map((row, i) => {
      this.origins.entities.push(row);
      const path: PathSegment[] = ['entities', i];
      const label = this.bilingual(table, row, 'label', [...path, 'label'], {
        neutral: 'label',
        fallback: true,
      });
      let id = textCell(table, row, 'id');
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
          this.error('csvIdRequired', cellAt(table, row, 'id'), { id: base, other: other.row }, [
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
      const kindCell = textCell(table, row, 'kind');
      const kind = kindCell === undefined ? undefined : matchCsvKind(kindCell);
      if (kindCell === undefined) {
        defaulted.push('');
        entity.kind = 'organization';
      } else entity.kind = kind ?? kindCell;
      const subkind = textCell(table, row, 'subkind');
      if (subkind !== undefined) entity.subkind = subkind;
      entity.label = label ?? {};
      const aliases: Loose = {};
      for (const lang of ['en', 'ar'] as const) {
        const cell = rawCell(table, row, `aliases_${lang}`);
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
        this.error('required', cellAt(table, row, missing), { field: missing }, [
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

  protected readRelationTypes(): Loose[] {
    const table = this.tables.get('relation-types');
    if (!table) return [];
    return table.rows.map((row, i) => {
      this.origins.relationTypes.push(row);
      const path: PathSegment[] = ['relationTypes', i];
      const out: Loose = {
        id: textCell(table, row, 'id'),
        family: textCell(table, row, 'family')?.toLowerCase() ?? 'other',
      };
      const directed = textCell(table, row, 'directed');
      const flag = directed === undefined ? false : parseBoolean(directed);
      if (flag === undefined) {
        this.error(
          'csvBadBoolean',
          cellAt(table, row, 'directed'),
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

  protected readRelations(types: Loose[]): Loose[] {
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
      const id = textCell(table, row, 'id');
      if (id !== undefined) ids.claim(id);
    }
    // Gephi's edges.csv: "Type" is Directed or Undirected, the direction; the relation's kind
    // is in "Label", if anywhere.
    const directions = this.gephi && !given && isDirectionColumn(table);
    const labelExtra = directions
      ? table.extras.find((extra) => extra.key.toLowerCase() === 'label')
      : undefined;
    const gephiTypes = new Map<string, string>();
    const relationIds = new IdAllocator();
    return table.rows.map((row, i) => {
      this.origins.relations.push(row);
      const path: PathSegment[] = ['relations', i];
      let type: string;
      if (directions) {
        const directed = textCell(table, row, 'type')?.toLowerCase() === 'directed';
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
        const typeCell = textCell(table, row, 'type');
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
      const sourceCell = textCell(table, row, 'source');
      const targetCell = textCell(table, row, 'target');
      const source =
        sourceCell === undefined
          ? undefined
          : this.entity(table, row, 'source', sourceCell, [...path, 'source']);
      const target =
        targetCell === undefined
          ? undefined
          : this.entity(table, row, 'target', targetCell, [...path, 'target']);
      let id = textCell(table, row, 'id');
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
    this.origins.typeFromRelations.set(types.length, row);
    types.push(type);
    this.warn(
      'relationTypeCreated',
      cellAt(table, row, column),
      { id, label: shorten((type.label as { en: string }).en) },
      ['relationTypes', types.length - 1],
    );
    return id;
  }

  /** One warning per table whose ids were changed (Gephi's), with a few examples. */
  protected warnChangedIds() {
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
  }
}
