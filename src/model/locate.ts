import { stringEnd } from './duplicate-keys';
import type { Problem } from './problems';

/** The dataset's lists whose items have an id a reader knows them by. */
const SECTIONS = new Set([
  'sources',
  'entities',
  'relationTypes',
  'relations',
  'claims',
  'stories',
  'revisions',
]);

/**
 * Names the element each problem is in: `relations[3].target` becomes the relation
 * "iran-backs-hamas" (from the raw input, so it works on data that failed validation) and, when
 * the JSON text is given, the line where that element starts.
 */
export function nameElements(problems: readonly Problem[], raw: unknown, text?: string): Problem[] {
  let lines: Map<string, number> | null = null;
  return problems.map((item) => {
    const [section, index] = item.path;
    if (typeof section !== 'string' || !SECTIONS.has(section) || typeof index !== 'number') {
      return item;
    }
    const list = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[section] : null;
    const element = Array.isArray(list) ? (list[index] as unknown) : undefined;
    const id =
      element && typeof element === 'object' ? (element as Record<string, unknown>).id : undefined;
    if (text !== undefined) lines ??= elementLines(text);
    const line = lines?.get(`${section}/${index}`);
    if (typeof id !== 'string' && line === undefined) return item;
    return {
      ...item,
      element: {
        ...(typeof id === 'string' && id !== '' ? { id } : {}),
        ...(line !== undefined ? { line } : {}),
      },
    };
  });
}

/**
 * The line where each item of the top-level lists starts (`entities/2` → 41), in one pass over
 * text JSON.parse accepted.
 */
export function elementLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let line = 1;
  let depth = 0;
  /** The top-level key being read, and the index of the current item in its list. */
  let key: string | null = null;
  let index = -1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) line++;
    else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth === 1) expectKey = true;
      if (depth === 2 && code === 0x5b) index = -1;
      if (depth === 3 && key !== null && SECTIONS.has(key)) {
        index++;
        out.set(`${key}/${index}`, line);
      }
    } else if (code === 0x7d || code === 0x5d) depth--;
    else if (code === 0x2c && depth === 1) expectKey = true;
    else if (code === 0x22) {
      const end = stringEnd(text, i);
      if (end >= text.length) return out;
      if (depth === 1 && expectKey) {
        key = text.slice(i + 1, end);
        expectKey = false;
      }
      i = end;
    }
  }
  return out;
}
