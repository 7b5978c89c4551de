import { useTranslation } from 'react-i18next';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';

/**
 * While "Connect" is on: how to give the two ends (a line drawn on the graph, or one pick after
 * the other), and once both are known, what comes next: the words that say so.
 */
export function ConnectBanner() {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const connecting = useAppStore((s) => s.connecting);
  const pending = useAppStore((s) => s.pendingConnection);
  const clear = useAppStore((s) => s.clearConnection);
  if (!index || (!connecting && !pending)) return null;
  const name = (id: string) => index.entities.get(id)?.label[lang] ?? id;
  const text = pending
    ? t('editor.connect.pending', { source: name(pending.source), target: name(pending.target) })
    : connecting?.from
      ? t('editor.connect.from', { name: name(connecting.from) })
      : t('editor.connect.how');
  return (
    <div className="connect-banner" role="status" data-testid="connect-banner">
      <p>{text}</p>
      <button type="button" onClick={clear}>
        {t('editor.connect.cancel')}
      </button>
    </div>
  );
}
