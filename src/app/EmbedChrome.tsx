import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StoryPlayer, TableView } from './lazy-views';
import { hashFromState } from '../state/url';
import { useAppStore, useAppStoreApi } from '../state/store';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { Legend } from '../features/legend/Legend';
import { OldLinkNotice } from '../features/revisions/OldLinkNotice';
import { RevisionsButton } from '../features/revisions/RevisionsButton';
import { LoadErrors } from '../features/load-errors/LoadErrors';
import { Toolbar } from '../features/toolbar/Toolbar';
import { Tooltip } from '../features/tooltip/Tooltip';
import { fullViewHref } from '../features/embed/links';
import { ProvenanceBanner } from '../features/embed/ProvenanceBanner';
import { useStoryKeys } from '../features/story/story-keys';
import '../features/embed/embed.css';

interface Props {
  /** The graph canvas (App owns it: features never import src/graph). */
  canvas: ReactNode;
}

/**
 * The chrome of `embed=1`: only the graph, a compact legend, the details as an overlay when
 * something is selected, and "Open full view". `legend=0`, `toolbar=0`, `details=0` switch
 * parts off. Everything else (language, selection, filters, layout, path, view) still comes from
 * the URL and the store, as in the full app.
 */
export function EmbedChrome({ canvas }: Props) {
  const { t } = useTranslation();
  const embed = useAppStore((s) => s.embed);
  const load = useAppStore((s) => s.load);
  const view = useAppStore((s) => s.view);
  // `story=…&step=…`: the story's own panel beside (or, in narrow frames, under) the graph.
  const presenting = useAppStore((s) => s.presenting && s.story !== null);
  useStoryKeys(useAppStoreApi());
  // Re-render when the view's address changes, so the link always opens what is shown.
  useAppStore((s) => hashFromState(s, null));
  const openFull = (
    <a
      className="embed-open-full"
      href={fullViewHref(window.location.href)}
      target="_blank"
      rel="noopener noreferrer"
    >
      <span className="embed-open-label">{t('embed.openFull')}</span>
      <span className="visually-hidden"> {t('embed.newTab')}</span>
      <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
        <path
          d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </a>
  );

  if (load.status !== 'ready') {
    return (
      <div className="embed-app embed-message" data-testid="embed">
        {load.status === 'loading' ? (
          <p className="status-line" role="status">
            {t('app.loading')}
          </p>
        ) : (
          <LoadErrors load={load} />
        )}
      </div>
    );
  }

  return (
    <div
      className={`embed-app${embed.toolbar ? '' : ' no-toolbar'}${presenting ? ' presenting' : ''}`}
      data-testid="embed"
      data-view={view}
    >
      <ProvenanceBanner />
      <OldLinkNotice />
      <main className="embed-stage">
        <section className="canvas-area embed-canvas" hidden={view !== 'graph'}>
          {canvas}
          {embed.toolbar && <Toolbar />}
          {embed.legend && <Legend />}
          <Tooltip />
        </section>
        {view === 'table' && (
          <section className="embed-table">
            <Suspense fallback={null}>
              <TableView />
            </Suspense>
          </section>
        )}
        {/* In a story, the story panel tells what the step selects, with its evidence. */}
        {embed.details && !presenting && <DetailsPanel />}
        {openFull}
        <RevisionsButton variant="embed" />
        {presenting && (
          <Suspense fallback={null}>
            <StoryPlayer />
          </Suspense>
        )}
      </main>
    </div>
  );
}
