// @vitest-environment node
/**
 * Files other tools write as they write them (tests/fixtures/real-world, see its README): what
 * each importer keeps, what it maps, and what it reports, with the exact message.
 */
import './dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { describeImportProblem } from '../../../src/io/describe';
import { detectFormat } from '../../../src/io/detect';
import { importGexf } from '../../../src/io/gexf';
import { parseHexFloat } from '../../../src/io/graphml';
import { yearOfKumuDate } from '../../../src/io/kumu';
import { sanitizeId, slugify } from '../../../src/io/ids';
import { runImporter } from '../../../src/io/run';
import { importFileSync, importFilesSync } from '../../../src/io/sync';
import { htmlToText } from '../../../src/io/text';
import type { ImportProblem, ImportResult } from '../../../src/io/types';
import type { Entity } from '../../../src/model/schema';
import { FIXTURES, folder } from './helpers';

const REAL = join(FIXTURES, 'real-world');
const en = createI18n('en');
const ar = createI18n('ar');

function importReal(name: string): ImportResult {
  return importFileSync(name, readFileSync(join(REAL, name)));
}

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result;
}

function only(list: readonly ImportProblem[], code: ImportProblem['code']): ImportProblem {
  const found = list.filter((p) => p.code === code);
  expect(found, code).toHaveLength(1);
  return found[0] as ImportProblem;
}

const english = (p: ImportProblem) => describeImportProblem(en, p);
const arabic = (p: ImportProblem) => describeImportProblem(ar, p);

/** The entity's group: the model's `parent`, or the attribute the importer sets. */
const parentOf = (e: Entity | undefined) =>
  (e as { parent?: unknown } | undefined)?.parent ?? e?.attributes?.parent;

describe('graph-tool GraphML (vector_float, short, python_object, hex floats)', () => {
  const result = ok(importReal('graph-tool.graphml'));
  const byId = (id: string) => result.dataset.entities.find((e) => e.id === id);

  it('reads every attribute of a type GraphML does not define as text, and hex floats exactly', () => {
    expect(result.dataset.entities.map((e) => e.label.en)).toEqual(['Mr Hi', 'Officer', 'Student']);
    expect(byId('n0')?.attributes).toMatchObject({
      group: '1',
      pos: '10.888893506588493, 11.526794076921911',
      score: '3.125',
      tags: 'instructor, founder',
    });
    expect(byId('n1')?.attributes?.pos).toBe('4.5, -0.5');
    const [e0, e1] = result.dataset.relations;
    // double: a number again (0x1.8p+1 is 3), not NaN.
    expect(e0?.attributes).toMatchObject({ weight: 3, meta: 'gAN9cQBYBAAAAHNlZW5xAUsDcy4=' });
    expect(e1?.attributes?.weight).toBe(0.5);
  });

  it('warns once per such attribute, naming its key and type', () => {
    const typed = result.warnings.filter((w) => w.code === 'attributeTypeAsText');
    expect(typed.map((w) => [w.params.key, w.params.type])).toEqual([
      ['group', 'short'],
      ['pos', 'vector_float'],
      ['score', 'long double'],
      ['tags', 'vector_string'],
      ['meta', 'python_object'],
    ]);
    const pos = typed[1] as ImportProblem;
    expect(pos.severity).toBe('warning');
    expect(english(pos)).toEqual({
      where: 'graph-tool.graphml, field "pos"',
      message:
        'The attribute "pos" has the type "vector_float", which is read as text (GraphML defines only boolean, int, long, float, double and string). Its values are kept as written; if you need them as numbers, export the attribute as double or int from the tool that made the file.',
    });
    expect(arabic(pos).message).toBe(
      'للسمة "pos" النوع "vector_float"، فقُرئت قيمها نصًّا (لا يعرّف GraphML إلا الأنواع boolean وint وlong وfloat وdouble وstring). وحُفظت القيم كما كُتبت؛ وإذا احتجت إليها أرقامًا فصدّر السمة بالنوع double أو int من الأداة التي أنشأت الملف.',
    );
  });

  it('decodes C99 hexadecimal floats', () => {
    expect(parseHexFloat('0x1.8p+1')).toBe(3);
    expect(parseHexFloat('-0x1p-1')).toBe(-0.5);
    expect(parseHexFloat('0xc.8p-2')).toBe(3.125);
    expect(parseHexFloat('0x1.5c71d0cb8d943p+3')).toBe(10.888893506588493);
    expect(parseHexFloat('0x0p+0')).toBe(0);
    expect(parseHexFloat('1.5')).toBeNaN();
  });

  it('never shows a reader exception: any of them becomes one message that says what to do', () => {
    const result = runImporter(
      () => {
        throw new TypeError('spec.cast is not a function');
      },
      'graphml',
      'broken.graphml',
    );
    expect(result.ok).toBe(false);
    const [problem] = result.ok ? [] : result.problems;
    expect(problem).toMatchObject({ code: 'readFailed', severity: 'error' });
    const text = english(problem as ImportProblem);
    expect(text.where).toBe('broken.graphml');
    expect(text.message).toBe(
      'This GraphML file could not be read: it holds something our reader did not expect. Open it in the tool that made it, export it again as GraphML and import the new file. If that fails too, report the problem and attach the file.',
    );
    expect(text.message).not.toContain('spec.cast');
    expect(arabic(problem as ImportProblem).message).toContain('تعذّرت قراءة ملف GraphML هذا');
  });
});

