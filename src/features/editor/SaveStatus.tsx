import { useTranslation } from 'react-i18next';
import { takeOverEditing } from '../../state/edit-session';
import { useAppStore } from '../../state/store';

/**
 * Where the work is: kept in this browser, only in this page (no storage, or storage full), or
 * not written because another tab edits the same dataset. And a word when a reload brought the
 * work back.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.storageStatus);
  const restoredAt = useAppStore((s) => s.restoredAt);
  const unsaved = useAppStore((s) => s.unsavedChanges);
  return (
    <div className="editor-status">
      {restoredAt !== null && (
        <p className="editor-note" role="status">
          {t('editor.shell.restored', { time: new Date(restoredAt).toLocaleTimeString() })}
        </p>
      )}
      {status === 'ok' ? (
        <p className="editor-saved">
          {t(unsaved ? 'editor.shell.keptNotDownloaded' : 'editor.shell.kept')}
        </p>
      ) : (
        <p className="editor-warning" role="alert">
          {t(`editor.shell.storage.${status}`)}
          {status === 'otherTab' && (
            <>
              {' '}
              <button type="button" className="link-button" onClick={() => void takeOverEditing()}>
                {t('editor.shell.takeOver')}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
