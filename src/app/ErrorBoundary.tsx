import { Component, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import type { AppStore } from '../state/store';
import { dropPoster } from '../graph/poster-dom';

interface Props {
  i18n: I18n;
  /** Read when the page fails, to offer the reader's own file back. */
  store: AppStore;
  children: ReactNode;
}

/**
 * Last resort, for what the regions' own boundaries (src/ui/RegionBoundary.tsx) did not catch: a
 * translated message instead of a blank page, and a way back that keeps the reader's file (the
 * URL says `open=session`, so a reload reopens it from this browser's storage).
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch() {
    // The build's poster of the graph would cover the message.
    dropPoster(document, false);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = this.props.i18n.t.bind(this.props.i18n);
    const opened = this.props.store.getState().openedFile !== null;
    // The page's own address without `graph`, `open` or any state: the bundled dataset.
    const bundled = () => window.location.assign(window.location.pathname);
    return (
      <section className="load-errors" role="alert" data-testid="page-error">
        <p>{t('regions.pageFailed', { detail: error.message })}</p>
        <p className="page-error-actions">
          <button type="button" onClick={() => window.location.reload()}>
            {t(opened ? 'regions.reloadFile' : 'regions.reload')}
          </button>{' '}
          <button type="button" onClick={bundled}>
            {t('regions.bundled')}
          </button>
        </p>
      </section>
    );
  }
}
