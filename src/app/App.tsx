import { SkipLinks } from './SkipLinks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorPanel, PresenterConsole, StoryPlayer, TableView } from './lazy-views';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { EmbedChrome } from './EmbedChrome';
import { ProvenanceBanner } from '../features/embed/ProvenanceBanner';
import { ShareButton } from '../features/embed/ShareButton';
import { FilterPanel } from '../features/filters/FilterPanel';
import { FilterEmptyState } from '../features/filters/FilterEmptyState';
import { FileMenu } from '../features/io/FileMenu';
import { FileStatus } from '../features/io/FileStatus';
import { PathPanel } from '../features/paths/PathPanel';
import { OldLinkNotice } from '../features/revisions/OldLinkNotice';
import { RevisionsButton } from '../features/revisions/RevisionsButton';
import { SearchBox } from '../features/search/SearchBox';
import { ExplorerExport } from '../features/story/PrintView';
import { StoryLauncher } from '../features/story/StoryLauncher';
import { useStoryChannel } from '../features/story/story-channel';
import { useStoryKeys } from '../features/story/story-keys';
import { ViewSwitch } from '../features/view/ViewSwitch';
import { EditButton } from '../features/editor/EditButton';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { Legend } from '../features/legend/Legend';
import { LoadErrors } from '../features/load-errors/LoadErrors';
import { Toolbar } from '../features/toolbar/Toolbar';
import { Tooltip } from '../features/tooltip/Tooltip';
import { GraphCanvas } from '../graph/GraphCanvas';
import { dropPoster, placePoster } from '../graph/poster-dom';
import { useAppStore, useAppStoreApi } from '../state/store';
import { RegionBoundary } from '../ui/RegionBoundary';

/** Marks the moment benchmarks and tests wait for: first layout drawn. The poster goes. */
function markReady() {
  if (performance.getEntriesByName('graph:ready').length === 0) performance.mark('graph:ready');
  dropPoster(document, true);
}

/** The graph's region failed: its message must not stay under the poster. */
function posterGone() {
  dropPoster(document, false);
}

/** Where the graph will be while its data loads: the poster is laid over it. */
function PosterSlot() {
  return <div className="poster-slot" ref={(slot) => void (slot && placePoster(document, slot))} />;
}

function useEscapeClears() {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, select, textarea')) return;
      store.getState().clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

export function App() {
  const { t } = useTranslation();
  const load = useAppStore((s) => s.load);
  const lang = useAppStore((s) => s.lang);
  const view = useAppStore((s) => s.view);
  const presenting = useAppStore((s) => s.presenting);
  // Edit mode's panel takes the details' place; never while presenting or embedded.
  const editing = useAppStore((s) => s.editing && !s.presenting && !s.embed.enabled);
  const embedded = useAppStore((s) => s.embed.enabled);
  const presenterConsole = useAppStore((s) => s.presenterConsole);
  useEscapeClears();
  // Mounted for the whole page: a window whose story ended still hears its console resume it.
  useStoryChannel(useAppStoreApi(), load.status === 'ready' ? load.index.data.id : undefined);
  useStoryKeys(useAppStoreApi());
  const title = load.status === 'ready' ? load.index.data.title[lang] : t('app.name');

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  // The presenter's second window: the story's notes and timer, no graph (the audience has it).
  if (presenterConsole && !embedded) {
    return (
      <div className="app console-app">
        {load.status === 'ready' ? (
          <Suspense fallback={<p className="status-line">{t('app.loading')}</p>}>
            <PresenterConsole />
          </Suspense>
        ) : (
          <p className="status-line" role="status">
            {t('app.loading')}
          </p>
        )}
      </div>
    );
  }

  if (embedded) {
    return (
      <EmbedChrome
        canvas={
          <RegionBoundary region="graph" onError={posterGone}>
            <GraphCanvas onReady={markReady} />
          </RegionBoundary>
        }
      />
    );
  }

  return (
    <div className="app" data-theme={presenting ? 'projector' : undefined}>
      <SkipLinks />
      <header className="topbar">
        <div className="brand">
          <h1>
            <bdi>{title}</bdi>
          </h1>
          <p className="tagline">{t('app.tagline')}</p>
          <RevisionsButton />
        </div>
        {load.status === 'ready' && (
          <RegionBoundary region="search" compact>
            <SearchBox />
          </RegionBoundary>
        )}
        <div className="topbar-actions">
          {load.status === 'ready' && (
            <RegionBoundary region="story" compact>
              <StoryLauncher />
            </RegionBoundary>
          )}
          {load.status === 'ready' && !presenting && <ViewSwitch />}
          {load.status === 'ready' && (
            <RegionBoundary region="share" compact>
              <ShareButton />
            </RegionBoundary>
          )}
          {load.status === 'ready' && !presenting && <EditButton />}
          {!presenting && (
            <RegionBoundary region="file" compact>
              <FileMenu />
            </RegionBoundary>
          )}
          <LanguageSwitch />
        </div>
      </header>
      <ProvenanceBanner />
      <OldLinkNotice />
      <FileStatus />
      {load.status === 'loading' && (
        <>
          <p className="status-line" role="status">
            {t('app.loading')}
          </p>
          <PosterSlot />
        </>
      )}
      {(load.status === 'invalid' || load.status === 'unreachable') && <LoadErrors load={load} />}
      {load.status === 'ready' && (
        <main className="workspace">
          <RegionBoundary region="filters">
            <FilterPanel />
          </RegionBoundary>
          {/* The canvas stays mounted under the table so switching views never rebuilds it. */}
          <section className="canvas-area" hidden={view !== 'graph'}>
            <RegionBoundary region="graph" onError={posterGone}>
              <GraphCanvas onReady={markReady} />
            </RegionBoundary>
            <RegionBoundary region="toolbar" compact>
              <Toolbar />
            </RegionBoundary>
            <RegionBoundary region="paths">
              <PathPanel />
            </RegionBoundary>
            <RegionBoundary region="legend" compact>
              <Legend />
            </RegionBoundary>
            <FilterEmptyState />
            <Tooltip />
            <ExplorerExport />
          </section>
          {view === 'table' && (
            <RegionBoundary region="table">
              <Suspense fallback={<p className="status-line">{t('app.loading')}</p>}>
                <TableView />
              </Suspense>
            </RegionBoundary>
          )}
          {editing ? (
            <RegionBoundary region="editor">
              <Suspense
                fallback={
                  <aside className="editor-placeholder" aria-busy="true">
                    <p className="status-line">{t('app.loading')}</p>
                  </aside>
                }
              >
                <EditorPanel />
              </Suspense>
            </RegionBoundary>
          ) : (
            <RegionBoundary region="details">
              <DetailsPanel />
            </RegionBoundary>
          )}
          {presenting && (
            <RegionBoundary region="story">
              <Suspense fallback={null}>
                <StoryPlayer />
              </Suspense>
            </RegionBoundary>
          )}
        </main>
      )}
    </div>
  );
}
