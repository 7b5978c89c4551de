import { useTranslation } from 'react-i18next';
import type { GraphIndex } from '../../model/graph-index';
import { ClaimItem } from './ClaimItem';
import { EvidenceList } from './EvidenceList';
import { RelationSentence } from './RelationSentence';
import { StatusBadge } from './StatusBadge';

/** A clicked line: the relation (or the claim it belongs to) and its evidence. */
export function EdgeDetails({ index, id }: { index: GraphIndex; id: string }) {
  const { t } = useTranslation();
  const edge = index.edgeById.get(id);
  if (!edge) return null;
  if (edge.kind !== 'relation') {
    const claim = index.claims.get(edge.refId);
    return claim ? (
      <article className="edge-details">
        <h2 id="details-title">{t('details.interest')}</h2>
        <ul className="claims">
          <ClaimItem claim={claim} />
        </ul>
      </article>
    ) : null;
  }
  const relation = index.relations.get(edge.refId);
  const type = relation && index.relationTypes.get(relation.type);
  if (!relation || !type) return null;
  return (
    <article className="edge-details" data-relation={relation.id}>
      <h2 id="details-title">{t('details.relation')}</h2>
      <p className="relation">
        <RelationSentence
          line={{
            relation,
            type,
            edge,
            other: relation.target,
            direction: type.directed ? 'out' : 'both',
          }}
          subject={relation.source}
        />
      </p>
      <p>
        <StatusBadge status={edge.status} claimants={edge.claimants} />
      </p>
      <h3>{t('details.evidence')}</h3>
      <EvidenceList evidence={relation.evidence} />
    </article>
  );
}
