import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../model/schema';
import { selectIndex } from '../../state/selectors';
import type { Selection } from '../../state/slices/selection';
import { useAppStore } from '../../state/store';
import type { Sort, SortDir } from './rows';

const dirOf = (lang: string) => (/^(ar|he|fa|ur)\b/.test(lang) ? 'rtl' : 'ltr');

/** A column header that sorts: a button inside `<th aria-sort>`. */
export function SortHeader<K extends string>({
  column,
  sort,
  onSort,
  children,
  className,
}: {
  column: K;
  sort: Sort<K>;
  onSort: (sort: Sort<K>) => void;
  children: ReactNode;
  className?: string;
}) {
  const active = sort.key === column;
  const next: SortDir = active && sort.dir === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={active ? sort.dir : undefined} className={className}>
      <button
        type="button"
        className="sort-button"
        data-column={column}
        onClick={() => onSort({ key: column, dir: next })}
      >
        {children}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** Clicking a row (outside its own buttons and links) selects what the row shows. */
export function useRowSelect(): (event: MouseEvent, selection: Selection) => void {
  const select = useAppStore((s) => s.select);
  return (event, selection) => {
    const target = event.target as Element | null;
    if (target?.closest('button, a, summary, input, select, textarea, label')) return;
    select(selection);
  };
}

/** Keeps the selected row in view when the selection changes (from the graph, the details…). */
export function useScrollToRow(selectedId: string | null) {
  const ref = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    const rows = ref.current?.querySelectorAll<HTMLElement>('tr[data-id]') ?? [];
    const row = [...rows].find((r) => r.dataset.id === selectedId);
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);
  return ref;
}

/** Years as the details panel writes them: 2020, 2023–2024, 2025–…, …–2019. */
export function Years({ from, to }: { from: number | undefined; to: number | undefined }) {
  const { t } = useTranslation();
  if (from === undefined && to === undefined) {
    return <span className="muted">{t('table.undated')}</span>;
  }
  if (from === to) return <>{from}</>;
  return <>{t('details.years', { from: from ?? '…', to: to ?? '…' })}</>;
}

/**
 * Evidence in a table cell: the paragraph, the quote as written, and its translation into the
 * reader's language when the source is in another one.
 */
export function CompactEvidence({ evidence }: { evidence: readonly Evidence[] }) {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const manySources = (index?.sources.size ?? 0) > 1;
  return (
    <ul className="evidence-compact">
      {evidence.map((item, i) => {
        const source = index?.sources.get(item.source);
        const sourceLang = source?.language ?? 'und';
        const translation = sourceLang.startsWith(lang) ? undefined : item.translation?.[lang];
        const title =
          source?.title[lang] ?? source?.title[lang === 'ar' ? 'en' : 'ar'] ?? item.source;
        return (
          <li key={i}>
            <span className="paragraph-ref" title={title}>
              {t('details.paragraph', { n: item.paragraph })}
            </span>
            <span className="evidence-text">
              {manySources && (
                <span className="muted source-title">
                  <bdi>{title}</bdi>
                </span>
              )}
              <span className="quote" lang={sourceLang} dir={dirOf(sourceLang)}>
                {item.quote}
              </span>
              {translation && (
                <span className="quote-translation" lang={lang} dir={dirOf(lang)}>
                  {translation}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
