import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kindUses } from '../../model/edit';
import type { GraphIndex } from '../../model/graph-index';
import { EntityKindForm } from './forms';
import { useUiLang } from './forms/useEditForm';
import { ListedName, useFocusOpened } from './DatasetListParts';
import { useApply } from './use-apply';

/**
 * The kinds the dataset defines (an importer makes them from a file's own types, named in the
 * file's words on both sides): each with how many entities are of it, its colour and shape,
 * changed in place. A dataset on the built-in kinds has none to show. `open`: a kind whose form
 * opens at once, its first field focused (a jump from "to translate").
 */
export function KindsSection({ index, open = null }: { index: GraphIndex; open?: string | null }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const apply = useApply();
  const [editing, setEditing] = useState<string | null>(open);
  const listRef = useFocusOpened(open);
  const kinds = index.data.entityKinds ?? [];
  if (kinds.length === 0) return null;
  const uses = kindUses(index.data);
  return (
    <section className="relation-types" aria-labelledby="entity-kinds-title">
      <h3 id="entity-kinds-title">{t('editor.kinds.title', { count: kinds.length })}</h3>
      <ul ref={listRef}>
        {kinds.map((kind) => {
          if (editing === kind.id) {
            return (
              <li key={kind.id} className="is-open">
                <EntityKindForm
                  dataset={index.data}
                  kind={kind}
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
            <li key={kind.id} className="relation-type-row">
              <span className="kind-swatch" style={{ background: kind.color }} aria-hidden="true" />
              <ListedName label={kind.label} lang={lang} />{' '}
              <span className="relation-type-uses">
                {t(`edit.kind.shapes.${kind.shape}`)} ·{' '}
                {t('editor.kinds.uses', { count: uses.get(kind.id) ?? 0 })}
              </span>
              <span className="pane-row">
                <button
                  type="button"
                  aria-label={t('editor.kinds.changeNamed', { name: kind.label[lang] })}
                  onClick={() => setEditing(kind.id)}
                >
                  {t('editor.kinds.change')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