describe('Cytoscape.js JSON without the elements wrapper', () => {
  it('is detected and read: {nodes, edges} as cy.json().elements writes them', () => {
    const text = readFileSync(join(REAL, 'cytoscape-elements.json'), 'utf8');
    expect(detectFormat('cytoscape-elements.json', text)).toBe('cytoscape');
    const { dataset, format } = ok(importReal('cytoscape-elements.json'));
    expect(format).toBe('cytoscape');
    expect(dataset.entities.map((e) => [e.id, e.kind, e.position])).toEqual([
      ['hamas', 'organization', { x: 120.5, y: 80 }],
      ['qatar', 'country', { x: 300, y: 140.25 }],
    ]);
    expect(dataset.entities[1]?.attributes).toEqual({ classes: 'state' });
    expect(dataset.relations).toHaveLength(1);
    expect(dataset.relations[0]).toMatchObject({ source: 'qatar', target: 'hamas', type: 'hosts' });
  });

  it('also reads {elements: [...]} as a flat list with group fields', () => {
    const text = JSON.stringify({
      elements: [
        { group: 'nodes', data: { id: 'a', name: 'A' } },
        { group: 'nodes', data: { id: 'b', name: 'B' } },
        { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
      ],
    });
    const { dataset } = ok(importFileSync('flat.json', text));
    expect(dataset.entities.map((e) => e.id)).toEqual(['a', 'b']);
    expect(dataset.relations.map((r) => [r.source, r.target])).toEqual([['a', 'b']]);
  });
});

describe('GEXF hierarchy: nested nodes and pid', () => {
  const result = ok(importReal('gexf-hierarchy.gexf'));
  const entity = (id: string) => result.dataset.entities.find((e) => e.id === id);

  it('gives each member its group, nested or by pid, groups inside groups included', () => {
    expect(result.dataset.entities.map((e) => [e.id, e.parent])).toEqual([
      ['g1', undefined],
      ['a', 'g1'],
      ['g2', 'g1'],
      ['b', 'g2'],
      ['c', 'g1'],
      ['d', undefined],
    ]);
    expect(result.dataset.relations.map((r) => [r.source, r.target])).toEqual([
      ['a', 'd'],
      ['c', 'd'],
      ['b', 'a'],
    ]);
  });

  it("keeps a group's own kind and colour, not its last member's", () => {
    expect(entity('g1')?.kind).toBe(entity('g2')?.kind);
    expect(entity('g1')?.kind).not.toBe(entity('a')?.kind);
    expect(entity('g1')?.look?.color).toBe('#C8C8C8');
    expect(entity('a')?.look?.color).toBe('#E61E1E');
  });
});

describe('Kumu dates', () => {
  const result = ok(importReal('kumu-dates.json'));
  const relation = (source: string, target: string) =>
    result.dataset.relations.find((r) => r.source === source && r.target === target);

  it('gives a connection the years of its Start Date and End Date, whatever their spelling', () => {
    expect(relation('ministry', 'contractor')?.time).toEqual({ from: 2019, to: 2021 });
    expect(relation('auditor', 'contractor')?.time).toEqual({ from: 2015 });
    expect(relation('ministry', 'contractor')?.attributes ?? {}).not.toHaveProperty('Start Date');
  });

  it('keeps dates on elements, or that are not dates, as attributes, and counts them once', () => {
    expect(relation('auditor', 'ministry')?.time).toBeUndefined();
    expect(relation('auditor', 'ministry')?.attributes?.['start date']).toBe('sometime in spring');
    const ministry = result.dataset.entities.find((e) => e.id === 'ministry');
    expect(ministry?.attributes?.['start date']).toBe('1990');
    expect(only(result.warnings, 'timeNotCarried').params.count).toBe(2);
    expect(english(only(result.warnings, 'timeNotCarried')).message).toContain(
      'Kumu "Start Date" and "End Date"',
    );
  });

  it('reads the year of the date forms Kumu accepts, and nothing else', () => {
    expect(
      ['2019', '2019-05', '2019-05-17', '2019-05-17T10:00:00Z', '5/17/2019', 2019].map(
        yearOfKumuDate,
      ),
    ).toEqual([2019, 2019, 2019, 2019, 2019, 2019]);
    expect(['spring', '', '20190517', '1/2/3'].map(yearOfKumuDate)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('Kumu blueprint: undeclared elements and HTML descriptions', () => {
  const result = ok(importReal('kumu-blueprint.json'));
  const byLabel = (label: string) => result.dataset.entities.find((e) => e.label.en === label);

  it('creates an element a connection names but "elements" does not declare, as Kumu does', () => {
    expect(result.dataset.entities.map((e) => e.id)).toEqual([
      'alice-martin',
      'acme-ltd',
      'bob-stone',
      'carol-reyes',
    ]);
    expect(byLabel('Bob Stone')?.label).toEqual({ en: 'Bob Stone', ar: 'Bob Stone' });
    expect(result.dataset.relations.map((r) => [r.source, r.target])).toEqual([
      ['alice-martin', 'acme-ltd'],
      ['alice-martin', 'bob-stone'],
      ['bob-stone', 'carol-reyes'],
    ]);
    const created = only(result.warnings, 'kumuElementsCreated');
    expect(created.severity).toBe('warning');
    expect(english(created)).toEqual({
      where: 'kumu-blueprint.json, field "connections"',
      message:
        'Elements named by connections but not declared in "elements": 2 ("Bob Stone", "Carol Reyes"). As Kumu does, each was created with that name as its label. Add them to "elements" to give them a type and a description.',
    });
    expect(arabic(created).message).toBe(
      'عدد العناصر التي تذكرها الروابط ولم يُصرَّح بها في "elements": 2 ("Bob Stone", "Carol Reyes"). أُنشئ كلٌّ منها، كما يفعل Kumu، وتسميته الاسم المذكور. أضفها إلى "elements" لتعطيها نوعًا ووصفًا.',
    );
  });

  it('turns HTML descriptions into plain text, paragraphs and link addresses kept', () => {
    expect(byLabel('Alice Martin')?.description).toEqual({
      en: 'Works at Acme Ltd & advises its board (https://example.org/board).\n\nJoined in 2019.',
    });
    expect(byLabel('Acme Ltd')?.description).toEqual({ en: 'A logistics company.' });
    expect(result.dataset.relations[1]?.description).toEqual({ en: 'Met at university' });
    const html = only(result.warnings, 'htmlConverted');
    expect(english(html).message).toBe(
      'Descriptions written as HTML: 2. They were turned into plain text: tags removed, paragraphs kept as line breaks, links kept as their address in brackets. Bold, italics and other formatting are not kept.',
    );
  });

  it('htmlToText drops scripts, decodes references and keeps list items on their own lines', () => {
    expect(htmlToText('<p>Works at <b>Acme</b></p>')).toBe('Works at Acme');
    expect(htmlToText('<ul><li>one</li><li>two &amp; three</li></ul>')).toBe(
      '- one\n- two & three',
    );
    expect(htmlToText('a<br>b<script>alert(1)</script><style>p{}</style>&#x627;&#1604;')).toBe(
      'a\nbال',
    );
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>');
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
  });
});

describe('a single edge-list CSV', () => {
  const result = ok(importReal('entity-edge-list.csv'));
  const { dataset } = result;

  it('makes one entity per distinct name and one relation per row', () => {
    expect(result.format).toBe('csv');
    expect(dataset.entities.map((e) => [e.id, e.label.en])).toEqual([
      ['alice-smith', 'Alice Smith'],
      ['acme-corp', 'Acme Corp'],
      ['bob-jones', 'Bob Jones'],
    ]);
    expect(dataset.relations.map((r) => [r.source, r.type, r.target])).toEqual([
      ['alice-smith', 'employee', 'acme-corp'],
      ['bob-jones', 'board-member', 'acme-corp'],
      ['alice-smith', 'married', 'bob-jones'],
      ['bob-jones', 'board-member', 'acme-corp'],
    ]);
    expect(dataset.relationTypes.map((t) => t.id)).toEqual(['employee', 'board-member', 'married']);
  });

  it('cites the link of each row as its source, with the URL', () => {
    const [hires, board, married, register] = dataset.relations;
    expect(hires?.evidence.map((e) => e.source)).toEqual(['example-org-news-acme-hires']);
    expect(board?.evidence.map((e) => e.source)).toEqual([
      'example-org-filings-2021',
      'example-com-profile-bob',
    ]);
    expect(married?.evidence.map((e) => e.source)).toEqual(['imported']);
    expect(register?.evidence.map((e) => e.source)).toEqual(['company-register-2021']);
    expect(dataset.sources.find((s) => s.id === 'example-org-news-acme-hires')).toEqual({
      id: 'example-org-news-acme-hires',
      title: { ar: 'example.org/news/acme-hires', en: 'example.org/news/acme-hires' },
      language: 'und',
      url: 'https://example.org/news/acme-hires',
    });
    expect(dataset.sources.find((s) => s.id === 'company-register-2021')?.url).toBeUndefined();
    const cited = only(result.warnings, 'evidenceFromLink');
    expect(english(cited)).toEqual({
      where: 'entity-edge-list.csv, column "Source(s)"',
      message:
        'Relations whose evidence is the link in the column "Source(s)": 3. Each cites that page as a source (status "reported") with a placeholder quote. Open each page and replace the quote with its exact words and paragraph number before publishing.',
    });
    expect(only(result.warnings, 'evidenceImported').params.count).toBe(1);
  });

  it('says which column was taken for what, in both languages', () => {
    const report = only(result.warnings, 'csvEdgeList');
    expect(report.severity).toBe('warning');
    expect(english(report)).toEqual({
      where: 'entity-edge-list.csv, row 1',
      message:
        'Read as an edge list, one relation per row and one entity per distinct name: "Entity A" → from, "Entity B" → to, "Connection" → relation type, "Source(s)" → source link. If a column was taken for the wrong thing, rename its header (for example to source, target, type, weight or url) and import the file again.',
    });
    expect(arabic(report).message).toBe(
      'قُرئ الملف قائمةَ روابط، علاقةً واحدة في كل صف وكيانًا واحدًا لكل اسم مختلف: "Entity A" ← من (الطرف الأول)، "Entity B" ← إلى (الطرف الثاني)، "Connection" ← نوع العلاقة، "Source(s)" ← رابط المصدر. إذا أُخذ عمود لغير ما وُضع له فغيّر عنوانه (مثلًا إلى source أو target أو type أو weight أو url) واستورد الملف من جديد.',
    );
  });

  it('without a type column, gives every row the same relation type', () => {
    const plain = ok(importFileSync('links.csv', 'source,target\nA,B\nB,C\nC,A\n'));
    expect(plain.dataset.relationTypes.map((t) => t.id)).toEqual(['links-to']);
    expect(new Set(plain.dataset.relations.map((r) => r.type))).toEqual(new Set(['links-to']));
    const fromTo = ok(importFileSync('people.csv', 'From,To,Weight,Notes\nA,B,2,old friends\n'));
    expect(fromTo.dataset.relations[0]).toMatchObject({
      source: 'a',
      target: 'b',
      description: { en: 'old friends' },
      attributes: { Weight: 2 },
    });
  });

  it('reads Gephi\'s "Type" (Directed/Undirected) as the direction, not as a relation type', () => {
    const gephi = ok(
      importFileSync(
        'flows.csv',
        'Source,Target,Type,Weight\nA,B,Undirected,2\nB,C,Undirected,1\n',
      ),
    );
    expect(gephi.dataset.relationTypes.map((t) => [t.id, t.directed])).toEqual([
      ['linked-with', false],
    ]);
    expect(gephi.dataset.relations.map((r) => r.attributes?.Weight)).toEqual([2, 1]);
    expect(only(gephi.warnings, 'csvEdgeList').params.columns).toBe(
      JSON.stringify([
        ['Source', 'from'],
        ['Target', 'to'],
        ['Type', 'direction'],
        ['Weight', 'weight'],
      ]),
    );
  });

  it('still refuses a CSV whose columns are not an edge list, naming the templates', () => {
    const result = importFileSync('people.csv', 'name,country,population\nA,B,3\n');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toContain('csvNoFiles');
  });

  it('in a CSV set without a type column, also gives every relation one type', () => {
    const set = ok(
      importFilesSync([
        { name: 'entities.csv', content: 'id,label_en,label_ar\na,A,أ\nb,B,ب\nc,C,ج\n' },
        { name: 'relations.csv', content: 'source,target\na,b\nb,c\nc,a\n' },
      ]),
    );
    expect(set.dataset.relationTypes.map((t) => t.id)).toEqual(['linked-with']);
    expect(set.dataset.relations.every((r) => r.type === 'linked-with')).toBe(true);
    expect(set.warnings.filter((w) => w.code === 'relationTypeCreated')).toHaveLength(1);
  });
});

describe("Gephi's nodes.csv and edges.csv with ids in any script", () => {
  const result = ok(importFilesSync(folder(join(REAL, 'gephi-cities'))));
  const { dataset } = result;

  it('makes the ids valid as the GEXF reader does, keeping every letter it can', () => {
    expect(dataset.entities.map((e) => [e.id, e.label.en])).toEqual([
      ['entity-2', '北京'],
      ['entity-3', '上海'],
      ['Da-Nang', 'Đà Nẵng'],
      ['bghdad', 'بغداد'],
      ['New-York', 'New York'],
      ['0', 'Zero'],
    ]);
    expect(sanitizeId('Đà Nẵng')).toBe('Da-Nang');
    expect(slugify('Łódź Ørsted')).toBe('lodz-orsted');
    // The same id in a GEXF file becomes the same entity id.
    const gexf = ok(
      importGexf(
        '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph><nodes><node id="Đà Nẵng" label="Đà Nẵng"/></nodes><edges/></graph></gexf>',
        'g.gexf',
      ),
    );
    expect(gexf.dataset.entities[0]?.id).toBe('Da-Nang');
  });

  it('follows the new ids in edges.csv, reads Type as the direction and Label as the type', () => {
    expect(dataset.relations.map((r) => [r.id, r.source, r.target, r.type])).toEqual([
      ['edge-0', 'entity-2', 'entity-3', 'linked-with'],
      ['1', 'entity-3', 'Da-Nang', 'linked-with'],
      ['2', 'bghdad', 'New-York', 'flight'],
      ['3', 'New-York', '0', 'links-to'],
    ]);
    expect(dataset.relationTypes.map((t) => [t.id, t.directed])).toEqual([
      ['linked-with', false],
      ['flight', true],
      ['links-to', true],
    ]);
    expect(dataset.relations.map((r) => r.attributes?.Weight)).toEqual([2, 1, 1.5, 1]);
  });

  it('reports the changed ids once per file, with examples', () => {
    const changed = result.warnings.filter((w) => w.code === 'idChanged');
    expect(changed.map((w) => [w.at?.file, w.params.count])).toEqual([
      ['nodes.csv', 5],
      ['edges.csv', 1],
    ]);
    expect(english(changed[0] as ImportProblem).message).toBe(
      'Ids changed to make them valid and unique: 5, for example "北京" → "entity-2", "上海" → "entity-3", "Đà Nẵng" → "Da-Nang", …. References were updated to match.',
    );
    expect(english(changed[1] as ImportProblem).message).toContain('"0" → "edge-0"');
    expect(result.warnings.some((w) => w.code === 'badId')).toBe(false);
  });
});

describe('yEd groups (nested graphs)', () => {
  const result = ok(importReal('yed-groups.graphml'));
  const byLabel = (label: string) => result.dataset.entities.find((e) => e.label.en === label);

  it("gives each node only its own data, not its last child's", () => {
    expect(result.dataset.entities.map((e) => [e.id, e.label.en, e.description?.en])).toEqual([
      ['n0', 'Government', 'The ministries'],
      ['n0::n0', 'Finance', 'Runs the treasury'],
      ['n0::n1', 'Defence', 'Defence and its agencies'],
      ['n0::n1::n0', 'Army', 'The army'],
      ['n1', 'Central Bank', 'A bank outside the government'],
    ]);
    // The centre of yEd's box (x, y are its top-left corner; 260 × 250).
    expect(byLabel('Government')?.position).toEqual({ x: 100, y: -205 });
    // Fill, shape and size are the look; a group's size is its members'.
    expect(byLabel('Finance')?.look).toEqual({ color: '#FFCC00', size: 52, shape: 'rectangle' });
    expect(byLabel('Government')?.look).toEqual({ color: '#F5F5F5' });
  });

  it('records the group of each member as "parent", nested groups included', () => {
    expect(result.dataset.entities.map((e) => [e.id, parentOf(e)])).toEqual([
      ['n0', undefined],
      ['n0::n0', 'n0'],
      ['n0::n1', 'n0'],
      ['n0::n1::n0', 'n0::n1'],
      ['n1', undefined],
    ]);
    // The edge inside the group is kept, between the members.
    expect(result.dataset.relations.map((r) => [r.source, r.target, r.description?.en])).toEqual([
      ['n0::n0', 'n0::n1::n0', 'funds'],
      ['n1', 'n0::n0', 'lends to'],
    ]);
  });
});

describe('GEXF dynamic (spells) and attribute titles (Gephi 0.9 and later)', () => {
  const result = ok(importReal('gephi-dynamic.gexf'));
  const { dataset } = result;
  const byLabel = (label: string) => dataset.entities.find((e) => e.label.en === label);

  it('keys attributes by their title, so a "type" attribute gives the kind', () => {
    expect(byLabel('Gaza')?.kind).toBe('place');
    expect(byLabel('Gaza')?.attributes).toMatchObject({ 'Modularity Class': 1 });
    for (const entity of dataset.entities) {
      expect(Object.keys(entity.attributes ?? {})).not.toContain('modularity_class');
      expect(Object.keys(entity.attributes ?? {})).not.toContain('entity_type');
    }
    expect(dataset.relations.map((r) => r.type)).toEqual(['connects', 'controls', 'borders']);
  });

  it("gives an edge's spells to its relation as years, from the earliest start to the latest end", () => {
    expect(dataset.relations.map((r) => r.time)).toEqual([
      { from: 2009, to: 2014 },
      { from: 2011 },
      undefined,
    ]);
  });

  it('keeps node periods as attributes and warns once with their count', () => {
    expect(byLabel('Gaza')?.attributes).toMatchObject({ start: '2009-01-01', end: '2014-08-26' });
    expect(byLabel('Rafah crossing')?.attributes).toMatchObject({ start: '2007-06-01' });
    expect(byLabel('Cairo')?.attributes).not.toHaveProperty('start');
    const untimed = only(result.warnings, 'timeNotCarried');
    expect(untimed.params.count).toBe(2);
    expect(english(untimed)).toEqual({
      where: 'gephi-dynamic.gexf',
      message:
        'Time periods that could not become a relation time: 2 (GEXF "start", "end" or spells, or Kumu "Start Date" and "End Date", on nodes, or on edges whose times are not years). Only relations have a time here, in whole years, so these periods are kept as attributes ("start", "end", "start date"…). Add the years to the relations if they matter.',
    });
    expect(arabic(untimed).message).toContain('عدد الفترات الزمنية التي تعذّر جعلها زمنًا لعلاقة: 2');
  });

  it('counts edge times that are not years (timeformat double) instead of guessing', () => {
    const gexf = `<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
      <graph mode="dynamic" defaultedgetype="directed">
        <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
        <edges><edge id="e" source="a" target="b" start="1.5" end="3.0"/></edges>
      </graph></gexf>`;
    const { dataset, warnings } = ok(importGexf(gexf, 'steps.gexf'));
    expect(dataset.relations[0]?.time).toBeUndefined();
    expect(dataset.relations[0]?.attributes).toMatchObject({ start: '1.5', end: '3.0' });
    expect(only(warnings, 'timeNotCarried').params.count).toBe(1);
  });
});
