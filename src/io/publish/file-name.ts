/**
 * A file name from a title that every system accepts: letters and digits of any script kept
 * (an Arabic title stays Arabic), everything else a hyphen; nothing Windows refuses (<>:"/\|?*,
 * control characters, a trailing dot or space, CON, NUL, COM1…); at most 80 characters.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export function safeFileName(title: string, fallback = 'relgraph'): string {
  const cleaned = title
    .normalize('NFC')
    // Bidi controls and zero-width characters would make the name read differently.
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const short = Array.from(cleaned).slice(0, 80).join('').replace(/-+$/, '');
  if (!short || RESERVED.test(short)) return fallback;
  return short;
}
