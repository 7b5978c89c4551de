import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../io';
import { selectIndex } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { readParams } from '../../state/url';
import { DOWNLOAD_FORMATS, downloadDataset } from './download';
import { describeProblem } from '../../i18n/problems';
import type { Problem } from '../../model/problems';
import { useIoState } from './io-state';
import { ACCEPTED_FILES, backToBundled, openFiles } from './open-files';
import { publishSite } from './publish';
import { saveBlob } from './save-blob';
import './io.css';

type Status =
  | { kind: 'done'; files: string[]; warnings: Problem[] }
  | { kind: 'failed'; detail: string }
  | { kind: 'working' }
  | { kind: 'website'; file: string; count: number; social: boolean }
  | { kind: 'unpublishable'; problems: Problem[] }
  | null;

/**
 * "File" in the top bar: a disclosure with "Open a file…", "Download as" (one entry per
 * format; the CSV set saves one file per table) and "Bundled dataset". Arrow keys move between
 * its entries, Escape closes it and gives focus back to the button.
 */
export function FileMenu() {
  const { t } = useTranslation();
  const app = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const busy = useIoState((s) => s.busy);
  const openedFile = useAppStore((s) => s.openedFile);
  // The app's own dataset is what is shown unless a file was opened or the URL names another.
  const bundledShown = !openedFile && !readParams(window.location).get('graph');
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const ids = useId();
  const rootRef = useRef<HTMLDivElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const panelRef = useRef<HTMLDivElement | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);

  const items = () => enabledItems(panelRef.current);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  // Opening moves focus to the first entry; a click or focus outside closes.
  useEffect(() => {
    if (!open) return;
    enabledItems(panelRef.current)[0]?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    }
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: list.length - 1,
    };
    const to = move[event.key];
    if (to === undefined || list.length === 0) return;
    event.preventDefault();
    list[(to + list.length) % list.length]?.focus();
  };

  const pick = () => {
    close(false);
    inputRef.current?.click();
  };

  const download = async (format: ExportFormat) => {
    close(true);
    if (!index) return;
    const loadShown = app.getState().load;
    try {
      setStatus({ kind: 'done', ...(await downloadDataset(index.data, format)) });
      // The edits are in a file of the reader's own now: leaving no longer needs to ask.
      if (app.getState().load === loadShown) app.getState().markDownloaded();
    } catch (error) {
      setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  const website = async () => {
    close(true);
    setStatus({ kind: 'working' });
    try {
      const result = await publishSite(app, t);
      if (result.ok) {
        saveBlob(result.blob, result.filename);
        setStatus({
          kind: 'website',
          file: result.filename,
          count: result.files,
          social: result.social,
        });
      } else if (result.reason === 'appFiles') {
        setStatus({ kind: 'failed', detail: t('io.websiteNoApp', { detail: result.detail }) });
      } else setStatus({ kind: 'unpublishable', problems: result.problems });
    } catch (error) {
      setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div
      ref={rootRef}
      className="file-menu"
      onBlur={(event) => {
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) {
          if (event.relatedTarget) setOpen(false);
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="file-button"
        aria-expanded={open}
        aria-controls={`${ids}-panel`}
        aria-busy={busy ? true : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
        data-testid="file-menu-button"
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5M9 14l3 3 3-3M12 10v7"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="file-label phone-hidden-label">{t('io.file')}</span>
      </button>
      <div
        ref={panelRef}
        id={`${ids}-panel`}
        className="file-menu-panel"
        hidden={!open}
        onKeyDown={onKeyDown}
        data-testid="file-menu"
      >
        <button type="button" className="file-item" onClick={pick}>
          <span className="file-item-label">{t('io.open')}</span>
          <span className="file-item-hint">{t('io.openHint')}</span>
        </button>
        <div className="file-group" role="group" aria-labelledby={`${ids}-download`}>
          <p className="file-group-title" id={`${ids}-download`}>
            {t('io.downloadAs')}
          </p>
          {DOWNLOAD_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className="file-item"
              disabled={!index}
              onClick={() => void download(format)}
              data-format={format}
            >
              <span className="file-item-label">{t(`io.format.${format}`)}</span>
              <span className="file-item-hint">{t(`io.formatHint.${format}`)}</span>
            </button>
          ))}
        </div>
        <button
          type="button"
          className="file-item file-website"
          disabled={!index || status?.kind === 'working'}
          onClick={() => void website()}
          data-testid="download-website"
        >
          <span className="file-item-label">{t('io.website')}</span>
          <span className="file-item-hint">{t('io.websiteHint')}</span>
        </button>
        <button
          type="button"
          className="file-item file-bundled"
          // Already on screen: nothing to go back to (and the view in the URL stays).
          aria-disabled={bundledShown || undefined}
          onClick={() => {
            if (bundledShown) return close(true);
            close(false);
            void backToBundled(app);
          }}
        >
          <span className="file-item-label">{t('io.bundled')}</span>
          <span className="file-item-hint">
            {t(bundledShown ? 'io.bundledShown' : 'io.bundledHint')}
          </span>
        </button>
      </div>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        hidden
        aria-label={t('io.inputLabel')}
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared, so choosing the same file again (after fixing it) still opens it.
          event.currentTarget.value = '';
          void openFiles(app, files);
        }}
        data-testid="file-input"
      />
      <p
        className={
          status?.kind === 'failed' ||
          status?.kind === 'unpublishable' ||
          (status?.kind === 'website' && !status.social) ||
          (status?.kind === 'done' && status.warnings.length > 0)
            ? 'file-menu-status failed'
            : status?.kind === 'website'
              ? 'file-menu-status'
              : 'visually-hidden'
        }
        role="status"
        aria-live="polite"
        data-testid="download-status"
      >
        {status?.kind === 'done'
          ? t('io.downloaded', { files: status.files.join(', ') })
          : status?.kind === 'failed'
            ? t('io.downloadFailed', { detail: status.detail })
            : status?.kind === 'working'
              ? t('io.websiteWorking')
              : status?.kind === 'website'
                ? t('io.websiteDone', { file: status.file, count: status.count })
                : status?.kind === 'unpublishable'
                  ? t('io.websiteInvalid')
                  : ''}
        {status?.kind === 'website' && !status.social && <> {t('io.websiteNoPicture')}</>}
        {status?.kind === 'unpublishable' && (
          <ExportWarnings warnings={status.problems} onClose={() => setStatus(null)} />
        )}
        {status?.kind === 'done' && status.warnings.length > 0 && (
          <ExportWarnings warnings={status.warnings} onClose={() => setStatus(null)} />
        )}
      </p>
    </div>
  );
}

/** What the downloaded file could not carry, and where: never changed without a word. */
function ExportWarnings({ warnings, onClose }: { warnings: Problem[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="export-warnings">
      {warnings.slice(0, 5).map((item, i) => {
        const { message, where } = describeProblem(i18n, item);
        return (
          <span key={i} className="export-warning">
            <bdi>{where}</bdi>: {message}
          </span>
        );
      })}
      {warnings.length > 5 && <span>{t('io.moreWarnings', { count: warnings.length - 5 })}</span>}
      <button type="button" onClick={onClose}>
        {t('io.dismiss')}
      </button>
    </span>
  );
}

function enabledItems(panel: HTMLElement | null): HTMLButtonElement[] {
  return [...(panel?.querySelectorAll<HTMLButtonElement>('button') ?? [])].filter(
    (button) => !button.disabled,
  );
}
