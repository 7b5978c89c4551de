import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyFilters,
  filterCounts,
  isFilterActive,
  type FilterState,
  type Hops,
  type StatusFilter,
} from '../../model/filters';
import type { GraphIndex } from '../../model/graph-index';
import { kindsOf } from '../../model/kinds';
import { RELATION_FAMILIES } from '../../model/schema';
import { kindName } from '../../ui/kind-name';
import { selectIndex, selectSelectedNode, selectVisible } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { FAMILY_LOOK } from '../../theme/palette';
import { AttributeFilter } from './AttributeFilter';
import { CheckGroup, type CheckOption } from './CheckGroup';
import { activeFilterCount } from './filter-logic';
import { TimeFilter } from './TimeFilter';
import './filters.css';
import { CloseIcon } from '../../ui/CloseIcon';

/** Phones: the panel is a sheet over the graph rather than a column beside it. */
const SHEET_QUERY = '(max-width: 700px)';

function isSheet(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.(SHEET_QUERY).matches;
}

/**
 * Filters and lenses, at the inline-start of the workspace: a narrow rail with the "Filters"
 * button (and how many filters are on) that opens into the panel. Every control goes through
 * setFilters, so the URL, the graph and the table follow.
 */
export function FilterPanel() {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const filters = useAppStore((s) => s.filters);
  const bodyId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // A link that arrives with filters opens the panel (not on phones, where it would cover all).
  const [open, setOpen] = useState(() => isFilterActive(filters) && !isSheet());
  if (!index) return null;
  const active = activeFilterCount(filters);

  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && isSheet()) requestAnimationFrame(() => closeRef.current?.focus());
  };
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isSheet()) {
      event.preventDefault();
      close();
    }
  };

  return (
    <aside
      className={`filter-panel ${open ? 'open' : 'closed'}`}
      aria-label={t('filters.title')}
      data-testid="filter-panel"
    >
      <button
        ref={toggleRef}
        type="button"
        className="filter-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        title={open ? t('filters.hide') : t('filters.show')}
        onClick={toggle}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path
            d="M4 5h16l-6 7.5V19l-4-2v-4.5z"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
          />
        </svg>
        <span className="filter-toggle-text phone-hidden-label">{t('filters.toggle')}</span>
        {active > 0 && (
          <>
            <span className="filter-badge" aria-hidden="true" data-testid="filter-badge">
              {active}
            </span>
            <span className="visually-hidden">, {t('filters.active', { count: active })}</span>
          </>
        )}
      </button>
      {open && (
        <div id={bodyId} className="filter-body" onKeyDown={onKeyDown}>
          <div className="filter-head">
            <h2>{t('filters.title')}</h2>
            <button
              ref={closeRef}
              type="button"
              className="icon-button"
              aria-label={t('filters.close')}
              onClick={close}
            >
              <CloseIcon size={20} />
            </button>
          </div>
          <FilterControls index={index} filters={filters} active={active} />
        </div>
      )}
    </aside>
  );
}

/** Hide what the filters leave out, or fade it in place (Kumu's "showcase"); kept in the URL. */
function FilterModeChoice() {
  const { t } = useTranslation();
  const mode = useAppStore((s) => s.filterMode);
  const setMode = useAppStore((s) => s.setFilterMode);
  const name = useId();
  return (
    <fieldset className="filter-mode" data-testid="filter-mode">
      <legend>{t('filters.mode')}</legend>
      {(['hide', 'fade'] as const).map((value) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={mode === value}
            onChange={() => setMode(value)}
          />{' '}
          {t(value === 'hide' ? 'filters.modeHide' : 'filters.modeFade')}
        </label>
      ))}
    </fieldset>
  );
}

