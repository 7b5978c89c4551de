/**
 * What the reader selected in a source: the paragraph (1-based, as evidence cites it) and the
 * UTF-16 offsets into that paragraph's text, exactly as the browser reports them. Each paragraph
 * is its own text box (one that keeps its text), so a selection can never span two of them, and the offsets are
 * the field's own (no DOM walking, no bidi reordering): the quote is always a verbatim slice.
 */
export interface TextSelection {
  source: string;
  paragraph: number;
  start: number;
  end: number;
  /** The selected characters, trimmed as evidence will quote them. */
  text: string;
}

/** The selection in a paragraph's field, or null when nothing but whitespace is selected. */
export function selectionIn(
  source: string,
  paragraph: number,
  value: string,
  start: number | null,
  end: number | null,
): TextSelection | null {
  if (start === null || end === null || end <= start) return null;
  const text = value.slice(start, end).trim();
  return text === '' ? null : { source, paragraph, start, end, text };
}
