import { useTranslation } from 'react-i18next';
import { foreignOrigin } from '../../state/url';
import { useAppStore } from '../../state/store';

/**
 * Names the site a dataset came from when it is not this one (only possible for origins the
 * deployment allowlisted with VITE_GRAPH_ORIGINS). Stays visible as long as the data is shown.
 */
export function ProvenanceBanner() {
  const { t } = useTranslation();
  const load = useAppStore((s) => s.load);
  const openedFile = useAppStore((s) => s.openedFile);
  // A file opened from the reader's own disk has a name, not an origin.
  if (load.status !== 'ready' || openedFile !== null) return null;
  const origin = foreignOrigin(load.file, window.location.href);
  if (!origin) return null;
  return (
    <p className="provenance-banner" role="note" data-testid="provenance">
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          d="M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.7 3.5 5.7 3.5 9s-1 6.3-3.5 9c-2.5-2.7-3.5-5.7-3.5-9s1-6.3 3.5-9z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
      <span>
        {t('embed.dataFrom')}{' '}
        <bdi dir="ltr" className="provenance-origin">
          {origin}
        </bdi>
        {t('embed.dataNotOurs')}
      </span>
    </p>
  );
}
