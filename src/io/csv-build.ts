/**
 * Rows → the dataset, each table after those it refers to: dataset, sources and
 * paragraphs, the graph (csv-build-graph.ts), claims, evidence, stories, revisions. Then the
 * loader checks it all, each of its problems mapped back to a cell (csv-locate.ts).
 */
import type { PathSegment } from '../model/problems';
import { splitList } from './csv-core';
import { cellAt, foldLabel, rawCell, textCell, type Loose } from './csv-cells';
import { GraphBuilder } from './csv-build-graph';
import type { CsvImportOptions } from './csv-import';
import { fileOrder, type Row, type Table } from './csv-read';
import type { CsvTable } from './csv-tables';
import { finishImport } from './finish';
import { IdAllocator, slugify } from './ids';
import { shorten } from './text';
import type { ImportProblem, ImportResult } from './types';

/** One build of one set: read every table, then validate with the loader (finishImport). */
export class CsvBuilder extends GraphBuilder {
  constructor(
    tables: Map<CsvTable, Table>,
    found: ImportProblem[],
    private readonly options: CsvImportOptions,
    gephi = false,
  ) {
    super(tables, found, gephi);
  }

  build(): ImportResult {
    const meta = this.readDataset();
    const sources = this.readSources();
    this.readParagraphs(sources);
    const entities = this.readEntities();
    const relationTypes = this.readRelationTypes();
    const relations = this.readRelations(relationTypes);
    const claims = this.readClaims();
    this.warnChangedIds();
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
      (path) => this.origins.locate(path),
      fileOrder(this.tables),
    );
  }

  private readDataset(): Loose {
    const table = this.tables.get('dataset');
    const row = table?.rows[0];
    this.origins.dataset = row;
    const name = this.options.name ?? 'imported';
    const out: Loose = {};
    const schema = table && row ? textCell(table, row, 'schema') : undefined;
    if (schema !== undefined) out.$schema = schema;
    out.version = 1;
    out.id = (table && row && textCell(table, row, 'id')) ?? (slugify(name) || 'imported');
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
      this.origins.sources.push(row);
      const path: PathSegment[] = ['sources', i];
      const out: Loose = { id: textCell(table, row, 'id') };
      out.title = this.bilingual(table, row, 'title', [...path, 'title']) ?? {};
      const outlet = this.bilingual(table, row, 'outlet', [...path, 'outlet']);
      if (outlet) out.outlet = outlet;
      out.language = textCell(table, row, 'language');
      for (const key of ['date', 'url'] as const) {
        const value = textCell(table, row, key);
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
      const source = textCell(table, row, 'source');
      const n = this.number(table, row, 'paragraph', []);
      if (source === undefined) {
        this.error('required', cellAt(table, row, 'source'), { field: 'source' });
        continue;
      }
      if (!index.has(source)) {
        this.error('unknownSource', cellAt(table, row, 'source'), { id: shorten(source) });
        continue;
      }
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
        if (n === undefined || typeof n === 'number') {
          this.error('outOfRange', cellAt(table, row, 'paragraph'), { value: String(n ?? '') });
        }
        continue;
      }
      const rows = bySource.get(source) ?? new Map<number, Row>();
      const first = rows.get(n);
      if (first) {
        this.error('csvDuplicateRow', cellAt(table, row, 'paragraph'), {
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
          const value = row ? (rawCell(table, row, name) ?? '') : '';
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
      for (const [n, row] of rows) this.origins.paragraphs.set(`${i}:${n}`, row);
    }
  }

  private readClaims(): Loose[] {
    const table = this.tables.get('claims');
    if (!table) return [];
    const ids = new IdAllocator();
    for (const row of table.rows) {
      const id = textCell(table, row, 'id');
      if (id !== undefined) ids.claim(id);
    }
    return table.rows.map((row, i) => {
      this.origins.claims.push(row);
      const path: PathSegment[] = ['claims', i];
      const ref = (column: string) => {
        const cell = textCell(table, row, column);
        return cell === undefined
          ? undefined
          : this.entity(table, row, column, cell, [...path, column]);
      };
      const claimant = ref('claimant');
      const interest = ref('interest');
      let id = textCell(table, row, 'id');
      if (id === undefined) {
        id = ids.unique(slugify(`claim-${claimant ?? ''}-${interest ?? ''}`) || `claim-${row.row}`);
      }
      if (!this.elements.has(id)) this.elements.set(id, { section: 'claims', index: i });
      const out: Loose = { id, claimant, interest };
      for (const column of ['beneficiaries', 'concerns'] as const) {
        const cell = rawCell(table, row, column);
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
      const ref = textCell(table, row, 'for');
      if (ref === undefined) {
        this.error('required', cellAt(table, row, 'for'), { field: 'for' });
        continue;
      }
      let element = this.elements.get(ref);
      if (!element) {
        const ids = this.labelIndex.get(foldLabel(ref));
        if (ids?.size === 1) element = this.elements.get([...ids][0] as string);
      }
      if (!element) {
        this.error('csvUnknownElement', cellAt(table, row, 'for'), { id: shorten(ref) });
        continue;
      }
      const target = sections[element.section]?.[element.index] as Loose;
      const list = (target.evidence as Loose[] | undefined) ?? [];
      const path: PathSegment[] = [element.section, element.index, 'evidence', list.length];
      const item: Loose = {
        source: textCell(table, row, 'source'),
        paragraph: this.number(table, row, 'paragraph', [...path, 'paragraph']),
        quote: textCell(table, row, 'quote'),
      };
      const translation = this.bilingual(table, row, 'translation', [...path, 'translation']);
      if (translation) item.translation = translation;
      item.status = textCell(table, row, 'status')?.toLowerCase();
      const claimant = textCell(table, row, 'claimant');
      if (claimant !== undefined) {
        item.claimant = this.entity(table, row, 'claimant', claimant, [...path, 'claimant']);
      }
      const note = this.bilingual(table, row, 'note', [...path, 'note']);
      if (note) item.note = note;
      for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
      list.push(item);
      target.evidence = list;
      const key = `${element.section}:${element.index}`;
      this.origins.evidence.set(key, [...(this.origins.evidence.get(key) ?? []), row]);
    }
    const relationsTable = this.tables.get('relations');
    const claimsTable = this.tables.get('claims');
    const missing = (items: Loose[], rows: Row[], section: string, owner?: Table) => {
      items.forEach((item, i) => {
        if ((item.evidence as unknown[]).length > 0 || !owner) return;
        const row = rows[i] as Row;
        this.error('csvNoEvidence', cellAt(owner, row), { id: String(item.id) }, [
          section,
          i,
          'evidence',
        ]);
      });
    };
    missing(relations, this.origins.relations, 'relations', relationsTable);
    missing(claims, this.origins.claims, 'claims', claimsTable);
  }

  private readStories(): Loose[] {
    const table = this.tables.get('stories');
    if (!table) return [];
    return table.rows.map((row, i) => {
      this.origins.stories.push(row);
      const path: PathSegment[] = ['stories', i];
      const out: Loose = { id: textCell(table, row, 'id') };
      out.title = this.bilingual(table, row, 'title', [...path, 'title'], { fallback: true }) ?? {};
      const description = this.bilingual(table, row, 'description', [...path, 'description']);
      if (description) out.description = description;
      const source = textCell(table, row, 'source');
      if (source !== undefined) out.source = source;
      const steps = textCell(table, row, 'steps');
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
      this.origins.revisions.push(row);
      const out: Loose = { date: textCell(table, row, 'date') };
      out.note = this.bilingual(table, row, 'note', ['revisions', i, 'note']) ?? {};
      return out;
    });
  }
}
