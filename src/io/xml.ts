/**
 * XML in and out. Reading uses the platform DOMParser (the browser's; in Node, install one
 * first with installNodeDom from ./node-dom). A document that is not well formed is reported
 * with its line and column instead of being half read.
 */
import { importProblem } from './finish';
import { shorten } from './text';
import type { ImportProblem } from './types';

export type XmlResult = { ok: true; doc: Document } | { ok: false; problems: ImportProblem[] };

export function parseXml(text: string, file: string): XmlResult {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) {
    return {
      ok: false,
      problems: [
        importProblem('graphInvalid', { file }, { detail: 'no XML parser (DOMParser) here' }),
      ],
    };
  }
  let doc: Document;
  try {
    doc = new Parser().parseFromString(text, 'application/xml');
  } catch (error) {
    return { ok: false, problems: [xmlProblem(file, String(error))] };
  }
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error || !doc.documentElement) {
    return { ok: false, problems: [xmlProblem(file, error?.textContent ?? 'no root element')] };
  }
  return { ok: true, doc };
}

/** The line and column, from whichever wording the parser used. */
function xmlProblem(file: string, message: string): ImportProblem {
  const position =
    /line(?:\s*number)?\s*:?\s*(\d+)\D{1,12}col(?:umn)?\s*:?\s*(\d+)/i.exec(message) ??
    /(?:^|\s)(\d+):(\d+):/.exec(message);
  const line = position ? Number(position[1]) : undefined;
  const detail = shorten(
    message
      .replace(/^[\s\S]*?(error on line|Line Number|\d+:\d+:)/i, '$1')
      .replace(/Below is a rendering[\s\S]*$/i, '')
      .trim(),
    140,
  );
  return importProblem('xmlInvalid', line ? { file, line } : { file }, { detail });
}

/** The local name of the root element (gexf, graphml…), lower-cased. */
export function rootName(doc: Document): string {
  const root = doc.documentElement;
  return (root?.localName ?? root?.nodeName ?? '').toLowerCase();
}

/** Escapes text for an XML element; characters XML cannot hold are the caller's to avoid. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Escapes an attribute value, keeping tabs and line breaks (parsers turn raw ones to spaces). */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
