import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphIndex } from '../../model/graph-index';
import type { FilterState } from '../../model/filters';
import { datedInRange, nextYearRange, shownRange, type YearBounds } from './filter-logic';

/**
 * Two labelled sliders (from, to) over the dataset's years, limiting dated relations, and
 * "hide undated relations": undated ones stay unless asked.
 */
export function TimeFilter({
  index,
  years,
  undated,
  filters,
  setFilters,
}: {
  index: GraphIndex;
  years: YearBounds | null;
  undated: number;
  filters: FilterState;
  setFilters: (change: Partial<FilterState>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const range = years ? shownRange(filters.yearRange, years) : null;
  const yearRange = filters.yearRange;
  const inRange = useMemo(
    () => (years ? datedInRange(index, shownRange(yearRange, years)) : 0),
    [index, years, yearRange],
  );

  return (
    <fieldset className="filter-group filter-time" data-testid="filter-time">
      <legend>{t('filters.time')}</legend>
      {years && range ? (
        <>
          <p className="filter-hint" id={`${id}-hint`}>
            {t('filters.yearsHint')}
          </p>
          {(['from', 'to'] as const).map((end, i) => (
            <div className="filter-slider" key={end}>
              <label htmlFor={`${id}-${end}`}>{t(`filters.${end}`)}</label>
              <input
                id={`${id}-${end}`}
                type="range"
                min={years.min}
                max={years.max}
                step={1}
                value={range[i]}
                aria-describedby={`${id}-hint`}
                onChange={(event) =>
                  setFilters({
                    yearRange: nextYearRange(
                      filters.yearRange,
                      years,
                      end,
                      Number(event.target.value),
                    ),
                  })
                }
              />
              {/* The slider announces its own value; this is for the eye. */}
              <span className="filter-year" aria-hidden="true">
                {range[i]}
              </span>
            </div>
          ))}
          <p className="filter-hint filter-affects" data-testid="filter-in-range">
            {t('filters.inRange', { count: inRange, from: range[0], to: range[1] })}
          </p>
        </>
      ) : (
        <p className="filter-hint">{t('filters.noYears')}</p>
      )}
      <label className="filter-check">
        <input
          type="checkbox"
          checked={filters.hideUndated}
          onChange={(event) => setFilters({ hideUndated: event.target.checked })}
        />
        <span className="filter-option-label">{t('filters.hideUndated')}</span>{' '}
        <span className="filter-count">{undated}</span>
      </label>
    </fieldset>
  );
}
