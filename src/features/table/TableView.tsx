import { useDeferredValue, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { claimEdgeId } from '../../model/graph-index';
import { selectIndex, selectVisible } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { ClaimsTable, EntitiesTable, RelationsTable } from './tables';
import './table.css';

const TABS = ['entities', 'relations', 'claims'] as const;
type Tab = (typeof TABS)[number];

/**
 * The same data as the graph, as tables of entities, relations and claims: same filters, same
 * selection, same language. Also the accessible equivalent of the canvas.
 */
export function TableView() {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const visible = useAppStore(selectVisible);
  const lang = useAppStore((s) => s.lang);
  const [tab, setTab] = useState<Tab>('entities');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const id = useId();
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const panelRef = useRef<HTMLDivElement>(null);
  if (!index) return null;

  const counts: Record<Tab, number> = visible
    ? {
        entities: visible.entities.size,
        relations: [...visible.edges].filter((e) => index.relations.has(e)).length,
        claims: [...index.claims.keys()].filter((c) => visible.edges.has(claimEdgeId(c))).length,
      }
    : { entities: index.entities.size, relations: index.relations.size, claims: index.claims.size };

  // Each table starts at its top (then scrolls to the selected row, if it has one).
  const showTab = (name: Tab) => {
    if (name === tab) return;
    panelRef.current?.scrollTo?.({ top: 0 });
    setTab(name);
  };

  // Tabs: arrows move along the row as it is laid out (mirrored in Arabic), Home and End jump.
  const onTabKey = (event: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const forward = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const backward = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
    let next: number | null = null;
    if (event.key === forward) next = (i + 1) % TABS.length;
    else if (event.key === backward) next = (i - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const name = TABS[next] ?? 'entities';
    showTab(name);
    tabRefs.current[name]?.focus();
  };

  const props = { index, visible, query: deferredQuery };
  return (
    <section className="table-view" aria-label={t('table.label')} data-testid="table-view">
      <div className="table-toolbar">
        <div
          role="tablist"
          aria-label={t('table.tabs')}
          className="table-tabs"
          onKeyDown={onTabKey}
        >
          {TABS.map((name) => (
            <button
              key={name}
              ref={(el) => {
                tabRefs.current[name] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`${id}-panel`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => showTab(name)}
            >
              {t(`table.${name}`)} <span className="tab-count">{counts[name]}</span>
            </button>
          ))}
        </div>
        <label className="table-search">
          <span>{t('table.search')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('table.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
      </div>
      <div
        ref={panelRef}
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${tab}`}
        className="table-scroll"
        tabIndex={0}
      >
        {tab === 'entities' && <EntitiesTable {...props} />}
        {tab === 'relations' && <RelationsTable {...props} />}
        {tab === 'claims' && <ClaimsTable {...props} />}
      </div>
    </section>
  );
}
