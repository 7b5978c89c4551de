// @vitest-environment node
/** The CSV set: what a spreadsheet user can rely on beyond the exact template. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { formatCsv, parseCsv } from '../../../src/io/csv-core';
import { exportCsvSet, exportCsvTable } from '../../../src/io/csv-export';
import { importCsvFiles } from '../../../src/io/csv-import';
import { tableOf } from '../../../src/io/csv-tables';
import { describeImportProblem } from '../../../src/io/describe';
import type { ImportProblem, ImportResult, InputFile } from '../../../src/io/types';
import { FIXTURES, folder, plain, seed } from './helpers';

const MINIMAL = join(FIXTURES, 'datasets/csv-minimal');
const en = createI18n('en');

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3), null, 1));
  return result;
}

function problems(result: ImportResult): ImportProblem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const text = (file: InputFile) =>
  typeof file.content === 'string'
    ? file.content
    : new TextDecoder().decode(file.content as Uint8Array);

/** The same table re-saved the way a European or Arabic-locale spreadsheet does. */
function asSemicolons(file: InputFile): InputFile {
  const rows = parseCsv(text(file)).records.map((r) =>
    r.cells.map((cell) => (/^-?\d+\.\d+$/.test(cell) ? cell.replace('.', ',') : cell)),
  );
  return { name: file.name, content: formatCsv(rows, { delimiter: ';', bom: true }) };
}

describe('reading the CSV set', () => {
  it('reads the set saved with semicolons, a byte-order mark, CRLF and decimal commas', () => {
    const comma = ok(importCsvFiles(folder(MINIMAL)));
    const semicolon = ok(importCsvFiles(folder(MINIMAL).map(asSemicolons)));
    expect(plain(semicolon.dataset)).toEqual(plain(comma.dataset));
  });

  it('reads each file with its own delimiter', () => {
    const files = folder(MINIMAL).map((f) => (f.name === 'entities.csv' ? asSemicolons(f) : f));
    ok(importCsvFiles(files));
  });

  it('derives ids from labels, Arabic ones too, and resolves references by label', () => {
    const result = ok(
      importCsvFiles([
        {
          name: 'entities.csv',
          content:
            'kind,label_en,label_ar\ncountry,Israel,إسرائيل\ncountry,,أذربيجان\nperson,Joseph Epstein,جوزيف إبستين\n',
        },
        { name: 'relations.csv', content: 'type,source,target\nallied with,Israel,أذربيجان\n' },
      ]),
    );
    const { entities, relations, relationTypes, sources } = result.dataset;
    expect(entities.map((e) => e.id)).toEqual(['israel', 'adhrbyjan', 'joseph-epstein']);
    expect(entities[1]?.label).toEqual({ ar: 'أذربيجان', en: 'أذربيجان' });
    expect(relations).toEqual([
      expect.objectContaining({
        id: 'israel-allied-with-adhrbyjan',
        type: 'allied-with',
        source: 'israel',
        target: 'adhrbyjan',
      }),
    ]);
    expect(relationTypes).toEqual([
      {
        id: 'allied-with',
        family: 'other',
        directed: false,
        label: { ar: 'allied with', en: 'allied with' },
      },
    ]);
    // No evidence.csv at all: the set cites itself, and says so.
    expect(sources[0]).toMatchObject({ id: 'imported', language: 'und' });
    expect(result.warnings.map((w) => w.code)).toEqual([
      'labelFallback',
      'relationTypeCreated',
      'evidenceImported',
    ]);
    expect(describeImportProblem(en, result.warnings[0] as ImportProblem)).toEqual({
      where: 'entities.csv, row 3, column "label_en"',
      message:
        'The English label is missing, so the Arabic one ("أذربيجان") is used in both languages. Add the English label.',
    });
  });

  it('reads Gephi-style node and edge tables (Id, Label, Source, Target, extra columns)', () => {
    const result = ok(
      importCsvFiles([
        { name: 'nodes.csv', content: 'Id,Label,Modularity Class\n1,Valjean,1\n2,Javert,7\n' },
        { name: 'edges.csv', content: 'Source,Target,Weight:number\n1,2,3.5\n' },
      ]),
    );
    expect(result.dataset.entities[0]).toEqual({
      id: '1',
      kind: 'organization',
      label: { en: 'Valjean', ar: 'Valjean' },
      attributes: { 'Modularity Class': '1' },
    });
    expect(result.dataset.relations[0]).toMatchObject({
      source: '1',
      target: '2',
      attributes: { Weight: 3.5 },
    });
  });

  it('types extra columns by their header, and takes anything else from the attributes JSON', () => {
    const result = ok(
      importCsvFiles([
        {
          name: 'entities.csv',
          content:
            'id,kind,label_en,label_ar,population:number,member:boolean,note,attributes\n' +
            'a,country,A,أ,9.8,yes,"kept as text, even 12",\n' +
            'b,country,B,ب,,no,,"{""gdp"": null, ""note"": """"}"\n',
        },
      ]),
    );
    expect(result.dataset.entities.map((e) => e.attributes)).toEqual([
      { population: 9.8, member: true, note: 'kept as text, even 12' },
      { member: false, gdp: null, note: '' },
    ]);
  });

  it('maps every dataset problem back to its file, row and column', () => {
    const files = folder(MINIMAL).map((f) => {
      if (f.name === 'entities.csv')
        return { ...f, content: text(f).replace('country,state,Israel', 'country,city,Israel') };
      if (f.name === 'relation-types.csv') {
        return { ...f, content: text(f).replace('receives oil from,تتلقى النفط من', ',') };
      }
      if (f.name === 'sources.csv')
        return {
          ...f,
          content: text(f).replace('https://example.org/article', 'javascript:alert(1)'),
        };
      return f;
    });
    const found = problems(importCsvFiles(files)).map((p) => describeImportProblem(en, p).where);
    expect(found).toEqual([
      'entities.csv, row 2, column "subkind"',
      'relation-types.csv, row 3',
      'sources.csv, row 2, column "url"',
    ]);
  });

  it('warns about files that are not part of the set, and needs entities.csv', () => {
    const result = importCsvFiles([
      { name: 'relations.csv', content: 'source,target\na,b\n' },
      { name: 'notes.csv', content: 'x\n1\n' },
    ]);
    const codes = problems(result).map((p) => [p.code, p.severity]);
    expect(codes).toEqual([
      ['csvMissingFile', 'error'],
      ['csvUnknownFile', 'warning'],
    ]);
    expect(problems(importCsvFiles([{ name: 'notes.txt', content: 'x' }]))[0]?.code).toBe(
      'csvNoFiles',
    );
  });

  it('knows the tables by name, prefix and Gephi alias', () => {
    expect(
      [
        'entities.csv',
        'Gaza-Entities.CSV',
        'relation_types.csv',
        'nodes.csv',
        'edges.csv',
        'x.csv',
      ].map(tableOf),
    ).toEqual(['entities', 'entities', 'relation-types', 'entities', 'relations', undefined]);
  });
});

