import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useShortList } from './use-short-list';

export type ShortListItemProps = { ref?: Ref<HTMLLIElement>; tabIndex?: number };

/** A list that shows its first items and a "Show all N" button when it is long. */
export function ShortList<T>({
  items,
  className,
  limit,
  render,
}: {
  items: readonly T[];
  className?: string;
  /** How many to show first (SHORT_LIST by default). */
  limit?: number;
  /** One `<li>`, spreading `props` on it. */
  render: (item: T, props: ShortListItemProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const list = useShortList(items, limit);
  return (
    <>
      <ul className={className}>{list.shown.map((item, i) => render(item, list.itemProps(i)))}</ul>
      {list.hidden > 0 && (
        <button type="button" className="show-all" onClick={list.showAll}>
          {t('details.showAll', { n: items.length })}
        </button>
      )}
    </>
  );
}
