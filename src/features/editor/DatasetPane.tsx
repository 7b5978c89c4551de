import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../state/edit-draft';
import { continueDraft, discardDraft, listDrafts } from '../../state/edit-session';
import { selectIndex } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { DatasetInfoForm } from './forms';
import { KindsSection } from './KindsSection';
import { RelationTypesSection } from './RelationTypesSection';

/** A part of the dataset the pane can open the form of. */
export interface DatasetItem {
  collection: 'entityKinds' | 'relationTypes';
  id: string;
}
import { useApply } from './use-apply';

/**
 * The dataset itself: its title and description, its kinds and relation types, a new empty
 * dataset, and the work kept in this browser from earlier visits (a window closed before
 * downloading).
 */
export function DatasetPane({
  startNew = false,
  onCreated,
  open = null,
}: {
  startNew?: boolean;
  /** A new dataset was made: the shell moves on to its sources. */
  onCreated?: () => void;
  /** A kind or a relation type whose form opens at once (a jump from "to translate"). */
  open?: DatasetItem | null;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const apply = useApply();
  const index = useAppStore(selectIndex);
  const [creating, setCreating] = useState(startNew);
  if (creating || !index) {
    return (
      <DatasetInfoForm
        onCreate={(dataset) => {
          store.getState().newDataset({
            id: dataset.id,
            title: dataset.title,
            ...(dataset.description ? { description: dataset.description } : {}),
          });
          setCreating(false);
          onCreated?.();
        }}
        onCancel={index ? () => setCreating(false) : undefined}
      />
    );
  }
  return (
    <div className="dataset-pane">
      <DatasetInfoForm key={index.data.id} dataset={index.data} onApply={apply} />
      <KindsSection
        key={`kinds:${index.data.id}:${open?.id ?? ''}`}
        index={index}
        open={open?.collection === 'entityKinds' ? open.id : null}
      />
      <RelationTypesSection
        key={`types:${index.data.id}:${open?.id ?? ''}`}
        index={index}
        open={open?.collection === 'relationTypes' ? open.id : null}
      />
      <button type="button" onClick={() => setCreating(true)}>
        {t('editor.dataset.new')}
      </button>
      <KeptDrafts />
    </div>
  );
}

function KeptDrafts() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void listDrafts().then((found) => live && setDrafts(found));
    return () => {
      live = false;
    };
  }, [version]);
  if (drafts.length === 0) return null;
  const when = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return (
    <section className="kept-drafts" aria-labelledby="kept-drafts-title">
      <h3 id="kept-drafts-title">{t('editor.dataset.kept')}</h3>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.key}>
            <bdi>{draft.title[lang]}</bdi> · {when(draft.savedAt)}{' '}
            <button
              type="button"
              onClick={() =>
                void continueDraft(store, draft.key).then(() => setVersion((v) => v + 1))
              }
            >
              {t('editor.dataset.continue')}
            </button>{' '}
            <button
              type="button"
              className="danger"
              onClick={() => void discardDraft(draft.key).then(() => setVersion((v) => v + 1))}
            >
              {t('editor.dataset.discard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
