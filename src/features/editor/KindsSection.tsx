import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteEntityKind, kindUses } from '../../model/edit';
import type { GraphIndex } from '../../model/graph-index';
import { BUILTIN_KINDS } from '../../model/kinds';
import { kindName } from '../../ui/kind-name';
import { EntityKindForm } from './forms';
import { useUiLang } from './forms/useEditForm';
import { ListedName, useFocusOpened } from './DatasetListParts';
import { useApply } from './use-apply';

/** The form for a kind not made yet. */
const NEW = '\u0000new';

/**
 * The kinds of entity: those the dataset defines (an importer makes them from a file's own
 * types, named in the file's words on both sides), each with how many entities are of it, its
 * colour and shape, changed in place or deleted when unused; or the seven built-in kinds,
 * shown as they are. Either way a kind of the author's own can be added. `open`: a kind whose
 * form opens at once, its first field focused (a jump from "to translate").
 */
export function KindsSection({ index, open = null }: { index: GraphIndex; open?: string | null }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const apply = useApply();
  const [editing, setEditing] = useState<string | null>(open);
  const listRef = useFocusOpened(open);
  const dataset = index.data;
  const kinds = dataset.entityKinds;
  const uses = kindUses(dataset);
  const onApply: Parameters<typeof EntityKindForm>[0]['onApply'] = (result, action) => {
    setEditing(null);
    apply(result, action);
  };
  const addButton =
    editing === NEW ? (
      <EntityKindForm dataset={dataset} onApply={onApply} onCancel={() => setEditing(null)} />
    ) : (
      <button type="button" className="pane-add" onClick={() => setEditing(NEW)}>
        {t('editor.kinds.add')}
      </button>
    );

  if (!kinds) {
    return (
      <section className="relation-types" aria-labelledby="entity-kinds-title">
        <h3 id="entity-kinds-title">{t('editor.kinds.builtinTitle')}</h3>
        <p className="pane-hint">{t('editor.kinds.builtinHint')}</p>
        <ul>
          {BUILTIN_KINDS.map((kind) => (
            <li key={kind.id} className="relation-type-row">
              <span className="kind-swatch" style={{ background: kind.color }} aria-hidden="true" />
              <span className="relation-type-name">{kindName(t, lang, kind)}</span>{' '}
              <span className="relation-type-uses">
                {t(`edit.kind.shapes.${kind.shape}`)} ·{' '}
                {t('editor.kinds.uses', { count: uses.get(kind.id) ?? 0 })}
              </span>
            </li>
          ))}
        </ul>
        {addButton}
      </section>
    );
  }

  return (
    <section className="relation-types" aria-labelledby="entity-kinds-title">
      <h3 id="entity-kinds-title">{t('editor.kinds.title', { count: kinds.length })}</h3>
      <ul ref={listRef}>
        {kinds.map((kind) => {
          const count = uses.get(kind.id) ?? 0;
          if (editing === kind.id) {
            return (
              <li key={kind.id} className="is-open">
                <EntityKindForm
                  dataset={dataset}
                  kind={kind}
                  onApply={onApply}
                  onCancel={() => setEditing(null)}
                />
              </li>
            );
          }
          return (
            <li key={kind.id} className="relation-type-row">
              <span className="kind-swatch" style={{ background: kind.color }} aria-hidden="true" />
              <ListedName label={kind.label} lang={lang} />{' '}
              <span className="relation-type-uses">
                {t(`edit.kind.shapes.${kind.shape}`)} · {t('editor.kinds.uses', { count })}
              </span>
              <span className="pane-row">
                <button
                  type="button"
                  aria-label={t('editor.kinds.changeNamed', { name: kind.label[lang] })}
                  onClick={() => setEditing(kind.id)}
                >
                  {t('editor.kinds.change')}
                </button>
                {count === 0 && (
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('editor.kinds.deleteNamed', { name: kind.label[lang] })}
                    onClick={() => {
                      const result = deleteEntityKind(dataset, kind.id);
                      if (result.ok) apply(result, 'deleteEntityKind');
                    }}
                  >
                    {t('editor.kinds.delete')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {addButton}
    </section>
  );
}
