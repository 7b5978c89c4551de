import { useTranslation } from 'react-i18next';
import { selectCanRedo, selectCanUndo } from '../../state/slices/edit';
import { useAppStore } from '../../state/store';

/** Undo and Redo, each naming the step it would take back or do again. */
export function HistoryButtons() {
  const { t } = useTranslation();
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const undoAction = useAppStore((s) => s.undoStack.at(-1)?.action);
  const redoAction = useAppStore((s) => s.redoStack.at(-1)?.action);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const named = (action: string | undefined) =>
    action ? t(`editor.actions.${action}`, { defaultValue: action }) : '';
  return (
    <div className="editor-history" role="group" aria-label={t('editor.shell.history')}>
      <button
        type="button"
        disabled={!canUndo}
        onClick={undo}
        title={canUndo ? t('editor.shell.undoWhat', { what: named(undoAction) }) : undefined}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        {t('editor.shell.undo')}
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={redo}
        title={canRedo ? t('editor.shell.redoWhat', { what: named(redoAction) }) : undefined}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
      >
        {t('editor.shell.redo')}
      </button>
    </div>
  );
}
