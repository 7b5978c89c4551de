import { useTranslation } from 'react-i18next';
import { isFilterActive } from '../../model/filters';
import { selectIndex, selectSelectedNode, selectVisible } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { describeFilters } from './describe';

/**
 * Over the graph when the filters leave no line: what they are, in words, and a way out in one
 * click, instead of a blank canvas.
 */
export function FilterEmptyState() {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const filters = useAppStore((s) => s.filters);
  const visible = useAppStore(selectVisible);
  const focus = useAppStore(selectSelectedNode);
  const lang = useAppStore((s) => s.lang);
  const story = useAppStore((s) => s.story);
  const resetFilters = useAppStore((s) => s.resetFilters);
  if (!index || story || !visible || !isFilterActive(filters) || visible.edges.size > 0) {
    return null;
  }
  const words = describeFilters(t, index, lang, filters, focus);
  return (
    <div className="filter-empty" role="status" data-testid="filter-empty">
      <p className="filter-empty-title">{t('filters.emptyTitle')}</p>
      {words.length > 0 && <p>{t('filters.emptyBody', { filters: words.join(' · ') })}</p>}
      <button type="button" onClick={resetFilters}>
        {t('filters.emptyClear')}
      </button>
    </div>
  );
}
