import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  appearanceChoices,
  appearanceOf,
  isColorBy,
  isSizeBy,
  MAX_COLOR_VALUES,
} from '../../model/appearance';
import type { GraphIndex } from '../../model/graph-index';
import { legendContent } from '../../model/legend';
import { useAppStore } from '../../state/store';

/**
 * Colour and size by data (Retina, Gephi Lite): the choices this dataset offers, and what the
 * colours and sizes then mean. Saved in the URL (color=, size=) like the rest of the view.
 */
export function AppearanceControls({ index }: { index: GraphIndex }) {
  const { t } = useTranslation();
  const colorBy = useAppStore((s) => s.colorBy);
  const sizeBy = useAppStore((s) => s.sizeBy);
  const setColorBy = useAppStore((s) => s.setColorBy);
  const setSizeBy = useAppStore((s) => s.setSizeBy);
  const choices = appearanceChoices(index.data);
  const appearance = useMemo(() => appearanceOf(index, colorBy, sizeBy), [index, colorBy, sizeBy]);
  const colorOptions = [
    { value: 'look', label: t('legend.asDrawn') },
    ...(legendContent(index).ownLook ? [{ value: 'kind', label: t('legend.byKind') }] : []),
    ...choices.categorical.map((name) => ({ value: `attr:${name}`, label: name })),
  ];
  const sizeOptions = [
    { value: 'look', label: t('legend.asDrawn') },
    { value: 'degree', label: t('legend.byDegree') },
    ...choices.numeric.map((name) => ({ value: `attr:${name}`, label: name })),
  ];
  const key = appearance.colorKey;
  return (
    <div className="legend-appearance">
      {colorOptions.length > 1 && (
        <label>
          <span>{t('legend.colorBy')}</span>
          <select
            value={colorBy}
            data-testid="color-by"
            onChange={(event) => isColorBy(event.target.value) && setColorBy(event.target.value)}
          >
            {colorOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t('legend.sizeBy')}</span>
        <select
          value={sizeBy}
          data-testid="size-by"
          onChange={(event) => isSizeBy(event.target.value) && setSizeBy(event.target.value)}
        >
          {sizeOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {appearance.sizeRange && (
        <p className="legend-size-range">
          {t('legend.sizeRange', {
            min: formatNumber(appearance.sizeRange.min),
            max: formatNumber(appearance.sizeRange.max),
          })}
        </p>
      )}
      {key && (
        <ul className="legend-color-key" data-testid="color-key">
          {key.slice(0, MAX_COLOR_VALUES).map((item) => (
            <li key={item.value}>
              <svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true">
                <circle cx="10" cy="10" r="8" fill={item.color} />
              </svg>{' '}
              <bdi dir="auto">{item.value}</bdi> <span className="muted">({item.count})</span>
            </li>
          ))}
          {key.length > MAX_COLOR_VALUES && (
            <li>
              <svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true">
                <circle cx="10" cy="10" r="8" fill="#BBBBBB" />
              </svg>{' '}
              {t('legend.otherValues', { count: key.length - MAX_COLOR_VALUES })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(3);
}
