import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOutdatedLink } from '../../model/revisions';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CloseIcon } from '../../ui/CloseIcon';
import { useRevisionsDialog } from './useRevisionsDialog';
import './revisions.css';

/**
 * Said when the link (`v=`) was made for an earlier version of the dataset than the one shown:
 * the reader learns the data changed since, and sees what changed in one click. A link made for
 * a later version, or with no version, says nothing. Dismissible.
 */
export function OldLinkNotice() {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const linkVersion = useAppStore((s) => s.linkVersion);
  // A file of the reader's own is not what the link was made for.
  const openedFile = useAppStore((s) => s.openedFile);
  const [dismissed, setDismissed] = useState(false);
  const { open, dialog } = useRevisionsDialog();
  if (!index || openedFile !== null || dismissed || !isOutdatedLink(linkVersion, index.data)) {
    return dialog;
  }
  return (
    <div className="old-link-notice" role="status" data-testid="old-link-notice">
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          d="M12 8v5M12 16.5v.5M10.3 3.9 2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <p>
        {t('revisions.oldLink', { version: linkVersion })}{' '}
        <button type="button" className="revisions-link" aria-haspopup="dialog" onClick={open}>
          {t('revisions.seeChanges')}
        </button>
      </p>
      <button
        type="button"
        className="icon-button old-link-dismiss"
        onClick={() => setDismissed(true)}
        aria-label={t('revisions.dismiss')}
        title={t('revisions.dismiss')}
      >
        <CloseIcon size={16} />
      </button>
      {dialog}
    </div>
  );
}
