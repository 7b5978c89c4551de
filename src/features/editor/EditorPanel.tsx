import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { claimEdgeId } from '../../model/graph-index';
import { selectIndex } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { ConnectBanner } from './ConnectBanner';
import { DatasetPane, type DatasetItem } from './DatasetPane';
import { HistoryButtons } from './HistoryButtons';
import { useEditorSetup } from './setup';
import { ProblemsList } from './ProblemsList';
import { SaveStatus } from './SaveStatus';
import { SelectedPane } from './SelectedPane';
import { SourcesPane } from './SourcesPane';
import { StoryPane } from './StoryPane';
import { useEditKeys } from './use-edit-keys';
import { useUnloadGuard } from './use-unload-guard';
import './shell.css';

const PANES = ['sources', 'selected', 'story', 'problems', 'dataset'] as const;
type Pane = (typeof PANES)[number];

/**
 * Edit mode's panel, beside the graph: sources and the words in them, what is selected, the
 * story, the problems left, and the dataset. Every change is one undo step.
 */
export function EditorPanel() {
  useEditorSetup();
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const selection = useAppStore((s) => s.selection);
  const problems = useAppStore((s) => s.editProblems.length);
  const [pane, setPane] = useState<Pane>(selection ? 'selected' : 'sources');
  const [startNew, setStartNew] = useState(false);
  const [openItem, setOpenItem] = useState<DatasetItem | null>(null);
  const ids = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useEditKeys(store);
  useUnloadGuard();

  // A click on the graph opens what was clicked (unless it picks an end of a new relation).
  const previous = useRef(selection);
  const connecting = useAppStore((s) => s.connecting !== null);
  useEffect(() => {
    if (selection && selection !== previous.current && !connecting) setPane('selected');
    previous.current = selection;
  }, [selection, connecting]);
  // Both ends of a new relation are known: its evidence comes from a source's words.
  const pendingConnection = useAppStore((s) => s.pendingConnection);
  const [seenConnection, setSeenConnection] = useState(pendingConnection);
  if (pendingConnection !== seenConnection) {
    setSeenConnection(pendingConnection);
    if (pendingConnection) setPane('sources');
  }

  const onTabKey = (event: KeyboardEvent) => {
    const at = PANES.indexOf(pane);
    const rtl = document.documentElement.dir === 'rtl';
    const step: Record<string, number> = {
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
      Home: -at,
      End: PANES.length - 1 - at,
    };
    const by = step[event.key];
    if (by === undefined) return;
    event.preventDefault();
    const next = (at + by + PANES.length) % PANES.length;
    setOpenItem(null);
    setPane(PANES[next] ?? 'sources');
    tabs.current[next]?.focus();
  };

  return (
    <aside
      className="editor-panel"
      aria-labelledby={`${ids}title`}
      data-testid="editor-panel"
      data-occludes-graph=""
    >
      <header className="editor-head">
        <h2 id={`${ids}title`}>{t('editor.shell.title')}</h2>
        <HistoryButtons />
        <button
          type="button"
          title={t('editor.shell.tidyHint')}
          onClick={() => store.getState().requestTidy()}
        >
          {t('editor.shell.tidy')}
        </button>
        <button
          type="button"
          onClick={() => {
            setStartNew(true);
            setPane('dataset');
          }}
        >
          {t('editor.dataset.new')}
        </button>
        <button type="button" onClick={() => store.getState().setEditing(false)}>
          {t('editor.shell.stop')}
        </button>
      </header>
      <SaveStatus />
      <ConnectBanner />
      <div className="editor-tabs" role="tablist" aria-label={t('editor.shell.panes')}>
        {PANES.map((name, i) => (
          <button
            key={name}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${ids}tab-${name}`}
            aria-selected={pane === name}
            aria-controls={`${ids}pane`}
            tabIndex={pane === name ? 0 : -1}
            onClick={() => {
              setOpenItem(null);
              setPane(name);
            }}
            onKeyDown={onTabKey}
          >
            {t(`editor.shell.pane.${name}`)}
            {name === 'problems' && problems > 0 ? ` (${problems})` : ''}
          </button>
        ))}
      </div>
      <div
        className="editor-pane"
        role="tabpanel"
        id={`${ids}pane`}
        aria-labelledby={`${ids}tab-${pane}`}
      >
        {pane === 'dataset' || !index ? (
          <DatasetPane
            key={startNew ? 'new' : 'info'}
            startNew={startNew || !index}
            open={openItem}
            onCreated={() => {
              setStartNew(false);
              setPane('sources');
            }}
          />
        ) : pane === 'sources' ? (
          <SourcesPane key={index.data.id} dataset={index.data} />
        ) : pane === 'selected' ? (
          <SelectedPane index={index} />
        ) : pane === 'story' ? (
          <StoryPane key={index.data.id} index={index} />
        ) : (
          <ProblemsList
            onJump={(collection, id) => {
              if (collection === 'entities') store.getState().select({ type: 'node', id });
              else if (collection === 'relations') store.getState().select({ type: 'edge', id });
              else if (collection === 'relationTypes' || collection === 'entityKinds') {
                // Its form, in the dataset's kinds or types (an unused type is reached there too).
                setOpenItem({ collection, id });
                setPane('dataset');
              } else if (collection === 'claims') {
                store.getState().select({ type: 'edge', id: claimEdgeId(id) });
              } else if (collection === 'dataset') setPane('dataset');
              else if (collection === 'sources') setPane('sources');
              else if (collection === 'stories') setPane('story');
            }}
          />
        )}
      </div>
    </aside>
  );
}
