import { useTranslation } from 'react-i18next';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { EdgeDetails } from './EdgeDetails';
import { EntityDetails } from './EntityDetails';

/** The panel on the inline-end side (a bottom sheet on phones) for what is selected. */
export function DetailsPanel() {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const selection = useAppStore((s) => s.selection);
  const clear = useAppStore((s) => s.clearSelection);
  if (!index || !selection) return null;
  const known =
    selection.type === 'node' ? index.entities.has(selection.id) : index.edgeById.has(selection.id);
  if (!known) return null;
  return (
    <aside className="details-panel" aria-labelledby="details-title" data-testid="details">
      <button
        type="button"
        className="icon-button close"
        onClick={clear}
        aria-label={t('details.close')}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
          <path
            d="M6 6l12 12M18 6L6 18"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
      </button>
      {selection.type === 'node' ? (
        <EntityDetails key={selection.id} index={index} id={selection.id} />
      ) : (
        <EdgeDetails key={selection.id} index={index} id={selection.id} />
      )}
    </aside>
  );
}
