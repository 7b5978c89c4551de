import { useTranslation } from 'react-i18next';
import { datasetVersion, latestRevision } from '../../model/revisions';
import type { Dataset } from '../../model/schema';
import { useAppStore } from '../../state/store';
import { formatRevisionDate } from './format';
import './revisions.css';

/** In the Share dialog: which version of the dataset the link and the snippet are made for. */
export function ShareVersionNote({ data }: { data: Dataset }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const version = datasetVersion(data);
  const latest = latestRevision(data);
  return (
    <p className="share-help share-version" data-testid="share-version">
      {latest
        ? t('revisions.shareVersionUpdated', {
            version,
            date: formatRevisionDate(latest.date, lang),
          })
        : t('revisions.shareVersion', { version })}
    </p>
  );
}