describe('writing the CSV set', () => {
  it('writes every table, UTF-8 with a byte-order mark, even empty ones', () => {
    const files = exportCsvSet(seed());
    expect(files.map((f) => f.filename)).toEqual([
      'dataset.csv',
      'entities.csv',
      'relation-types.csv',
      'relations.csv',
      'claims.csv',
      'evidence.csv',
      'sources.csv',
      'paragraphs.csv',
      'stories.csv',
      'revisions.csv',
    ]);
    for (const file of files) {
      expect(file.content.charCodeAt(0)).toBe(0xfeff);
      expect(file.mime).toBe('text/csv;charset=utf-8');
    }
  });

  it('escapes formula cells coming from the data, multi-line ones included', () => {
    const data = seed();
    const first = data.entities[0];
    if (!first) throw new Error('seed');
    const evil = {
      ...data,
      entities: [
        { ...first, description: { en: '=cmd|" /C calc"!A0\nsecond line' } },
        ...data.entities.slice(1),
      ],
    };
    const content = exportCsvTable(evil, 'entities').content;
    expect(content).toContain('"\'=cmd|"" /C calc""!A0\nsecond line"');
    const back = ok(
      importCsvFiles(exportCsvSet(evil).map((f) => ({ name: f.filename, content: f.content }))),
    );
    expect(back.dataset.entities[0]?.description?.en).toBe('=cmd|" /C calc"!A0\nsecond line');
    expect(back.warnings).toEqual([]);
  });
});
