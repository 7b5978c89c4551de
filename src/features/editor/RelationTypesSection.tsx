import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteRelationType } from '../../model/edit';
import type { GraphIndex } from '../../model/graph-index';
import { RelationTypeForm } from './forms';
import { useUiLang } from './forms/useEditForm';
import { ListedName, useFocusOpened } from './DatasetListParts';
import { useApply } from './use-apply';

/**
 * The dataset's relation types, each with how many relations read it: change one (every
 * relation of it reads the new way), or delete one no relation uses. A type that only an
 * imported file brought, or one left over after its relations went, is reached here; the
 * "to translate" list opens its form here too (`open`).
 */
export function RelationTypesSection({
  index,
  open = null,
}: {
  index: GraphIndex;
  open?: string | null;
}) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const apply = useApply();
  const [editing, setEditing] = useState<string | null>(open);
  const listRef = useFocusOpened(open);
  const dataset = index.data;
  const uses = new Map<string, number>();
  for (const relation of dataset.relations) {
    uses.set(relation.type, (uses.get(relation.type) ?? 0) + 1);
  }
  const types = dataset.relationTypes;
  return (
    <section className="relation-types" aria-labelledby="relation-types-title">
      <h3 id="relation-types-title">{t('editor.types.title', { count: types.length })}</h3>
      {types.length === 0 && <p className="pane-hint">{t('editor.types.none')}</p>}
      <ul ref={listRef}>
        {types.map((type) => {
          const count = uses.get(type.id) ?? 0;
          if (editing === type.id) {
            return (
              <li key={type.id} className="is-open">
                <RelationTypeForm
                  dataset={dataset}
                  type={type}
                  onApply={(result, action) => {
                    setEditing(null);
                    apply(result, action);
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            );
          }
          return (
            <li key={type.id} className="relation-type-row">
              <ListedName label={type.label} lang={lang} />{' '}
              <span className="relation-type-uses">
                {t(`families.${type.family}`)} · {t('editor.types.uses', { count })}
              </span>
              <span className="pane-row">
                <button
                  type="button"
                  aria-label={t('editor.types.changeNamed', { name: type.label[lang] })}
                  onClick={() => setEditing(type.id)}
                >
                  {t('editor.types.change')}
                </button>
                {count === 0 && (
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('editor.types.deleteNamed', { name: type.label[lang] })}
                    onClick={() => {
                      const result = deleteRelationType(dataset, type.id);
                      if (result.ok) apply(result, 'deleteRelationType');
                    }}
                  >
                    {t('editor.types.delete')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
