import { useTranslation } from 'react-i18next';
import { ENTITY_KINDS, RELATION_FAMILIES, type EntityKind } from '../../model/schema';
import { useAppStore } from '../../state/store';
import { FAMILY_LOOK, KIND_LOOK } from '../../theme/palette';

/** Shapes as small SVGs matching the canvas (cytoscape's shape names). */
function KindSwatch({ kind }: { kind: EntityKind }) {
  const { color } = KIND_LOOK[kind];
  const shapes: Record<EntityKind, React.ReactNode> = {
    country: <circle cx="10" cy="10" r="8" />,
    organization: <rect x="2" y="4" width="16" height="12" rx="3" />,
    person: <circle cx="10" cy="10" r="6" />,
    interest: <polygon points="10,1 19,10 10,19 1,10" />,
    place: <polygon points="5,2 15,2 19,10 15,18 5,18 1,10" />,
    asset: <rect x="3" y="3" width="14" height="14" rx="5" />,
    event: <polygon points="10,1 12.5,7.5 19,7.5 14,12 16,19 10,15 4,19 6,12 1,7.5 7.5,7.5" />,
  };
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" fill={color}>
      {shapes[kind]}
    </svg>
  );
}

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
          <h3>{t('legend.kinds')}</h3>
          <ul>
            {ENTITY_KINDS.map((kind) => (
              <li key={kind}>
                <KindSwatch kind={kind} /> {t(`kinds.${kind}`)}
              </li>
            ))}
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
          </ul>
          <h3>{t('legend.families')}</h3>
          <ul>
            {RELATION_FAMILIES.filter((f) => f !== 'other').map((family) => (
              <li key={family}>
                <LineSwatch color={FAMILY_LOOK[family].color} /> {t(`families.${family}`)}
              </li>
            ))}
          </ul>
          <h3>{t('legend.status')}</h3>
          <ul>
            <li>
              <LineSwatch color="#374151" /> {t('legend.reported')}
            </li>
            <li>
              <LineSwatch color="#374151" dash="6 4" /> {t('legend.claimed')}
            </li>
            <li>
              <LineSwatch color="#374151" dash="2 3" /> {t('legend.disputed')}
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
