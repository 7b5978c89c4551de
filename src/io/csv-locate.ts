/**
 * Where a dataset value came from: the builder records the row each element was read from, and
 * a path the loader names (relations[3].source) is mapped back to its file, row and column.
 */
import type { PathSegment } from '../model/problems';
import { cellAt } from './csv-cells';
import type { Row, Table } from './csv-read';
import { ATTRIBUTES_COLUMN, type CsvTable } from './csv-tables';
import type { SourceLocation } from './types';

/** The rows behind the built dataset, filled in as the builder reads each table. */
export class RowOrigins {
  /** Indexed as the dataset's sections are. */
  readonly entities: Row[] = [];
  readonly relations: Row[] = [];
  readonly claims: Row[] = [];
  readonly sources: Row[] = [];
  readonly stories: Row[] = [];
  readonly revisions: Row[] = [];
  readonly relationTypes: (Row | undefined)[] = [];
  /** Types made from relations.csv (by index in relationTypes): the row that made each one. */
  readonly typeFromRelations = new Map<number, Row>();
  /** `${source index}:${paragraph number}` → its row in paragraphs.csv. */
  readonly paragraphs = new Map<string, Row>();
  /** `${section}:${index}` → the evidence.csv rows of that element, in order. */
  readonly evidence = new Map<string, Row[]>();
  dataset: Row | undefined;

  constructor(private readonly tables: Map<CsvTable, Table>) {}

  /** The cell a dataset path was read from; undefined when no cell holds it. */
  locate(path: readonly PathSegment[]): SourceLocation | undefined {
    const [section, index, ...rest] = path;
    if (typeof section !== 'string') return undefined;
    if (typeof index !== 'number') {
      const table = this.tables.get('dataset');
      if (table && this.dataset) return cellAt(table, this.dataset, columnOf(path));
      return undefined;
    }
    const cell = (name: CsvTable, row: Row | undefined, tail: readonly PathSegment[]) => {
      const table = this.tables.get(name);
      if (!table || !row) return undefined;
      return cellAt(table, row, columnOf(tail, name));
    };
    if (rest[0] === 'evidence' && typeof rest[1] === 'number') {
      const row = this.evidence.get(`${section}:${index}`)?.[rest[1]];
      return cell('evidence', row, rest.slice(2));
    }
    switch (section) {
      case 'entities':
        return cell('entities', this.entities[index], rest);
      case 'relations':
        return cell('relations', this.relations[index], rest);
      case 'claims':
        return cell('claims', this.claims[index], rest);
      case 'stories':
        return cell('stories', this.stories[index], rest.length ? [rest[0] as string] : []);
      case 'revisions':
        // A note missing in both languages is the row's, not one column's.
        return cell(
          'revisions',
          this.revisions[index],
          rest.length === 1 && rest[0] === 'note' ? [] : rest,
        );
      case 'relationTypes': {
        const fromRelations = this.typeFromRelations.get(index);
        if (fromRelations) return cell('relations', fromRelations, ['type']);
        return cell('relation-types', this.relationTypes[index], rest);
      }
      case 'sources': {
        if (
          (rest[0] === 'paragraphs' && typeof rest[1] === 'number') ||
          rest[0] === 'translations'
        ) {
          const n = (rest[0] === 'paragraphs' ? rest[1] : rest[2]) as number;
          const row = this.paragraphs.get(`${index}:${n + 1}`);
          const column = rest[0] === 'paragraphs' ? 'text' : `translation_${String(rest[1])}`;
          if (row) return cell('paragraphs', row, [column]);
        }
        return cell('sources', this.sources[index], rest);
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
