import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';

/** "Edit" in the top bar: turns edit mode on and off (`edit=1`). Never shown in an embed. */
export function EditButton() {
  const { t } = useTranslation();
  const editing = useAppStore((s) => s.editing);
  const setEditing = useAppStore((s) => s.setEditing);
  const embedded = useAppStore((s) => s.embed.enabled);
  if (embedded) return null;
  return (
    <button
      type="button"
      className="edit-button"
      aria-pressed={editing}
      onClick={() => setEditing(!editing)}
    >
      {t(editing ? 'app.stopEditing' : 'app.edit')}
    </button>
  );
}
