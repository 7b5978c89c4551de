import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { READ_STAGES } from '../../io/read-graph';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { ErrorDialog, ProblemList } from './ImportReport';
import { ioState, useIoState, type OpenedSummary } from './io-state';
import { backToBundled, cancelOpening, openFiles } from './open-files';
import './io.css';
import { CloseIcon } from '../../ui/CloseIcon';

/**
 * Everything about the reader's own files below the top bar: "Showing your file X" with the
 * way back to the bundled dataset, what is being opened (announced), the importer's warnings,
 * the notice when a reload finds no stored file, the error dialog, and the drop zone.
 */
export function FileStatus() {
  const { t } = useTranslation();
  const ids = useId();
  const app = useAppStoreApi();
  const openedFile = useAppStore((s) => s.openedFile);
  const opened = useIoState((s) => s.opened);
  const warningsOpen = useIoState((s) => s.warningsOpen);
  const notStored = useIoState((s) => s.notStored);
  const ui = ioState(app);
  useFileDrop();
  // The editor takes the room beside the graph and lists what is left to do itself: the file's
  // warnings fold away when editing starts (a click on "⚠ N warnings" brings them back).
  const editing = useAppStore((s) => s.editing);
  useEffect(() => {
    if (editing) ui.setState({ warningsOpen: false });
  }, [editing, ui]);

  const shown = opened && opened.file === openedFile ? opened : null;
  const warnings = shown?.warnings ?? [];

  return (
    <>
      <OpeningStatus />
      {notStored && !openedFile && (
        <div className="io-notice" role="note" data-testid="io-not-stored">
          <p>{t('io.notStored')}</p>
          <button
            type="button"
            className="io-link-button"
            onClick={() => ui.setState({ notStored: false })}
          >
            {t('io.dismiss')}
          </button>
        </div>
      )}
      {openedFile && (
        <div className="io-banner" role="region" aria-labelledby={`${ids}-banner`}>
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <path
              d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinejoin="round"
            />
          </svg>
          <p className="io-banner-text" id={`${ids}-banner`}>
            {t('io.showing')}{' '}
            <bdi className="io-banner-file" data-testid="io-banner-file">
              {openedFile}
            </bdi>
            {shown && (
              <span className="io-banner-counts">
                {' · '}
                {t('io.counts', countWords(t, shown))}
              </span>
            )}
          </p>
          {warnings.length > 0 && (
            <button
              type="button"
              className="io-link-button io-warnings-toggle"
              aria-expanded={warningsOpen}
              aria-controls={`${ids}-warnings`}
              onClick={() => ui.setState({ warningsOpen: !warningsOpen })}
            >
              ⚠ {t('io.warnings', { count: warnings.length })}
            </button>
          )}
          {shown && !shown.persisted && <p className="io-banner-note">{t('io.notPersisted')}</p>}
          <button
            type="button"
            className="io-back"
            onClick={() => void backToBundled(app)}
            data-testid="io-back"
          >
            {t('io.back')}
          </button>
        </div>
      )}
      {shown && warningsOpen && warnings.length > 0 && (
        <section
          id={`${ids}-warnings`}
          className="io-warnings"
          aria-labelledby={`${ids}-warnings-title`}
          data-testid="io-warnings"
        >
          <header className="io-warnings-header">
            <h2 id={`${ids}-warnings-title`}>
              {t('io.warningsTitle', { file: shown.file })}{' '}
              <span className="muted">({t('io.warnings', { count: warnings.length })})</span>
            </h2>
            <button
              type="button"
              className="icon-button"
              onClick={() => ui.setState({ warningsOpen: false })}
              aria-label={t('io.hideWarnings')}
              title={t('io.hideWarnings')}
            >
              <CloseIcon size={18} />
            </button>
          </header>
          <p className="io-warnings-intro">{t('io.warningsIntro')}</p>
          <ProblemList problems={warnings} />
        </section>
      )}
      <DropOverlay />
      <ErrorDialog />
    </>
  );
}

function countWords(t: TFunction, opened: OpenedSummary) {
  return {
    entities: t('io.entities', { count: opened.entities }),
    relations: t('io.relations', { count: opened.relations }),
  };
}

const STAGE_STEPS = READ_STAGES.length + 1;

/**
 * What is being opened, how far it has got, and Cancel; then "Opened …" for screen readers,
 * or, after Cancel, that the graph on screen has not changed.
 */
function OpeningStatus() {
  const { t } = useTranslation();
  const app = useAppStoreApi();
  const busy = useIoState((s) => s.busy);
  const stage = useIoState((s) => s.stage);
  const cancelled = useIoState((s) => s.cancelled);
  const opened = useIoState((s) => s.opened);
  const announce = useIoState((s) => s.announce);
  const text = busy
    ? t(stage ? `io.stage.${stage}` : 'io.opening', { file: busy })
    : cancelled
      ? t('io.cancelled', { file: cancelled })
      : announce && opened
        ? t('io.opened', { file: opened.file, ...countWords(t, opened) })
        : '';
  return (
    <div className={busy || cancelled ? 'io-busy' : 'visually-hidden'}>
      <p role="status" aria-live="polite" data-testid="io-status">
        {text}
      </p>
      {busy && (
        <>
          <progress
            className="io-progress"
            max={STAGE_STEPS}
            value={stage ? READ_STAGES.indexOf(stage) + 1 : 0}
            aria-label={t('io.progress')}
          />
          <button
            type="button"
            className="io-link-button"
            onClick={() => cancelOpening(app)}
            data-testid="io-cancel"
          >
            {t('io.cancel')}
          </button>
        </>
      )}
      {!busy && cancelled && (
        <button
          type="button"
          className="io-link-button"
          onClick={() => ioState(app).setState({ cancelled: null })}
        >
          {t('io.dismiss')}
        </button>
      )}
    </div>
  );
}

function DropOverlay() {
  const { t } = useTranslation();
  const dragging = useIoState((s) => s.dragging);
  if (!dragging) return null;
  return (
    <div className="io-drop" data-testid="io-drop-overlay" aria-hidden="true">
      <div className="io-drop-card">
        <svg viewBox="0 0 24 24" width="48" height="48">
          <path
            d="M12 3v12M7 10l5 5 5-5M5 21h14"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="io-drop-title">{t('io.dropTitle')}</p>
        <p className="io-drop-hint">{t('io.dropHint')}</p>
        <p className="io-drop-private">{t('io.dropPrivate')}</p>
      </div>
    </div>
  );
}

function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/**
 * Files dragged anywhere over the window show the drop overlay; dropping opens them. Without
 * this, the browser would leave the app to display the dropped file.
 */
function useFileDrop() {
  const app = useAppStoreApi();
  useEffect(() => {
    const ui = ioState(app);
    // dragenter and dragleave come in pairs for each element crossed: count them.
    let depth = 0;
    const show = (dragging: boolean) => {
      if (ui.getState().dragging !== dragging) ui.setState({ dragging });
    };
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      show(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      show(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) show(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      show(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) void openFiles(app, files);
    };
    const onEnd = () => {
      depth = 0;
      show(false);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragend', onEnd);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragend', onEnd);
    };
  }, [app]);
}
