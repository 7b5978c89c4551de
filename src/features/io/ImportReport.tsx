import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeImportProblem, type ImportProblem } from '../../io';
import { useAppStoreApi } from '../../state/store';
import { ioState, useIoState } from './io-state';

/** Inside an opened group, at most this many are listed; the rest are counted (as the CLI does). */
export const PER_GROUP = 200;

export interface ProblemGroup {
  code: string;
  severity: string;
  items: ImportProblem[];
}

/**
 * Problems grouped by what they say (severity and code), in the order the importer sorted
 * them (errors first): 1,715 "Arabic label missing" lines are one group, so the problems that
 * matter are not buried.
 */
export function groupProblems(problems: readonly ImportProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const item of problems) {
    const key = `${item.severity}:${item.code}`;
    let group = groups.get(key);
    if (!group) {
      group = { code: item.code, severity: item.severity, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

function ProblemItem({ item }: { item: ImportProblem }) {
  const { t, i18n } = useTranslation();
  const { message, where } = describeImportProblem(i18n, item);
  return (
    <li className={`problem problem-${item.severity}`} data-code={item.code}>
      {where && (
        <span className="problem-where">
          {/* The place mixes the UI's words with file names: it reads in the UI's direction. */}
          {t('io.where')}: <bdi dir={i18n.dir()}>{where}</bdi>
        </span>
      )}
      <span className="problem-message">{message}</span>
    </li>
  );
}

/** Many problems of one kind: a count and a title, opened to list each (rendered only then). */
function GroupItem({ group }: { group: ProblemGroup }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const first = group.items[0] as ImportProblem;
  const title = t(`io.groups.${group.code}`, { defaultValue: '' });
  const example = describeImportProblem(i18n, first).message;
  const hidden = group.items.length - PER_GROUP;
  return (
    <li
      className={`problem problem-group problem-${group.severity}`}
      data-code={group.code}
      data-count={group.items.length}
    >
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="problem-count">{group.items.length} ×</span>{' '}
          <span className="problem-message">
            {title || t('io.groupExample', { message: example })}
          </span>
          <span className="visually-hidden"> — {t('io.groupOpen')}</span>
        </summary>
        {open && (
          <ol className="problem-list">
            {group.items.slice(0, PER_GROUP).map((item, i) => (
              <ProblemItem key={i} item={item} />
            ))}
            {hidden > 0 && <li className="problem-more">{t('io.more', { count: hidden })}</li>}
          </ol>
        )}
      </details>
    </li>
  );
}

/** What is wrong, where (file, row, column…), and how to fix it: the CLI's report, translated. */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <ol className="problem-list io-problems">
      {groupProblems(problems).map((group) =>
        group.items.length === 1 ? (
          <ProblemItem
            key={`${group.severity}:${group.code}`}
            item={group.items[0] as ImportProblem}
          />
        ) : (
          <GroupItem key={`${group.severity}:${group.code}`} group={group} />
        ),
      )}
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
