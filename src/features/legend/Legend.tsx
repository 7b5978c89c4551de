import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import { legendContent } from '../../model/legend';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { FAMILY_LOOK } from '../../theme/palette';
import { KindSwatch } from '../../ui/KindSwatch';
import { kindName } from '../../ui/kind-name';
import { AppearanceControls } from './AppearanceControls';

const STATUS_DASH = {
  reported: undefined,
  claimed: '6 4',
  disputed: '2 3',
  unsourced: '2 5',
} as const;

function LineSwatch({ color, dash }: { color: string; dash?: string }) {
  return (
    <svg viewBox="0 0 36 12" width="36" height="12" aria-hidden="true">
      <line x1={2} y1="6" x2="34" y2="6" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  );
}

/** The key to the picture, in the reader's language, collapsible. */
export function Legend() {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.legendOpen);
  const setOpen = useAppStore((s) => s.setLegendOpen);
  const lang = useAppStore((s) => s.lang);
  const colorBy = useAppStore((s) => s.colorBy);
  const sizeBy = useAppStore((s) => s.sizeBy);
  const index = useAppStore(selectIndex);
  const content = useMemo(() => index && legendContent(index), [index]);
  if (!content) return null;
  return (
    <section
      className={`legend ${open ? 'open' : 'closed'}`}
      aria-labelledby="legend-title"
      data-occludes-graph=""
    >
      <h2 id="legend-title" className="legend-title">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('legend.title')}
          <span className="visually-hidden"> — {open ? t('legend.hide') : t('legend.show')}</span>
        </button>
      </h2>
      {open && (
        <div className="legend-body">
          {index && <AppearanceControls index={index} />}
          <h3>{t('legend.kinds')}</h3>
          <ul>
            {content.kinds.map((kind) => (
              <li key={kind.id}>
                <KindSwatch shape={kind.shape} color={kind.color} />{' '}
                <bdi>{kindName(t, lang, kind)}</bdi>
              </li>
            ))}
            {content.ownLook && (colorBy === 'look' || sizeBy === 'look') && (
              <li className="legend-own-look">
                <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
                  <circle cx="6" cy="12" r="4" fill="#E69F00" />
                  <circle cx="14" cy="8" r="5.5" fill="#56B4E9" />
                </svg>{' '}
                {t('legend.ownLook')}
              </li>
            )}
            {content.rings.unnamed && (
              <li>
                <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
                  <circle
                    cx="10"
                    cy="10"
                    r="7"
                    fill="#CC79A740"
                    stroke="#CC79A7"
                    strokeWidth="2"
                    strokeDasharray="3 2"
                  />
                </svg>{' '}
                {t('legend.unnamed')}
              </li>
            )}
            {content.rings.armed && (
              <li>
                <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
                  <rect
                    x="3"
                    y="5"
                    width="14"
                    height="10"
                    rx="3"
                    fill="#009E73"
                    stroke="#D55E00"
                    strokeWidth="2.5"
                  />
                </svg>{' '}
                {t('legend.armed')}
              </li>
            )}
          </ul>
          {content.families.length > 0 && (
            <>
              <h3>{t('legend.families')}</h3>
              <ul>
                {content.families.map((family) => (
                  <li key={family}>
                    <LineSwatch color={FAMILY_LOOK[family].color} /> {t(`families.${family}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {content.statuses.length > 0 && (
            <>
              <h3>{t('legend.status')}</h3>
              <ul>
                {content.statuses.map((status) => (
                  <li key={status}>
                    <LineSwatch color="#374151" dash={STATUS_DASH[status]} />{' '}
                    {t(`legend.${status}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
