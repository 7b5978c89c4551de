/**
 * Text as the loader would store it: trimmed (the schema trims), languages left empty
 * dropped, and no bidi embedding controls in entity names (the loader strips them with a
 * warning; an editor strips them on the way in so they never reach the file).
 */
import { LANGS, type Bilingual, type Entity, type Lang, type PartialBilingual } from '../schema';
import { accept, refuse, type Checked, type RefusalCode } from './refusal';

// Same set as src/model/bidi.ts: embeddings, overrides and isolates; marks stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function trimmed(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function nameText(value: unknown): string {
  return typeof value === 'string' ? value.replace(BIDI_CONTROLS, '').trim() : '';
}

/** Text needed in both languages; refused with `code` and the first language missing. */
export function readBilingual(
  value: Partial<Bilingual> | undefined,
  field: string,
  code: RefusalCode,
  clean: (value: unknown) => string = trimmed,
): Checked<Bilingual> {
  const out = { ar: clean(value?.ar), en: clean(value?.en) };
  for (const lang of LANGS) if (out[lang] === '') return refuse(code, { lang }, field);
  return accept(out);
}

/** Text in any of the languages; undefined when none is left. */
export function readPartial(value: PartialBilingual | undefined): PartialBilingual | undefined {
  if (value === undefined) return undefined;
  const out = new Map<Lang, string>();
  for (const lang of LANGS) {
    const text = trimmed(value[lang]);
    if (text !== '') out.set(lang, text);
  }
  return out.size === 0 ? undefined : (Object.fromEntries(out) as PartialBilingual);
}

/** Aliases trimmed, without repeats or empty names; undefined when none is left. */
export function readAliases(value: Entity['aliases']): Entity['aliases'] {
  if (value === undefined) return undefined;
  const out = new Map<Lang, string[]>();
  for (const lang of LANGS) {
    const names = unique((value[lang] ?? []).map(nameText).filter((name) => name !== ''));
    if (names.length > 0) out.set(lang, names);
  }
  return out.size === 0 ? undefined : (Object.fromEntries(out) as Entity['aliases']);
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
