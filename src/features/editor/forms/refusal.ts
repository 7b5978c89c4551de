/**
 * A refused edit in the reader's language. The model names the refusal (code, params, field);
 * the words are in src/i18n/locales/edit.ts under `edit.refusals.<code>`. Ids that name
 * something the reader knows by name (an entity, a source, a relation type) are shown by name.
 */
import type { TFunction } from 'i18next';
import type { UiLang } from '../../../i18n';
import type { Refusal } from '../../../model/edit';
import type { Dataset } from '../../../model/schema';
import { kindNameIn } from '../../../ui/kind-name';
import { pickText } from '../../../ui/text';

export interface RefusalContext {
  /** The dataset the edit was tried on: ids become names. */
  dataset?: Dataset;
  lang?: UiLang;
}

/** Codes whose `id` (and `parent`) is an entity that exists. */
const ENTITY_IDS: ReadonlySet<string> = new Set([
  'sameEntity',
  'notAnInterest',
  'claimantKind',
  'kindInUse',
  'groupCycle',
  'duplicateEvidence',
  'lastEvidence',
]);

/** Codes about how something is written: the message quotes what was written. */
const QUOTES_VALUE: ReadonlySet<string> = new Set([
  'badId',
  'badColor',
  'notHttpUrl',
  'badDate',
  'badLanguage',
]);
const QUOTED_LENGTH = 60;

export function refusalMessage(t: TFunction, refusal: Refusal, context: RefusalContext = {}) {
  const message = plainMessage(t, refusal, context);
  const value = refusal.params.value;
  if (!QUOTES_VALUE.has(refusal.code) || typeof value !== 'string' || value.trim() === '') {
    return message;
  }
  const short = value.length > QUOTED_LENGTH ? `${value.slice(0, QUOTED_LENGTH - 1)}…` : value;
  // Isolated: a Latin "ftp://x" in an Arabic sentence keeps its order and the quotes' places.
  return t('edit.quotedRefusal', {
    value: `\u2068${short}\u2069`,
    message,
    interpolation: { escapeValue: false },
  });
}

function plainMessage(t: TFunction, refusal: Refusal, context: RefusalContext) {
  const { dataset, lang = 'en' } = context;
  const params = new Map<string, string | number>(Object.entries(refusal.params));
  const kind = params.get('kind');
  if (typeof kind === 'string') {
    params.set(
      'kind',
      dataset ? kindNameIn(t, lang, dataset, kind) : t(`kinds.${kind}`, { defaultValue: kind }),
    );
  }
  const subkind = params.get('subkind');
  if (typeof subkind === 'string') {
    params.set('subkind', t(`subkinds.${subkind}`, { defaultValue: subkind }));
  }
  if (dataset) {
    const entityName = (id: unknown) =>
      dataset.entities.find((entity) => entity.id === id)?.label[lang];
    const sourceName = (id: unknown) =>
      pickText(dataset.sources.find((source) => source.id === id)?.title, lang)?.text;
    const rename = (key: string, name: (id: unknown) => string | undefined) => {
      const found = name(params.get(key));
      if (found) params.set(key, found);
    };
    if (ENTITY_IDS.has(refusal.code)) {
      rename('id', entityName);
      rename('parent', entityName);
    }
    if (refusal.code === 'quoteNotInParagraph') rename('source', sourceName);
    if (refusal.code === 'sourceInUse') rename('id', sourceName);
    if (refusal.code === 'typeInUse') {
      rename('id', (id) => dataset.relationTypes.find((type) => type.id === id)?.label[lang]);
    }
  }
  const as = params.get('as');
  params.delete('as');
  return t(`edit.refusals.${refusal.code}`, {
    ...Object.fromEntries(params),
    ...(typeof as === 'string' ? { context: as } : {}),
    interpolation: { escapeValue: false },
  });
}
