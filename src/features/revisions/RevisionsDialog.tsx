import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { datasetVersion, revisionsNewestFirst } from '../../model/revisions';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CloseIcon } from '../../ui/CloseIcon';
import { langProps, pickText } from '../../ui/text';
import { formatRevisionDate } from './format';
import './revisions.css';

interface Props {
  onClose: () => void;
}

/**
 * The dataset's revisions, newest first: when, which version it made, and what changed and why
 * in the reader's language (else in the other one, marked as such). A modal dialog: Escape or
 * the close button shuts it, and focus goes back to what opened it (useRevisionsDialog).
 */
export function RevisionsDialog({ onClose }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const closeRef = useRef<HTMLButtonElement | null>(null);
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const linkVersion = useAppStore((s) => (s.openedFile === null ? s.linkVersion : null));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    closeRef.current?.focus();
  }, []);

  const close = () => {
    const dialog = dialogRef.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    onClose();
  };

  if (!index) return null;
  const list = revisionsNewestFirst(index.data);
  const version = datasetVersion(index.data);

  return (
    <dialog
      ref={dialogRef}
      className="revisions-dialog modal-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-summary`}
      data-testid="revisions-dialog"
      // Escape closes the list only: it must not also clear the selection (App's listener).
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        close();
      }}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onClose={onClose}
    >
      <header className="revisions-header modal-header">
        <h2 id={`${ids}-title`}>{t('revisions.dialogTitle')}</h2>
        <button
          ref={closeRef}
          type="button"
          className="icon-button"
          onClick={close}
          aria-label={t('revisions.close')}
          title={t('revisions.close')}
        >
          <CloseIcon size={20} />
        </button>
      </header>
      <p id={`${ids}-summary`} className="revisions-summary">
        {t('revisions.summary', { count: list.length, version })}
      </p>
      <ol className="revisions-list">
        {list.map((revision) => {
          const note = pickText(revision.note, lang);
          const newer = linkVersion !== null && revision.version > linkVersion;
          return (
            <li
              key={revision.version}
              className="revision"
              data-version={revision.version}
              data-newer-than-link={newer ? '' : undefined}
            >
              <p className="revision-head">
                <time dateTime={revision.date}>{formatRevisionDate(revision.date, lang)}</time>
                <span className="revision-version">
                  {t('revisions.version', { version: revision.version })}
                </span>
                {newer && <span className="revision-badge">{t('revisions.sinceLink')}</span>}
              </p>
              {note && (
                <p className="revision-note" {...langProps(note.lang)}>
                  {note.text}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </dialog>
  );
}
