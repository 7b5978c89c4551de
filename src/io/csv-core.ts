/**
 * CSV reading and writing (RFC 4180), small enough to keep in the main bundle and precise
 * enough to say which row, line and cell a quoting mistake is in.
 *
 * Reading: the delimiter (comma, semicolon or tab) is detected per file from its header row;
 * quoted cells may hold delimiters, quotes ("") and line breaks; CRLF, LF and CR all end a row.
 * Rows are counted as a spreadsheet shows them: the header is row 1, and a cell with line
 * breaks does not start a new row.
 *
 * Writing: comma-separated, CRLF, UTF-8 with a byte-order mark (so Excel reads Arabic), and
 * formula injection escaped (see escapeFormula).
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  cells: string[];
  /** Spreadsheet row: 1 is the header. */
  row: number;
  /** Text line the row starts on (differs from `row` after cells with line breaks). */
  line: number;
  /** Offsets of the row in the text, to re-read it with another delimiter. */
  start: number;
  end: number;
}

export interface CsvSyntaxError {
  code: 'csvUnclosedQuote' | 'csvStrayQuote';
  row: number;
  line: number;
  /** 0-based index of the cell in its row. */
  cell: number;
}

export interface CsvParse {
  delimiter: Delimiter;
  records: CsvRecord[];
  errors: CsvSyntaxError[];
}

/** The delimiter that splits the header row most, outside quotes; comma when none does. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) =>
    counts[b] > counts[a] ? b : a,
  );
  return counts[best] > 0 ? best : ',';
}

export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvParse {
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let row = 0;
  while (i < n) {
    row++;
    const start = i;
    const startLine = line;
    const cells: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let cell = '';
      if (text[i] === '"') {
        const openLine = line;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i] as string;
          if (c === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
          cell += c;
          i++;
        }
        if (!closed) {
          errors.push({ code: 'csvUnclosedQuote', row, line: openLine, cell: cells.length });
        } else if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          errors.push({ code: 'csvStrayQuote', row, line, cell: cells.length });
          // Keep what follows the quote, as most spreadsheets do, so later rows still read.
          while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
            cell += text[i];
            i++;
          }
        }
      } else {
        while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          cell += text[i];
          i++;
        }
      }
      cells.push(cell);
      if (i >= n) endOfRecord = true;
      else if (text[i] === delimiter) i++;
      else {
        // Line break: CRLF, LF or CR.
        if (text[i] === '\r' && text[i + 1] === '\n') i++;
        i++;
        line++;
        endOfRecord = true;
      }
    }
    records.push({ cells, row, line: startLine, start, end: i });
  }
  return { delimiter, records, errors };
}

/** A row with nothing in it (spreadsheets keep such rows; they are skipped, but counted). */
export function isBlank(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab / carriage return, which some of
 * them skip before the formula) as a formula, so a cell from the data could run code in the
 * reader's spreadsheet (CSV injection, OWASP). Such cells get a leading apostrophe, which
 * spreadsheets show as text. Cells that already start with apostrophes before such a character
 * get one more, so reading gives back exactly the original text. The test covers the whole
 * cell, line breaks included (papaparse#1149 is about a pattern that missed those).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The inverse of escapeFormula: one leading apostrophe before a formula character goes. */
export function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

/** A cell a spreadsheet would run as a formula (not a plain number such as -3.5). */
export function looksLikeFormula(cell: string): boolean {
  return /^[=+\-@]/.test(cell) && !/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(cell.trim());
}

export type CsvValue = string | number | boolean | undefined | null;

function formatCell(value: CsvValue, delimiter: Delimiter): string {
  if (value === undefined || value === null) return '';
  // Numbers and booleans are written as they are; only text can carry a formula.
  const text = typeof value === 'string' ? escapeFormula(value) : String(value);
  const needsQuotes =
    text.includes('"') ||
    text.includes(delimiter) ||
    text.includes(',') ||
    text.includes(';') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvWriteOptions {
  delimiter?: Delimiter;
  /** UTF-8 byte-order mark first, so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
}

export function formatCsv(rows: readonly (readonly CsvValue[])[], options: CsvWriteOptions = {}) {
  const delimiter = options.delimiter ?? ',';
  const body = rows
    .map((cells) => cells.map((cell) => formatCell(cell, delimiter)).join(delimiter))
    .join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}

/** Lists in one cell: items separated by "|"; "\|" and "\\" stand for a literal | and \. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}

export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    const next = cell[i + 1];
    if (c === '\\' && (next === '|' || next === '\\')) {
      current += next;
      i++;
    } else if (c === '|') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

// ---- Cells: numbers and yes/no as spreadsheets write them -------------------------------

/** Spreadsheets in Arabic locales may show Arabic-Indic digits and the Arabic decimal mark. */
function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u2212/g, '-');
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** A number cell (Arabic-Indic digits, a decimal comma in a ;-separated file), or undefined. */
export function parseNumber(cell: string, delimiter: Delimiter): number | undefined {
  const text = westernDigits(unescapeFormula(cell).trim());
  if (NUMBER.test(text)) return Number(text);
  // "1,5" in a semicolon-separated file is a decimal comma (European and Arabic locales).
  if (delimiter !== ',' && DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return undefined;
}

export function parseBoolean(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'نعم'].includes(word)) return true;
  if (['false', 'no', 'n', '0', 'لا'].includes(word)) return false;
  return undefined;
}
