import { useTranslation } from 'react-i18next';
import { parallelBundles } from '../../model/bundles';
import type { GraphEdge, GraphIndex } from '../../model/graph-index';
import { useAppStore } from '../../state/store';
import { StatusBadge } from '../../ui/StatusBadge';

/** More than this are left to the table: thousands of list items would stall the panel. */
const LISTED = 200;

/** A line drawn for many parallel ones (model/bundles.ts): each of them, one click away. */
export function BundleList({ index, edge }: { index: GraphIndex; edge: GraphEdge }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const group = parallelBundles(index).groupOf.get(edge.id);
  if (!group) return null;
  const relationOf = (line: GraphEdge) =>
    line.kind === 'relation' ? index.relations.get(line.refId) : undefined;
  const words = (line: GraphEdge) => {
    const relation = relationOf(line);
    const type = relation && index.relationTypes.get(relation.type);
    return type?.label[lang] ?? line.id;
  };
  // Lines of one type read alike: the paragraph each cites tells them apart.
  const cited = (line: GraphEdge) =>
    [...new Set(relationOf(line)?.evidence.map((e) => e.paragraph) ?? [])]
      .map((n) => t('details.paragraph', { n }))
      .join(' ');
  return (
    <section className="bundle-list" data-testid="bundle-list">
      <h3>{t('details.bundle', { count: group.length })}</h3>
      <ul>
        {group.slice(0, LISTED).map((line) => (
          <li key={line.id} aria-current={line.id === edge.id || undefined}>
            <button
              type="button"
              className="entity-link"
              onClick={() => select({ type: 'edge', id: line.id })}
            >
              <bdi>{words(line)}</bdi>
            </button>{' '}
            {cited(line) && <span className="paragraph-ref">{cited(line)}</span>}{' '}
            <StatusBadge status={line.status} claimants={line.claimants} />
          </li>
        ))}
      </ul>
      {group.length > LISTED && <p>{t('details.bundleMore', { count: group.length - LISTED })}</p>}
    </section>
  );
}
