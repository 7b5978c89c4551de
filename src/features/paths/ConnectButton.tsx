import { useTranslation } from 'react-i18next';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { ConnectIcon } from './ConnectIcon';
import { useConnectEntity, usePathDraft } from './draft';

/**
 * "How is it connected…?" for an entity's details: starts a question from it, or, when a question
 * is waiting for its other end, completes it with this entity.
 */
export function ConnectButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const draft = usePathDraft();
  const connect = useConnectEntity();
  const waiting = draft && (draft.from === null) !== (draft.to === null);
  const other = waiting ? (draft.from ?? draft.to) : null;
  const name = other ? (index?.entities.get(other)?.label[lang] ?? other) : null;
  return (
    <button type="button" className="connect-button" onClick={() => connect(id)}>
      <ConnectIcon />
      <span>
        {name && other !== id ? t('paths.connectFrom', { name }) : t('paths.findConnection')}
      </span>
    </button>
  );
}
