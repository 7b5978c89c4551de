/**
 * Node and Web Workers have no DOMParser. The graphology GEXF and GraphML parsers we use are
 * their `/browser` entries, and they read the global DOMParser and Document. In Node (CLI,
 * tests) and in the import worker call installNodeDom() BEFORE importing ./gexf, ./graphml or
 * ./sync; it installs @xmldom/xmldom (a dependency only the worker's chunk carries, never the
 * page's bundle; 0.9 stops at the
 * first well-formedness error, as browsers do, and 0.8.4+ has the CVE-2022-39353 fix), and
 * reports errors the way browsers do: as a <parsererror> document with the line and column.
 */
import { DOMParser as XmlDomParser } from '@xmldom/xmldom';

export function installNodeDom(): void {
  const target = globalThis as Record<string, unknown>;
  if (typeof target.DOMParser === 'function') return;

  class StrictDOMParser {
    parseFromString(text: string, mime: string) {
      let failure: { message: string; line?: number; column?: number } | undefined;
      try {
        const doc = new XmlDomParser({
          onError: (level, message) => {
            if (level !== 'warning' && !failure) failure = { message };
          },
        }).parseFromString(text, mime as 'application/xml');
        if (!failure && doc.documentElement) return doc;
      } catch (error) {
        const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } })
          .locator;
        failure = {
          message: error instanceof Error ? error.message : String(error),
          ...(locator?.lineNumber ? { line: locator.lineNumber } : {}),
          ...(locator?.columnNumber ? { column: locator.columnNumber } : {}),
        };
      }
      const where = failure?.line ? `line ${failure.line}, column ${failure.column ?? 1}: ` : '';
      const report = new XmlDomParser().parseFromString('<parsererror/>', 'application/xml');
      report.documentElement?.appendChild(
        report.createTextNode(`${where}${failure?.message ?? 'no root element'}`),
      );
      return report;
    }
  }

  const sample = new XmlDomParser().parseFromString('<t/>', 'application/xml');
  target.DOMParser = StrictDOMParser;
  target.Document = sample.constructor;
}
