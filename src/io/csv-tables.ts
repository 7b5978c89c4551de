/**
 * The CSV set: which files, which columns, which are required. The importer, the exporter and
 * the template README all read this table, so they cannot drift apart.
 */

export const CSV_TABLES = [
  'dataset',
  'entities',
  'relation-types',
  'relations',
  'claims',
  'evidence',
  'sources',
  'paragraphs',
  'stories',
  'revisions',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export function csvFileName(table: CsvTable): string {
  return `${table}.csv`;
}

/** Columns in the order the exporter writes them. */
export const CSV_COLUMNS: Record<CsvTable, readonly string[]> = {
  dataset: ['id', 'title_en', 'title_ar', 'description_en', 'description_ar', 'schema'],
  entities: [
    'id',
    'kind',
    'subkind',
    'label_en',
    'label_ar',
    'aliases_en',
    'aliases_ar',
    'description_en',
    'description_ar',
    'x',
    'y',
  ],
  'relation-types': [
    'id',
    'family',
    'directed',
    'label_en',
    'label_ar',
    'inverse_label_en',
    'inverse_label_ar',
  ],
  relations: [
    'id',
    'type',
    'source',
    'target',
    'time_from',
    'time_to',
    'description_en',
    'description_ar',
  ],
  claims: [
    'id',
    'claimant',
    'interest',
    'beneficiaries',
    'concerns',
    'statement_en',
    'statement_ar',
  ],
  evidence: [
    'for',
    'source',
    'paragraph',
    'quote',
    'translation_en',
    'translation_ar',
    'status',
    'claimant',
    'note_en',
    'note_ar',
  ],
  sources: [
    'id',
    'title_en',
    'title_ar',
    'outlet_en',
    'outlet_ar',
    'language',
    'date',
    'url',
    'note_en',
    'note_ar',
  ],
  paragraphs: ['source', 'paragraph', 'text', 'translation_en', 'translation_ar'],
  stories: ['id', 'title_en', 'title_ar', 'description_en', 'description_ar', 'source', 'steps'],
  revisions: ['date', 'note_en', 'note_ar'],
};

/** Read but never written: a label or description whose language its script tells. */
export const CSV_INPUT_ONLY: Partial<Record<CsvTable, readonly string[]>> = {
  entities: ['label', 'description'],
  relations: ['description'],
};

/** Tables whose other columns become `attributes` (plus an `attributes` JSON column). */
export const OPEN_TABLES: ReadonlySet<CsvTable> = new Set(['entities', 'relations']);
export const ATTRIBUTES_COLUMN = 'attributes';

/** Columns that must be in the header; a list means "at least one of these". */
export const CSV_REQUIRED: Record<CsvTable, readonly (string | readonly string[])[]> = {
  dataset: [],
  entities: [['label_en', 'label_ar', 'label']],
  'relation-types': ['id', ['label_en', 'label_ar']],
  relations: ['source', 'target'],
  claims: ['claimant', 'interest'],
  evidence: ['for', 'source', 'paragraph', 'quote', 'status'],
  sources: ['id', 'language'],
  paragraphs: ['source', 'paragraph'],
  stories: ['id', 'steps'],
  revisions: ['date', ['note_en', 'note_ar']],
};

const ALIASES: Record<string, CsvTable> = {
  nodes: 'entities',
  edges: 'relations',
  links: 'relations',
  connections: 'relations',
  types: 'relation-types',
  relationtypes: 'relation-types',
};

/**
 * The table a file is, by name: "entities.csv", "Entities.CSV", "gaza-entities.csv",
 * "relation_types.csv"; "nodes.csv" and "edges.csv" (Gephi) too. Undefined for other names.
 */
export function tableOf(fileName: string): CsvTable | undefined {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName)
    .toLowerCase()
    .replace(/\.(csv|tsv|txt)$/, '')
    .replace(/[\s_]+/g, '-');
  const candidates = [...CSV_TABLES].sort((a, b) => b.length - a.length);
  for (const table of candidates) {
    if (base === table || base.endsWith(`-${table}`)) return table;
  }
  for (const [alias, table] of Object.entries(ALIASES)) {
    if (base === alias || base.endsWith(`-${alias}`)) return table;
  }
  if (base === 'relationtypes') return 'relation-types';
  return undefined;
}

/** "Label EN", "label-en", "label@en", "Label (en)" → "label_en"; "Id" → "id". */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .trim()
    .replace(/[\s.@-]+/g, '_');
}

export const TYPED_SUFFIX = /^(.*):(string|number|boolean)$/i;

/** Every name the header of a table gives a meaning to. */
export function knownColumns(table: CsvTable): Set<string> {
  const known = new Set([...CSV_COLUMNS[table], ...(CSV_INPUT_ONLY[table] ?? [])]);
  if (OPEN_TABLES.has(table)) known.add(ATTRIBUTES_COLUMN);
  return known;
}
