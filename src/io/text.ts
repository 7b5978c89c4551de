/** Turning file bytes into text, and small text helpers shared by the importers. */
import type { FileContent } from './types';

export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8 and a fallback encoding was used. */
  guessedEncoding?: string;
}

/**
 * UTF-8 (with or without a byte-order mark) and UTF-16 with a mark are read as such. Bytes
 * that are not valid UTF-8 are read as Windows-1256, the legacy Arabic code page Excel still
 * uses for "CSV" on Arabic Windows, and the caller reports that guess.
 */
export function decodeText(content: FileContent): DecodedText {
  if (typeof content === 'string') return { text: stripBom(content) };
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1256').decode(bytes), guessedEncoding: 'Windows-1256' };
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-8 size without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) size += 1;
    else if (code < 0x800) size += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      size += 4;
      i++;
    } else size += 3;
  }
  return size;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

/** Which of our languages a label is written in, judged by its letters. */
export function scriptOf(text: string): 'ar' | 'en' {
  const arabic = ARABIC.test(text);
  if (arabic && !LATIN.test(text)) return 'ar';
  if (!arabic) return 'en';
  // Both scripts: whichever comes first.
  const a = text.search(ARABIC);
  const l = text.search(LATIN);
  return a < l ? 'ar' : 'en';
}

/** A short, printable form of a value for messages. */
export function shorten(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Tags or character references: text another tool wrote as HTML. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  shy: '',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isInteger(code) &&
        code > 0 &&
        code <= 0x10ffff &&
        (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * HTML (a Kumu description: `<p>Works at <b>Acme</b></p>`) as plain text, never to be rendered
 * as HTML: scripts and styles dropped, tags removed, paragraphs and list items on lines of their
 * own (a blank line between paragraphs), a link's address kept in brackets after its text,
 * character references decoded, spaces tidied. Works without a DOM (workers, Node).
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(
      /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi,
      (_whole, d?: string, s?: string, bare?: string, inner = '') => {
        const href = decodeEntities((d ?? s ?? bare ?? '').trim());
        const label = inner as string;
        const shown = decodeEntities(label.replace(/<[^>]*>/g, '')).trim();
        return /^https?:\/\//i.test(href) && shown !== href ? `${label} (${href})` : label;
      },
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|blockquote|pre|ul|ol|table|section|article)\s*>/gi, '\n\n')
    .replace(/<(p|div|h[1-6]|blockquote|pre|ul|ol|table|section|article)\b[^>]*>/gi, '\n\n')
    .replace(/<tr\b[^>]*>/gi, '\n')
    .replace(/<\/(td|th)\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
