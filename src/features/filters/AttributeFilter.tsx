import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appearanceChoices, attributeValueCounts } from '../../model/appearance';
import type { FilterState } from '../../model/filters';
import type { GraphIndex } from '../../model/graph-index';
import { useAppStore } from '../../state/store';
import { AttributeRange } from './AttributeRange';
import { CheckGroup, type CheckOption } from './CheckGroup';

/** A numeric attribute is offered as a range; its option's value carries this prefix. */
const RANGE = 'range:';

/**
 * Filter by a column of the file (Gephi's modularity class, a party, a country code): pick the
 * attribute, then its values; or a numeric one (degree, betweenness, a year), then a range.
 * Only attributes with a few repeated values, or numbers throughout, are offered.
 */
export function AttributeFilter({ index, filters }: { index: GraphIndex; filters: FilterState }) {
  const { t } = useTranslation();
  const setFilters = useAppStore((s) => s.setFilters);
  const { categorical, numeric } = appearanceChoices(index.data);
  const active = filters.range
    ? `${RANGE}${filters.range.name}`
    : (filters.attribute?.name ?? null);
  const [picked, setPicked] = useState<string>(active ?? '');
  const choice = active ?? picked;
  const name = choice.startsWith(RANGE) ? null : choice;
  const rangeName = choice.startsWith(RANGE) ? choice.slice(RANGE.length) : null;
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
  if (categorical.length === 0 && numeric.length === 0) return null;
  return (
    <div className="attribute-filter" data-testid="attribute-filter">
      <label>
        <span>{t('filters.attribute')}</span>{' '}
        <select
          value={choice}
          aria-label={t('filters.attributeName')}
          onChange={(event) => {
            setPicked(event.target.value);
            if (filters.attribute || filters.range) setFilters({ attribute: null, range: null });
          }}
        >
          <option value="">{t('filters.attributeNone')}</option>
          {categorical.length > 0 && (
            <optgroup label={t('filters.attributeValues')}>
              {categorical.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </optgroup>
          )}
          {numeric.length > 0 && (
            <optgroup label={t('filters.attributeRange')}>
              {numeric.map((n) => (
                <option key={n} value={`${RANGE}${n}`}>
                  {n}
                </option>
              ))}
            </optgroup>
          )}
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
      {rangeName && (
        <AttributeRange
          key={rangeName}
          index={index}
          name={rangeName}
          range={filters.range?.name === rangeName ? filters.range : null}
          onChange={(range) => setFilters({ range })}
        />
      )}
    </div>
  );
}
