/**
 * Canvas labels do not follow the page's direction: cytoscape draws them in detached canvases.
 * The design notes (mission-anchors.md, d1) measured that a Unicode isolate per line fixes the
 * order of mixed Arabic/Latin text, that cytoscape draws each wrapped line separately (so one
 * isolate around the whole label only covers the first line), and that
 * `text-overflow-wrap: anywhere` breaks Arabic joining. So we wrap ourselves, at spaces only,
 * and isolate every line.
 */
import { MAX_DRAWN_LABEL } from '../model/limits';

export const RLI = '\u2067';
export const LRI = '\u2066';
export const FSI = '\u2068';
export const PDI = '\u2069';

export type TextDirection = 'rtl' | 'ltr' | 'auto';

export function isolate(line: string, dir: TextDirection): string {
  const open = dir === 'rtl' ? RLI : dir === 'ltr' ? LRI : FSI;
  return `${open}${line}${PDI}`;
}

/** Greedy wrap at whitespace; a word longer than the limit keeps its own line, unbroken. */
export function wrapWords(text: string, maxChars: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * What is drawn of a label: at most `max` characters and three combining marks per letter
 * (Arabic needs two: shadda and a vowel), ending in "…" when shortened. The data keeps the
 * whole text; this only spares cytoscape measuring 100,000 marks (28 s) or a 19 MB label.
 */
export function shortenForDrawing(text: string, max = MAX_DRAWN_LABEL): string {
  // A bounded prefix first, so nothing below ever scans the whole of a huge label.
  const head = text.length > max * 8 ? text.slice(0, max * 8) : text;
  const tamed = head.replace(/(\p{M}{3})\p{M}+/gu, '$1');
  const chars = Array.from(tamed);
  if (chars.length > max) return `${chars.slice(0, max - 1).join('')}…`;
  return tamed.length < text.length ? `${tamed}…` : tamed;
}

export function canvasLabel(text: string, dir: TextDirection, maxChars = 18): string {
  return wrapWords(shortenForDrawing(text), maxChars)
    .map((line) => isolate(line, dir))
    .join('\n');
}

/** Strips the isolates again (for tests and for text that leaves the canvas). */
export function plainLabel(label: string): string {
  return label.replace(/[\u2066-\u2069]/g, '');
}
