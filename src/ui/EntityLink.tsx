import { useAppStore } from '../state/store';
import { selectIndex } from '../state/selectors';
import './evidence.css';

/** A name that moves the selection to its entity. */
export function EntityLink({ id }: { id: string }) {
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const entity = index?.entities.get(id);
  return (
    <button
      type="button"
      className="entity-link"
      data-entity={id}
      onClick={() => select({ type: 'node', id })}
    >
      <bdi>{entity ? entity.label[lang] : id}</bdi>
    </button>
  );
}
