import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appearanceChoices, attributeValueCounts } from '../../model/appearance';
import type { FilterState } from '../../model/filters';
import type { GraphIndex } from '../../model/graph-index';
import { useAppStore } from '../../state/store';
import { CheckGroup, type CheckOption } from './CheckGroup';

/**
 * Filter by a column of the file (Gephi's modularity class, a party, a country code): pick the
 * attribute, then its values. Only attributes with a few repeated values are offered.
 */
export function AttributeFilter({ index, filters }: { index: GraphIndex; filters: FilterState }) {
  const { t } = useTranslation();
  const setFilters = useAppStore((s) => s.setFilters);
  const names = appearanceChoices(index.data).categorical;
  const [picked, setPicked] = useState<string>(filters.attribute?.name ?? '');
  const name = filters.attribute?.name ?? picked;
  const options = useMemo(
    (): CheckOption<string>[] =>
      name
        ? attributeValueCounts(index.data, name).map(([value, count]) => ({
            value,
            count,
            label: <bdi dir="auto">{value}</bdi>,
          }))
        : [],
    [index, name],
  );
  if (names.length === 0) return null;
  return (
    <div className="attribute-filter" data-testid="attribute-filter">
      <label>
        <span>{t('filters.attribute')}</span>{' '}
        <select
          value={name}
          aria-label={t('filters.attributeName')}
          onChange={(event) => {
            setPicked(event.target.value);
            if (filters.attribute) setFilters({ attribute: null });
          }}
        >
          <option value="">{t('filters.attributeNone')}</option>
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      {name && (
        <CheckGroup
          name="attribute"
          legend={name}
          hideLegend
          options={options}
          selected={filters.attribute?.name === name ? filters.attribute.values : null}
          onChange={(next) =>
            setFilters({ attribute: next === null ? null : { name, values: next } })
          }
        />
      )}
    </div>
  );
}
