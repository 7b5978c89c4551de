import { Component, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';

interface Props {
  i18n: I18n;
  children: ReactNode;
}

/** Last resort: a translated message instead of a blank page. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <section className="load-errors" role="alert">
          <p>{this.props.i18n.t('load.crashed', { detail: this.state.error.message })}</p>
        </section>
      );
    }
    return this.props.children;
  }
}
