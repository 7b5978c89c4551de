import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../model/schema';
import { useRevisionsDialog } from './useRevisionsDialog';
import './revisions.css';

interface Props {
  /** The id the URL (or a host page, or a story) selected. Any text: shown, never parsed. */
  id: string;
  data: Dataset;
}

/** Where a marker stands for the id in a translated sentence (never in a translation). */
const SLOT = '\u0000';

/** Long enough for any real id; a pasted paragraph is cut. */
const MAX_SHOWN = 80;

/**
 * Instead of an empty panel when the selected id is not in the dataset: says so, and when the
 * dataset has revisions that it may have been removed in one, with the list one click away.
 */
export function MissingSelection({ id, data }: Props) {
  const { t } = useTranslation();
  const { open, dialog } = useRevisionsDialog();
  const revised = (data.revisions?.length ?? 0) > 0;
  const shown = id.length > MAX_SHOWN ? `${id.slice(0, MAX_SHOWN - 1)}…` : id;
  const message = revised ? 'revisions.missingRemoved' : 'revisions.missingUnknown';
  const [before = '', after = ''] = t(message, { id: SLOT }).split(SLOT);
  return (
    <div className="missing-selection" data-missing-id={id}>
      <h2 id="details-title" tabIndex={-1}>
        {t('revisions.missingTitle')}
      </h2>
      <p>
        {before}
        <bdi dir="auto" className="missing-id">
          {shown}
        </bdi>
        {after}
      </p>
      {revised && (
        <p>
          <button type="button" className="revisions-link" aria-haspopup="dialog" onClick={open}>
            {t('revisions.seeChanges')}
          </button>
        </p>
      )}
      {dialog}
    </div>
  );
}
