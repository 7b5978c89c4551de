import { useTranslation } from 'react-i18next';
import { LAYOUTS, isLayoutName } from '../../state/slices/view';
import { useAppStore } from '../../state/store';
import { ArrangingStatus } from './ArrangingStatus';

const ICONS = {
  zoomIn: 'M11 5v12M5 11h12',
  zoomOut: 'M5 11h12',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  reset: 'M5 12a7 7 0 1 0 2-5M5 4v4h4',
} as const;

/** Zoom, fit, reset and layout: commands go to the store, the graph bridge carries them out. */
export function Toolbar() {
  const { t } = useTranslation();
  const move = useAppStore((s) => s.moveCamera);
  const layout = useAppStore((s) => s.layout);
  const setLayout = useAppStore((s) => s.setLayout);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {(Object.keys(ICONS) as (keyof typeof ICONS)[]).map((kind) => (
        <button
          key={kind}
          type="button"
          className="icon-button"
          aria-label={t(`toolbar.${kind}`)}
          title={t(`toolbar.${kind}`)}
          onClick={() => move(kind)}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path
              d={ICONS[kind]}
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
        </button>
      ))}
      <label className="layout-select">
        <span className="visually-hidden">{t('toolbar.layout')}</span>
        <select
          value={layout}
          onChange={(event) => isLayoutName(event.target.value) && setLayout(event.target.value)}
        >
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {t(`toolbar.layouts.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <ArrangingStatus />
    </div>
  );
}
