import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';

/**
 * The first Tab stops of the page, shown only when focused: straight to the graph, and to the
 * details when they are open (eighteen stops away after a search otherwise). Buttons, not
 * `#anchor` links: the hash holds the app's state.
 */
export function SkipLinks() {
  const { t } = useTranslation();
  const detailsOpen = useAppStore((s) => s.selection !== null && s.view === 'graph');
  const focus = (selector: string) => document.querySelector<HTMLElement>(selector)?.focus();
  return (
    <div className="skip-links">
      <button type="button" className="skip-link" onClick={() => focus('[data-testid="graph"]')}>
        {t('app.skipToGraph')}
      </button>
      {detailsOpen && (
        <button type="button" className="skip-link" onClick={() => focus('#details-title')}>
          {t('app.skipToDetails')}
        </button>
      )}
    </div>
  );
}
