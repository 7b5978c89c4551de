import { useTranslation } from 'react-i18next';
import { latestRevision } from '../../model/revisions';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { formatRevisionDate } from './format';
import { useRevisionsDialog } from './useRevisionsDialog';
import './revisions.css';

interface Props {
  /** `embed`: a small pill over the graph; otherwise a line under the title. */
  variant?: 'header' | 'embed';
}

/**
 * "Updated on 2 December 2026": the date of the dataset's latest revision, one click from the
 * list of what changed and why. Nothing for a dataset that was never revised.
 */
export function RevisionsButton({ variant = 'header' }: Props) {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const { open, dialog } = useRevisionsDialog();
  const latest = index ? latestRevision(index.data) : null;
  if (!latest) return null;
  const date = formatRevisionDate(latest.date, lang);
  return (
    <>
      <button
        type="button"
        className={`revisions-button revisions-button-${variant}`}
        aria-haspopup="dialog"
        title={t('revisions.updatedOnHint')}
        onClick={open}
        data-testid="revisions-button"
      >
        <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
          <path
            d="M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4M12 8v4l3 2"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>{t('revisions.updatedOn', { date })}</span>
      </button>
      {dialog}
    </>
  );
}
