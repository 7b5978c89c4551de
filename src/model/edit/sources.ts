/** Sources: the texts evidence quotes, one entry per paragraph. */
import type { Dataset, PartialBilingual, Source } from '../schema';
import { Draft } from './draft';
import { idRefusal, isHttpUrl, isPartialDate, LANGUAGE_PATTERN } from './checks';
import { slugOf, uniqueId } from './ids';
import { SOURCE_KEYS } from './keys';
import { changesOf, compact, withFields } from './order';
import { accept, refuse, type Checked, type EditResult } from './refusal';
import { readPartial, trimmed } from './text';

/** Paragraphs of a pasted text: each non-empty line, trimmed (CRLF, CR and LF alike). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export interface SourceFields {
  title: PartialBilingual;
  outlet?: PartialBilingual;
  language: string;
  date?: string;
  url?: string;
  /** The text, pasted whole: split into paragraphs by line (see splitParagraphs). */
  text?: string;
  /** The paragraphs, already split; used when `text` is not given. */
  paragraphs?: string[];
  translations?: Source['translations'];
  note?: PartialBilingual;
}

const SOURCE_FIELDS = [
  'title',
  'outlet',
  'language',
  'date',
  'url',
  'text',
  'paragraphs',
  'translations',
  'note',
] as const satisfies readonly (keyof SourceFields)[];

export interface AddSourceArgs extends SourceFields {
  id?: string;
}

export function addSource(data: Dataset, args: AddSourceArgs): EditResult {
  const draft = new Draft(data);
  const taken = (id: string) => draft.get('sources', id) !== undefined;
  // Title and language are always read, so leaving one out is refused by name.
  const asked = changesOf(args, SOURCE_FIELDS);
  asked.set('title', args.title);
  asked.set('language', args.language);
  const read = readSourceFields(args, asked);
  if (!read.ok) return read;
  let id = args.id;
  if (id !== undefined) {
    const refused = idRefusal(id, taken);
    if (refused) return refused;
  } else {
    const title = read.value.get('title') as PartialBilingual;
    id = uniqueId(slugOf(title.en, title.ar), taken, 'source');
  }
  draft.insert('sources', withFields({ id } as Source, read.value, SOURCE_KEYS));
  return draft.finish();
}

/** Keys left out are kept; an optional key set to undefined is removed. */
export function updateSource(
  data: Dataset,
  id: string,
  changes: Partial<SourceFields>,
): EditResult {
  const draft = new Draft(data);
  const before = draft.get('sources', id);
  if (!before) return refuse('unknownSource', { id }, 'id');
  const read = readSourceFields(changes, changesOf(changes, SOURCE_FIELDS));
  if (!read.ok) return read;
  const after = withFields(before, read.value, SOURCE_KEYS);
  // Fewer paragraphs must still hold every paragraph evidence cites.
  if (after.paragraphs && after.paragraphs !== before.paragraphs) {
    const count = after.paragraphs.length;
    const cited = maxCitedParagraph(data, id);
    if (cited > count) return refuse('paragraphInUse', { paragraph: cited, count }, 'text');
  }
  draft.put('sources', after);
  return draft.finish();
}

/** Refused while evidence cites the source or a story reads it. */
export function deleteSource(data: Dataset, id: string): EditResult {
  const draft = new Draft(data);
  if (!draft.get('sources', id)) return refuse('unknownSource', { id }, 'id');
  const count = sourceUses(data, id);
  if (count > 0) return refuse('sourceInUse', { id, count });
  draft.remove('sources', id);
  return draft.finish();
}

/** How many pieces of evidence cite the source, plus the stories that read it. */
export function sourceUses(data: Dataset, id: string): number {
  let count = data.stories.filter((story) => story.source === id).length;
  for (const list of [data.entities, data.relations, data.claims]) {
    for (const item of list) {
      for (const evidence of item.evidence ?? []) if (evidence.source === id) count++;
    }
  }
  return count;
}

function maxCitedParagraph(data: Dataset, id: string): number {
  let max = 0;
  for (const list of [data.entities, data.relations, data.claims]) {
    for (const item of list) {
      for (const evidence of item.evidence ?? []) {
        if (evidence.source === id) max = Math.max(max, evidence.paragraph);
      }
    }
  }
  return max;
}

/** The fields asked for, checked and normalised, as changes (undefined = remove). */
function readSourceFields(
  args: Partial<SourceFields>,
  asked: ReadonlyMap<string, unknown>,
): Checked<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  if (asked.has('title')) {
    const title = readPartial(args.title);
    if (!title) return refuse('titleMissing', {}, 'title');
    out.set('title', title);
  }
  if (asked.has('outlet')) out.set('outlet', readPartial(args.outlet));
  if (asked.has('language')) {
    const language = trimmed(args.language);
    if (!LANGUAGE_PATTERN.test(language))
      return refuse('badLanguage', { value: language }, 'language');
    out.set('language', language);
  }
  if (asked.has('date')) {
    const date = trimmed(args.date) || undefined;
    if (date !== undefined && !isPartialDate(date))
      return refuse('badDate', { value: date }, 'date');
    out.set('date', date);
  }
  if (asked.has('url')) {
    const url = trimmed(args.url) || undefined;
    if (url !== undefined && !isHttpUrl(url)) return refuse('notHttpUrl', { value: url }, 'url');
    out.set('url', url);
  }
  if (asked.has('text')) {
    const paragraphs = args.text === undefined ? [] : splitParagraphs(args.text);
    out.set('paragraphs', paragraphs.length > 0 ? paragraphs : undefined);
  } else if (asked.has('paragraphs')) {
    out.set(
      'paragraphs',
      args.paragraphs && args.paragraphs.length > 0 ? args.paragraphs : undefined,
    );
  }
  if (asked.has('translations')) {
    const t = args.translations;
    const translations = compact({
      ar: t?.ar && t.ar.length > 0 ? t.ar : undefined,
      en: t?.en && t.en.length > 0 ? t.en : undefined,
    });
    out.set('translations', Object.keys(translations).length > 0 ? translations : undefined);
  }
  if (asked.has('note')) out.set('note', readPartial(args.note));
  return accept(out);
}
