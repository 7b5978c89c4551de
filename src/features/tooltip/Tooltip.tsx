import { useTranslation } from 'react-i18next';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';

/** On hover: the name in the other language, next to the node. */
export function Tooltip() {
  const { t } = useTranslation();
  const hover = useAppStore((s) => s.hover);
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const entity = hover ? index?.entities.get(hover.id) : undefined;
  if (!hover || !entity) return null;
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <div
      className="graph-tooltip"
      role="tooltip"
      // Cytoscape positions are physical pixels, so this uses left, not inset-inline-start.
      style={{ left: hover.x, top: hover.y }}
    >
      <span className="muted">{t('tooltip.otherLanguage', { lang: other })}: </span>
      <bdi lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
        {entity.label[other]}
      </bdi>
    </div>
  );
}
