/** Choosing a format from a file's name and first bytes. Light: no parser is loaded here. */
import { FORMATS } from './formats';
import type { ImportFormat } from './types';

/** The first root element of a format we read (`<gexf`, `<graphml`, with any namespace prefix). */
const XML_ROOT = new RegExp(
  `<(?:[\\w-]+:)?(${FORMATS.flatMap((spec) => (spec.xmlRoot ? [spec.xmlRoot] : [])).join('|')})[\\s>]`,
  'i',
);

function extension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The format of one file (formats.ts): by extension where it is unambiguous, else by content
 * (the XML root element; for JSON the first format whose shape fits: our dataset has "version"
 * and "entities", a Kumu blueprint "elements" and "connections", Cytoscape elements carry
 * "data", with or without the "elements" wrapper), else by name (a CSV set's tables).
 * Undefined when nothing fits. Any .csv is CSV: a set's table, or one edge list.
 */
export function detectFormat(name: string, text: string): ImportFormat | undefined {
  const ext = extension(name);
  const byName = ext ? FORMATS.find((spec) => spec.extensions.includes(ext)) : undefined;
  if (byName) return byName.id;
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<')) {
    const root = XML_ROOT.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''))?.[1];
    return root ? FORMATS.find((spec) => spec.xmlRoot === root.toLowerCase())?.id : undefined;
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      // Invalid JSON: our loader reports where, which is the most useful message.
      return 'relgraph';
    }
    return detectJson(value);
  }
  return FORMATS.find((spec) => spec.isNamed?.(name))?.id;
}

export function detectJson(value: unknown): ImportFormat | undefined {
  return FORMATS.find((spec) => spec.isJson?.(value))?.id;
}
