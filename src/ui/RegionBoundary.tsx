import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionName } from '../i18n/locales/lang-en/regions';

declare global {
  interface Window {
    /**
     * Test seam: regions named here throw on render, so browser tests can prove that one
     * failing region leaves the rest of the page working. Nothing in the app sets it.
     */
    __relgraphFaults?: readonly string[];
  }
}

interface Props {
  region: RegionName;
  children: ReactNode;
  /** Rendered in place of the default message box (e.g. nothing for a small button). */
  compact?: boolean;
  /** Told when the region fails (the graph's region takes the poster away with it). */
  onError?: () => void;
}

interface State {
  error: Error | null;
  /** Bumped by "Try again", so the region's children mount afresh. */
  attempt: number;
}

/**
 * One region of the page (graph, details, filters…) failing on its own: a message in that region,
 * with a way to mount it again, while the rest of the page, the dataset and the URL stay.
 */
export class RegionBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    // Kept in the console for a bug report; the reader sees the translated message.
    console.error(`relgraph: the ${this.props.region} region failed`, error);
    this.props.onError?.();
  }

  private readonly retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    if (error) {
      return (
        <RegionFailed
          region={this.props.region}
          detail={error.message}
          onRetry={this.retry}
          compact={this.props.compact ?? false}
        />
      );
    }
    return (
      <FaultPoint key={attempt} region={this.props.region}>
        {this.props.children}
      </FaultPoint>
    );
  }
}

function FaultPoint({ region, children }: { region: RegionName; children: ReactNode }) {
  if (typeof window !== 'undefined' && window.__relgraphFaults?.includes(region)) {
    throw new Error(`injected fault in ${region}`);
  }
  return <>{children}</>;
}

function RegionFailed(props: {
  region: RegionName;
  detail: string;
  onRetry: () => void;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const name = t(`regions.names.${props.region}`);
  return (
    <div
      className={props.compact ? 'region-error compact' : 'region-error'}
      role="alert"
      data-testid={`region-error-${props.region}`}
    >
      <p>{t('regions.failed', { region: name })}</p>
      {/* Error texts are usually English: isolated, so they read whole inside Arabic. */}
      <p className="region-error-detail">
        <bdi>{props.detail}</bdi>
      </p>
      <button type="button" onClick={props.onRetry}>
        {t('regions.retry', { region: name })}
      </button>
    </div>
  );
}
