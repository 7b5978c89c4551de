// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  escapeFormula,
  formatCsv,
  joinList,
  looksLikeFormula,
  parseCsv,
  splitList,
  unescapeFormula,
} from '../../../src/io/csv-core';

describe('reading CSV', () => {
  it('detects comma, semicolon and tab from the header, ignoring quoted ones', () => {
    expect(detectDelimiter('id,label_en\n1,a')).toBe(',');
    expect(detectDelimiter('id;label_en;"a,b,c"\n1;a;b')).toBe(';');
    expect(detectDelimiter('id\tlabel_en\n')).toBe('\t');
    expect(detectDelimiter('id\n1')).toBe(',');
  });

  it('reads quotes, doubled quotes, delimiters and line breaks inside cells', () => {
    const { records, errors } = parseCsv('a,b\r\n"x, ""y""","line 1\nline 2"\r\nlast,\r\n');
    expect(errors).toEqual([]);
    expect(records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x, "y"', 'line 1\nline 2'],
      ['last', ''],
    ]);
  });

  it('counts spreadsheet rows, not text lines, and keeps the line each row starts on', () => {
    const { records } = parseCsv('h1,h2\n"multi\nline",x\n\nnext,y\n');
    expect(records.map((r) => [r.row, r.line, r.cells[0]])).toEqual([
      [1, 1, 'h1'],
      [2, 2, 'multi\nline'],
      [3, 4, ''],
      [4, 5, 'next'],
    ]);
  });

  it('accepts LF, CRLF and lone CR line ends', () => {
    expect(parseCsv('a\rb\r\nc\nd').records.map((r) => r.cells[0])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reports an unclosed quote where it opens, and text after a closing quote', () => {
    const unclosed = parseCsv('a,b\n1,"never closed\n2,x\n');
    expect(unclosed.errors).toEqual([{ code: 'csvUnclosedQuote', row: 2, line: 2, cell: 1 }]);
    const stray = parseCsv('a,b\n"x"y,z\n');
    expect(stray.errors).toEqual([{ code: 'csvStrayQuote', row: 2, line: 2, cell: 0 }]);
    expect(stray.records[1]?.cells).toEqual(['xy', 'z']);
  });
});

describe('writing CSV', () => {
  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    const text = formatCsv([
      ['id', 'label_ar'],
      ['a', 'إسرائيل'],
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('id,label_ar\r\na,إسرائيل\r\n');
    expect(formatCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('quotes cells with delimiters, quotes, line breaks or outer spaces', () => {
    expect(formatCsv([['a,b', 'say "hi"', 'x\ny', ' pad ', 'a;b', 'plain']], { bom: false })).toBe(
      '"a,b","say ""hi""","x\ny"," pad ","a;b",plain\r\n',
    );
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+972 2 000', "'+972 2 000"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    // papaparse#1149: a multi-line cell starting with a formula must be escaped too.
    ['=HYPERLINK("http://evil")\nsecond line', '\'=HYPERLINK("http://evil")\nsecond line'],
    // An apostrophe already there gets one more, so reading gives the original back.
    ["'=x", "''=x"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
  ])('escapes formula injection: %j', (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(cell);
  });

  it('escapes formula cells in the written file, multi-line ones included', () => {
    const text = formatCsv([['=1+2\n=3+4', -5, 'x']], { bom: false });
    expect(text).toBe('"\'=1+2\n=3+4",-5,x\r\n');
    // Numbers are numbers, not formulas: -5 stays -5.
    expect(parseCsv(text).records[0]?.cells.map(unescapeFormula)).toEqual([
      '=1+2\n=3+4',
      '-5',
      'x',
    ]);
  });

  it('tells formulas from numbers', () => {
    expect(looksLikeFormula('=A1')).toBe(true);
    expect(looksLikeFormula('- bullet')).toBe(true);
    expect(looksLikeFormula('-3.5')).toBe(false);
    expect(looksLikeFormula('+1e5')).toBe(false);
    expect(looksLikeFormula("'=A1")).toBe(false);
  });
});

describe('lists in a cell', () => {
  it('join with "|" and escape "|" and "\\" inside items', () => {
    const items = ['Baku', 'a|b', 'c\\d', 'باكو'];
    const cell = joinList(items);
    expect(cell).toBe('Baku|a\\|b|c\\\\d|باكو');
    expect(splitList(cell)).toEqual(items);
  });

  it('trim items and drop empty ones; other backslashes stay', () => {
    expect(splitList(' Baku | | باكو |C:\\dir')).toEqual(['Baku', 'باكو', 'C:\\dir']);
  });
});
