/**
 * Bounded edit distance for typo-tolerant search, on words already folded by normalize.ts.
 *
 * Written here (about 60 lines, well under 1 KB gzip) rather than taken from a library:
 * - fastest-levenshtein and leven compute a full Levenshtein distance: no transpositions (the
 *   commonest typo), no distance-to-a-prefix for type-ahead (hizbul → hezbollah), and
 *   fastest-levenshtein has no bound to stop early on; we compare one query word with every name
 *   word of up to 20,000 entities per keystroke and reject almost all of them.
 * - fuse.js (Bitap, about 8 KB gzip) and @leeoniya/ufuzzy (regex-based) are whole search
 *   engines with their own scoring and tokenising, tuned for Latin text; they would replace,
 *   not extend, the ranks of search.ts and its Arabic folding. fuzzysort matches subsequences
 *   (abbreviations), not typos.
 * What search needs is small: optimal string alignment distance (Levenshtein plus adjacent
 * transpositions) with a bound, an early exit, and a prefix mode, over UTF-16 code units of
 * normalized words, so Arabic and Latin are treated alike.
 */

/** Edits tolerated in a word of this many letters: none up to 3, one up to 5, two from 6. */
export function maxEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * Edits tolerated between a word still being typed and the start of a longer word: as
 * maxEdits, but none below 5 letters (a 4-letter start within one edit of a prefix matches far
 * too much: iran ~ iraq…, iron…, bran…).
 */
export function maxPrefixEdits(length: number): number {
  return length <= 4 ? 0 : maxEdits(length);
}

/** The mask bit saying a word starts with an Arabic letter; words of two scripts never match. */
const ARABIC_WORD = 1 << 31;

/**
 * A word's letters as a 31-bit set (code unit mod 31), plus ARABIC_WORD if it starts with an
 * Arabic-block letter: a quick test before edit distance. Without that bit, Arabic and Latin
 * letters would share bits and an Arabic query word would pass for most Latin words.
 */
export function letterMask(word: string): number {
  const first = word.charCodeAt(0);
  let mask = first >= 0x0600 && first <= 0x06ff ? ARABIC_WORD : 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) % 31);
  return mask;
}

/**
 * Whether a word with letter mask `b` can be within `bound` edits of one with mask `a`: both of
 * one script, and each letter of `a` missing from `b` needs an edit of its own (colliding
 * letters only let more through, never fewer).
 */
export function masksAllow(a: number, b: number, bound: number): boolean {
  if (((a ^ b) & ARABIC_WORD) !== 0) return false;
  let missing = a & ~b;
  let count = 0;
  while (missing !== 0) {
    missing &= missing - 1;
    if (++count > bound) return false;
  }
  return true;
}

// Three DP rows, reused: search runs on every keystroke and must not allocate per comparison.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * The optimal string alignment distance from `a` to `b` (or, with `prefix`, to the closest
 * prefix of `b`), or `bound + 1` as soon as it is sure to exceed `bound`.
 */
export function editDistance(a: string, b: string, bound: number, prefix = false): number {
  const m = a.length;
  let n = b.length;
  const over = bound + 1;
  if (bound <= 0) return (prefix ? b.startsWith(a) : a === b) ? 0 : over;
  if (prefix) {
    if (n < m - bound) return over;
    n = Math.min(n, m + bound);
  } else if (Math.abs(n - m) > bound) {
    return over;
  }
  if (rows[0]!.length <= n) rows = rows.map(() => new Int32Array(n + 1));
  let before = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const ca = a.charCodeAt(i - 1);
    const pa = i > 1 ? a.charCodeAt(i - 2) : -1;
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < d) d = del;
      const ins = cur[j - 1]! + 1;
      if (ins < d) d = ins;
      if (pa === cb && j > 1 && ca === b.charCodeAt(j - 2)) {
        const swap = before[j - 2]! + 1;
        if (swap < d) d = swap;
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > bound) return over;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  let best = prev[n]!;
  if (prefix) for (let j = Math.max(0, m - bound); j < n; j++) best = Math.min(best, prev[j]!);
  return best > bound ? over : best;
}
