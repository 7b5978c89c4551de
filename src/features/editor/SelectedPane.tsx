import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphIndex } from '../../model/graph-index';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { pickText } from '../../ui/text';
import {
  ClaimForm,
  DeleteEntityDialog,
  DeleteLineDialog,
  EntityForm,
  MergeEntitiesForm,
  RelationForm,
  type DeleteLineDialogProps,
} from './forms';
import { claimText, relationText } from './forms/TargetPicker';
import { insertedId } from './forms/useEditForm';
import { useApply } from './use-apply';

type Mode = 'edit' | 'delete' | 'merge';

/**
 * What is selected on the graph, to change in place: an entity (edit, delete with what depends
 * on it, merge with a duplicate) or a relation. With nothing selected: a new entity.
 */
export function SelectedPane({ index }: { index: GraphIndex }) {
  const { t } = useTranslation();
  const apply = useApply();
  const store = useAppStoreApi();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const lang = useAppStore((s) => s.lang);
  const [mode, setMode] = useState<Mode>('edit');
  const [creating, setCreating] = useState(false);
  const dataset = index.data;

  const entity = selection?.type === 'node' ? index.entities.get(selection.id) : undefined;
  const edge = selection?.type === 'edge' ? index.edgeById.get(selection.id) : undefined;
  const relation = edge?.kind === 'relation' ? index.relations.get(edge.refId) : undefined;
  // A claim is drawn as its "claims" line and, faintly, who it benefits and concerns.
  const claim = edge && edge.kind !== 'relation' ? index.claims.get(edge.refId) : undefined;

  if (claim && !creating) {
    return (
      <div className="selected-pane">
        <LineActions
          key={`actions-${claim.id}`}
          name={claimText(dataset, claim, lang)}
          line={{ claim }}
          dataset={dataset}
        />
        <ClaimForm key={claim.id} dataset={dataset} claim={claim} onApply={apply} />
      </div>
    );
  }
  if (creating || (!entity && !relation)) {
    return (
      <div className="selected-pane">
        {!creating && <p className="pane-hint">{t('editor.selected.hint')}</p>}
        {creating ? (
          <EntityForm
            dataset={dataset}
            onApply={(result, action) => {
              apply(result, action);
              setCreating(false);
              const id = insertedId(result, 'entities');
              if (id) select({ type: 'node', id });
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('editor.selected.newEntity')}
          </button>
        )}
      </div>
    );
  }
  if (relation) {
    return (
      <div className="selected-pane">
        <LineActions
          key={`actions-${relation.id}`}
          name={relationText(dataset, relation, lang)}
          line={{ relation }}
          dataset={dataset}
        />
        <RelationForm key={relation.id} dataset={dataset} relation={relation} onApply={apply} />
      </div>
    );
  }
  if (!entity) return null;
  const name = pickText(entity.label, lang)?.text ?? entity.id;
  return (
    <div className="selected-pane" key={entity.id}>
      <div className="pane-row" role="group" aria-label={t('editor.selected.actions', { name })}>
        <button type="button" aria-pressed={mode === 'edit'} onClick={() => setMode('edit')}>
          {t('editor.selected.edit')}
        </button>
        <button type="button" aria-pressed={mode === 'merge'} onClick={() => setMode('merge')}>
          {t('editor.selected.merge')}
        </button>
        <button
          type="button"
          className="danger"
          aria-pressed={mode === 'delete'}
          onClick={() => setMode('delete')}
        >
          {t('editor.selected.delete')}
        </button>
        <button type="button" onClick={() => store.getState().setConnecting({ from: entity.id })}>
          {t('editor.connect.start')}
        </button>
        <button type="button" onClick={() => setCreating(true)}>
          {t('editor.selected.newEntity')}
        </button>
      </div>
      {mode === 'edit' && <EntityForm dataset={dataset} entity={entity} onApply={apply} />}
      {mode === 'merge' && (
        <MergeEntitiesForm
          dataset={dataset}
          entity={entity}
          onApply={(result, action) => {
            apply(result, action);
            setMode('edit');
          }}
          onCancel={() => setMode('edit')}
        />
      )}
      {mode === 'delete' && (
        <DeleteEntityDialog
          dataset={dataset}
          entity={entity}
          onApply={(result, action) => {
            apply(result, action);
            setMode('edit');
          }}
          onCancel={() => setMode('edit')}
        />
      )}
    </div>
  );
}

/** What can be done with a selected line besides changing it: delete it, after a confirmation. */
function LineActions({
  name,
  line,
  dataset,
}: {
  name: string;
  line: DeleteLineDialogProps['line'];
  dataset: GraphIndex['data'];
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <div className="pane-row" role="group" aria-label={t('editor.selected.actions', { name })}>
        <button
          type="button"
          className="danger"
          aria-pressed={deleting}
          onClick={() => setDeleting(true)}
        >
          {t('editor.selected.delete')}
        </button>
      </div>
      {deleting && (
        <DeleteLineDialog
          dataset={dataset}
          line={line}
          onApply={(result, action) => {
            setDeleting(false);
            apply(result, action);
          }}
          onCancel={() => setDeleting(false)}
        />
      )}
    </>
  );
}