function FilterControls({
  index,
  filters,
  active,
}: {
  index: GraphIndex;
  filters: FilterState;
  active: number;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setFilters = useAppStore((s) => s.setFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const visible = useAppStore(selectVisible);
  const focus = useAppStore(selectSelectedNode);
  const counts = useMemo(() => filterCounts(index), [index]);
  const collator = useMemo(() => new Intl.Collator(lang), [lang]);
  const other = lang === 'ar' ? 'en' : 'ar';
  const entityName = (id: string) => index.entities.get(id)?.label[lang] ?? id;

  const kinds: CheckOption<string>[] = kindsOf(index.data)
    .filter((k) => (counts.kinds.get(k.id) ?? 0) > 0)
    .map((k) => ({
      value: k.id,
      label: <bdi>{kindName(t, lang, k)}</bdi>,
      count: counts.kinds.get(k.id) ?? 0,
      swatch: k.color,
    }));
  const families: CheckOption<(typeof RELATION_FAMILIES)[number]>[] = RELATION_FAMILIES.filter(
    (f) => counts.families[f] > 0,
  ).map((f) => ({
    value: f,
    label: t(`families.${f}`),
    count: counts.families[f],
    swatch: FAMILY_LOOK[f].color,
  }));
  const types: CheckOption<string>[] = [...counts.relationTypes]
    .map(([id, count]) => ({
      value: id,
      label: <bdi>{index.relationTypes.get(id)?.label[lang] ?? id}</bdi>,
      sortKey: index.relationTypes.get(id)?.label[lang] ?? id,
      count,
    }))
    .sort((a, b) => collator.compare(a.sortKey, b.sortKey));
  const sources: CheckOption<string>[] = [...counts.sources].map(([id, count]) => {
    const source = index.sources.get(id);
    return {
      value: id,
      label: <bdi>{source?.title[lang] ?? source?.title[other] ?? id}</bdi>,
      count,
    };
  });
  const claimants = [...counts.claimants].sort(([a], [b]) =>
    collator.compare(entityName(a), entityName(b)),
  );
  if (filters.claimant !== null && !counts.claimants.has(filters.claimant)) {
    claimants.unshift([filters.claimant, 0]);
  }

  const totals = counts.visible;
  const shownEntities = visible ? visible.entities.size : totals.totalEntities;
  const shownEdges = visible ? visible.edges.size : totals.totalEdges;

  return (
    <div className="filter-controls">
      <div className="filter-top">
        <p className="filter-summary" role="status" data-testid="filter-summary">
          {t('filters.summary', {
            entities: t('filters.entities', {
              count: totals.totalEntities,
              shown: shownEntities,
            }),
            lines: t('filters.lines', { count: totals.totalEdges, shown: shownEdges }),
          })}
        </p>
        <button
          type="button"
          className="filter-reset"
          disabled={!isFilterActive(filters)}
          onClick={resetFilters}
        >
          {t('filters.reset')} {active > 0 && <span className="filter-count">{active}</span>}
        </button>
        <p className="filter-rule">{t('filters.rule')}</p>
        <FilterModeChoice />
      </div>

      <CheckGroup
        name="kinds"
        legend={t('filters.kinds')}
        options={kinds}
        selected={filters.kinds}
        onChange={(next) => setFilters({ kinds: next })}
      />

      <AttributeFilter index={index} filters={filters} />

      <CheckGroup
        name="families"
        legend={t('filters.families')}
        options={families}
        selected={filters.families}
        onChange={(next) => setFilters({ families: next })}
      />

      {types.length > 0 && (
        <details className="filter-more" open={filters.relationTypes !== null || undefined}>
          <summary>
            {t('filters.types')}{' '}
            <span className="filter-count">
              {t('filters.typesSelected', {
                shown: filters.relationTypes
                  ? types.filter((o) => filters.relationTypes?.includes(o.value)).length
                  : types.length,
                total: types.length,
              })}
            </span>
          </summary>
          <CheckGroup
            name="types"
            legend={t('filters.types')}
            hideLegend
            options={types}
            selected={filters.relationTypes}
            onChange={(next) => setFilters({ relationTypes: next })}
          />
        </details>
      )}

      <EvidenceFilter
        filters={filters}
        setFilters={setFilters}
        statusCounts={{
          all: totals.totalEdges,
          reported: counts.status.reported,
          claimed: counts.status.claimed + counts.status.disputed,
        }}
        claimants={claimants.map(([id, count]) => ({ id, name: entityName(id), count }))}
      />

      {sources.length > 0 && (
        <CheckGroup
          name="sources"
          legend={t('filters.sources')}
          options={sources}
          selected={filters.sources}
          onChange={(next) => setFilters({ sources: next })}
        />
      )}

      <NeighbourhoodFilter
        index={index}
        filters={filters}
        focus={focus && index.entities.has(focus) ? focus : null}
        setFilters={setFilters}
      />

      <TimeFilter
        index={index}
        years={counts.years}
        undated={counts.undated}
        filters={filters}
        setFilters={setFilters}
      />
    </div>
  );
}

const STATUS_LABELS: Record<StatusFilter, string> = {
  all: 'filters.statusAll',
  reported: 'filters.statusReported',
  claimed: 'filters.statusClaimed',
};

function EvidenceFilter({
  filters,
  setFilters,
  statusCounts,
  claimants,
}: {
  filters: FilterState;
  setFilters: (change: Partial<FilterState>) => void;
  statusCounts: Record<StatusFilter, number>;
  claimants: { id: string; name: string; count: number }[];
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="filter-group" data-testid="filter-status">
      <legend>{t('filters.evidence')}</legend>
      <ul className="filter-options">
        {(Object.keys(STATUS_LABELS) as StatusFilter[]).map((status) => (
          <li key={status}>
            <label>
              <input
                type="radio"
                name={name}
                value={status}
                checked={filters.status === status}
                onChange={() => setFilters({ status })}
              />
              <span className="filter-option-label">{t(STATUS_LABELS[status])}</span>{' '}
              <span className="filter-count">{statusCounts[status]}</span>
            </label>
          </li>
        ))}
      </ul>
      {claimants.length > 0 && (
        <label className="filter-select">
          <span>{t('filters.claimant')}</span>
          <select
            value={filters.claimant ?? ''}
            onChange={(event) => setFilters({ claimant: event.target.value || null })}
          >
            <option value="">{t('filters.anyone')}</option>
            {claimants.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.count})
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}

const HOP_CHOICES: readonly { hops: Hops | null; label: string }[] = [
  { hops: null, label: 'filters.hopsAll' },
  { hops: 1, label: 'filters.hops1' },
  { hops: 2, label: 'filters.hops2' },
];

function NeighbourhoodFilter({
  index,
  filters,
  focus,
  setFilters,
}: {
  index: GraphIndex;
  filters: FilterState;
  focus: string | null;
  setFilters: (change: Partial<FilterState>) => void;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const name = useId();
  const hintId = `${name}-hint`;
  // How many entities each choice would leave, with the other filters as they are.
  const sizes = useMemo(
    () =>
      HOP_CHOICES.map(({ hops }) =>
        focus === null && hops !== null
          ? null
          : applyFilters(index, { ...filters, hops }, focus).entities.size,
      ),
    [index, filters, focus],
  );
  const focusName = focus ? index.entities.get(focus)?.label[lang] : undefined;
  return (
    <fieldset className="filter-group" data-testid="filter-hops" aria-describedby={hintId}>
      <legend>{t('filters.neighbourhood')}</legend>
      <p className="filter-hint" id={hintId}>
        {focusName ? t('filters.hopsAround', { name: focusName }) : t('filters.hopsHint')}
      </p>
      <ul className="filter-options">
        {HOP_CHOICES.map(({ hops, label }, i) => (
          <li key={label}>
            <label>
              <input
                type="radio"
                name={name}
                value={hops ?? 'all'}
                checked={filters.hops === hops}
                disabled={focus === null && hops !== null}
                onChange={() => setFilters({ hops })}
              />
              <span className="filter-option-label">{t(label)}</span>{' '}
              {sizes[i] != null && <span className="filter-count">{sizes[i]}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
