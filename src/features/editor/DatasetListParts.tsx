import { useEffect, useRef } from 'react';
import type { Bilingual } from '../../model/schema';
import { copiedIn } from '../../model/translations';
import { langProps } from '../../ui/text';
import { UntranslatedMark } from '../../ui/UntranslatedMark';
import type { UiLang } from '../../i18n/langs';

/**
 * A kind's or a type's name in a Dataset pane list: in the reader's language, or marked as in
 * one language only (and given that language) when both sides hold the same words.
 */
export function ListedName({ label, lang }: { label: Bilingual; lang: UiLang }) {
  const copied = copiedIn(label);
  return (
    <span className="relation-type-name">
      <bdi {...(copied ? langProps(copied) : {})}>{label[lang]}</bdi>
      {copied && <UntranslatedMark lang={copied} />}
    </span>
  );
}

/** A list whose item `open` was asked for from elsewhere: its form's first field has the focus. */
export function useFocusOpened(open: string | null) {
  const listRef = useRef<HTMLUListElement | null>(null);
  useEffect(() => {
    if (open) listRef.current?.querySelector<HTMLElement>('.is-open input')?.focus();
  }, [open]);
  return listRef;
}
