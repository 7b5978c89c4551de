import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { kindInfo, type KindInfo } from '../model/kinds';
import type { Dataset, Lang } from '../model/schema';
import { selectIndex } from '../state/selectors';
import { useAppStore } from '../state/store';

/** What a kind is called: the dataset's own name, or the UI's word for a built-in kind. */
export function kindName(t: TFunction, lang: Lang, kind: Pick<KindInfo, 'id' | 'label'>): string {
  return kind.label?.[lang] ?? t(`kinds.${kind.id}`, { defaultValue: kind.id });
}

/** The name of a kind id in a dataset. */
export function kindNameIn(
  t: TFunction,
  lang: Lang,
  data: Pick<Dataset, 'entityKinds'>,
  id: string,
): string {
  return kindName(t, lang, kindInfo(data, id));
}

/** kind id → its name in the reader's language, for the dataset on screen. */
export function useKindName(): (id: string) => string {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const data = useAppStore((s) => selectIndex(s)?.data);
  return useCallback(
    (id: string) => (data ? kindNameIn(t, lang, data, id) : kindName(t, lang, { id })),
    [t, lang, data],
  );
}
