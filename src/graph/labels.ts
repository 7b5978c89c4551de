/**
 * Canvas labels do not follow the page's direction: cytoscape draws them in detached canvases.
 * The design notes (mission-anchors.md, d1) measured that a Unicode isolate per line fixes the
 * order of mixed Arabic/Latin text, that cytoscape draws each wrapped line separately (so one
 * isolate around the whole label only covers the first line), and that
 * `text-overflow-wrap: anywhere` breaks Arabic joining. So we wrap ourselves, at spaces only,
 * and isolate every line.
 */
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

export function canvasLabel(text: string, dir: TextDirection, maxChars = 18): string {
  return wrapWords(text, maxChars)
    .map((line) => isolate(line, dir))
    .join('\n');
}

/** Strips the isolates again (for tests and for text that leaves the canvas). */
export function plainLabel(label: string): string {
  return label.replace(/[\u2066-\u2069]/g, '');
}
