import { AttributeTable } from './AttributeTable';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphIndex } from '../../model/graph-index';
import { useAppStore } from '../../state/store';
import { BundleList } from './BundleList';
import { ClaimItem } from './ClaimItem';
import { EntityLink } from '../../ui/EntityLink';
import { EvidenceList } from '../../ui/EvidenceList';
import { RelationDescription, RelationSentence } from '../../ui/RelationSentence';
import { StatusBadge } from '../../ui/StatusBadge';

/** A clicked line: the relation (or the claim it belongs to) and its evidence. */
export function EdgeDetails({ index, id }: { index: GraphIndex; id: string }) {
  const { t } = useTranslation();
  const edge = index.edgeById.get(id);
  if (!edge) return null;
  if (edge.kind !== 'relation') {
    const claim = index.claims.get(edge.refId);
    return claim ? (
      <article className="edge-details" data-claim-edge={edge.id}>
        <h2 id="details-title" tabIndex={-1}>
          {t('details.interest')}
        </h2>
        <p className="edge-sentence">
          <ClaimLine edge={edge} />
        </p>
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
      <h2 id="details-title" tabIndex={-1}>
        {t('details.relation')}
      </h2>
      <p className="edge-sentence">
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
      <RelationDescription relation={relation} />
      <p>
        <StatusBadge status={edge.status} claimants={edge.claimants} />
      </p>
      <h3>{t('details.evidence')}</h3>
      <EvidenceList evidence={relation.evidence} />
      <AttributeTable attributes={relation.attributes} />
      <BundleList index={index} edge={edge} />
    </article>
  );
}

const CLAIM_WORDS = {
  claims: 'graph.claims',
  benefits: 'graph.benefits',
  concerns: 'graph.concerns',
} as const;

/** The line as drawn: "Political source — claims → Israeli interest". */
function ClaimLine({ edge }: { edge: GraphEdge }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (edge.kind === 'relation') return null;
  return (
    <span className="sentence">
      <EntityLink id={edge.source} /> <span className="dash">—</span>{' '}
      <span className="relation-label">{t(CLAIM_WORDS[edge.kind])}</span>{' '}
      <span className="arrow" aria-hidden="true">
        {lang === 'ar' ? '←' : '→'}
      </span>{' '}
      <EntityLink id={edge.target} />
    </span>
  );
}
