import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeImportProblem, type ImportProblem } from '../../io';
import { useAppStoreApi } from '../../state/store';
import { ioState, useIoState } from './io-state';

/** Beyond this many problems of one kind, the rest are counted, not listed (as the CLI does). */
export const PER_CODE = 10;

export interface GroupedProblems {
  shown: ImportProblem[];
  /** Kinds with more problems than shown: how many more. */
  hidden: { code: string; severity: string; count: number }[];
}

/** Errors first (the importer sorts them), at most `perCode` of each kind. */
export function groupProblems(
  problems: readonly ImportProblem[],
  perCode = PER_CODE,
): GroupedProblems {
  const counts = new Map<string, number>();
  const shown: ImportProblem[] = [];
  for (const item of problems) {
    const key = `${item.severity}:${item.code}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count <= perCode) shown.push(item);
  }
  const hidden = [...counts]
    .filter(([, count]) => count > perCode)
    .map(([key, count]) => {
      const [severity = '', code = ''] = key.split(':');
      return { code, severity, count: count - perCode };
    });
  return { shown, hidden };
}

/** What is wrong, where (file, row, column…), and how to fix it: the CLI's report, translated. */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  const { t, i18n } = useTranslation();
  const { shown, hidden } = groupProblems(problems);
  return (
    <ol className="problem-list io-problems">
      {shown.map((item, i) => {
        const { message, where } = describeImportProblem(i18n, item);
        return (
          <li key={i} className={`problem problem-${item.severity}`} data-code={item.code}>
            {where && (
              <span className="problem-where">
                {/* The place mixes the UI's words with file names: it reads in the UI's direction. */}
                {t('io.where')}: <bdi dir={i18n.dir()}>{where}</bdi>
              </span>
            )}
            <span className="problem-message">{message}</span>
          </li>
        );
      })}
      {hidden.map((group) => (
        <li key={`${group.severity}:${group.code}`} className="problem problem-more">
          {t('io.more', { count: group.count })}
        </li>
      ))}
    </ol>
  );
}

/**
 * The report of a file that did not open, as a modal dialog. The graph behind it is untouched;
 * closing returns focus to where it was (the File button, usually).
 */
export function ErrorDialog() {
  const { t } = useTranslation();
  const ids = useId();
  const app = useAppStoreApi();
  const report = useIoState((s) => s.report);
  const ref = useRef<HTMLDialogElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!report || !dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, [report]);

  if (!report) return null;
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const close = () => {
    ref.current?.close?.();
    ioState(app).setState({ report: null });
  };

  return (
    <dialog
      ref={ref}
      className="io-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-intro`}
      onClose={close}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      // Escape closes the dialog only, not also the app's "Escape clears the selection".
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        event.preventDefault();
        close();
      }}
      data-testid="io-error"
    >
      <header className="io-dialog-header">
        <h2 id={`${ids}-title`}>{t('io.errorTitle')}</h2>
      </header>
      <div className="io-dialog-body">
        <div id={`${ids}-intro`}>
          {report.failure && (
            <p>
              {t(`io.${report.failure.kind}`, {
                file: report.failure.file,
                detail: report.failure.detail,
              })}
            </p>
          )}
          {errors > 0 && <p>{t('io.errorIntro', { count: errors, file: report.file })}</p>}
          <p>{t('io.errorKept')}</p>
        </div>
        {report.problems.length > 0 && <ProblemList problems={report.problems} />}
      </div>
      <footer className="io-dialog-footer">
        <button type="button" className="io-primary" onClick={close} autoFocus>
          {t('io.close')}
        </button>
      </footer>
    </dialog>
  );
}
