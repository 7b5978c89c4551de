import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isOn, toggleInList } from './filter-logic';

export interface CheckOption<T extends string> {
  value: T;
  label: ReactNode;
  /** How many elements the option covers. */
  count: number;
  /** A colour dot, matching the graph. */
  swatch?: string;
}

/**
 * A set of checkboxes over one list filter (null = all on), each with its count, and an "All"
 * button that clears the filter.
 */
export function CheckGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  name,
  hideLegend = false,
}: {
  legend: ReactNode;
  /** The legend is read but not shown (when a summary above already says it). */
  hideLegend?: boolean;
  options: readonly CheckOption<T>[];
  selected: readonly T[] | null;
  onChange: (next: T[] | null) => void;
  /** For data-testid and form names. */
  name: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const values = options.map((o) => o.value);
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className="filter-group"
      data-testid={`filter-${name}`}
    >
      <div className="filter-group-head">
        <h3 id={headingId} className={`filter-legend${hideLegend ? ' visually-hidden' : ''}`}>
          {legend}
        </h3>
        <button
          type="button"
          className="filter-all"
          disabled={selected === null}
          onClick={() => onChange(null)}
        >
          {t('filters.all')}
        </button>
      </div>
      <ul className="filter-options">
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={option.value}
                checked={isOn(selected, option.value)}
                onChange={(event) =>
                  onChange(toggleInList(selected, values, option.value, event.target.checked))
                }
              />
              {option.swatch && (
                <span
                  className="filter-swatch"
                  style={{ backgroundColor: option.swatch }}
                  aria-hidden="true"
                />
              )}
              <span className="filter-option-label">{option.label}</span>{' '}
              <span className="filter-count">{option.count}</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
