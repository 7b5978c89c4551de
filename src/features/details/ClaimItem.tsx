import { useTranslation } from 'react-i18next';
import { claimantsOf, evidenceStatus } from '../../model/graph-index';
import type { Claim } from '../../model/schema';
import { useAppStore } from '../../state/store';
import { EntityLink } from '../../ui/EntityLink';
import { EvidenceList } from '../../ui/EvidenceList';
import { StatusBadge } from '../../ui/StatusBadge';
import { langProps, pickText } from '../../ui/text';
import type { ShortListItemProps } from './ShortList';

/** A claim with its claimant, what is claimed, for whom, about whom, and the words behind it. */
export function ClaimItem({
  claim,
  compact = false,
  itemProps,
}: {
  claim: Claim;
  compact?: boolean;
  /** For the list's own use (ShortList: where focus goes after "Show all"). */
  itemProps?: ShortListItemProps;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const statement = pickText(claim.statement, lang);
  const claimants = [...new Set([claim.claimant, ...claimantsOf(claim.evidence)])];
  return (
    <li className="claim" data-claim={claim.id} {...itemProps}>
      <p className="claim-head">
        <StatusBadge status={evidenceStatus(claim.evidence)} claimants={claimants} />
      </p>
      {statement && (
        <p className="claim-statement" {...langProps(statement.lang)}>
          {statement.text}
        </p>
      )}
      <dl className="claim-fields">
        <dt>{t('details.claimant')}</dt>
        <dd>
          <EntityLink id={claim.claimant} />
        </dd>
        <dt>{t('details.interest')}</dt>
        <dd>
          <EntityLink id={claim.interest} />
        </dd>
        {claim.beneficiaries && claim.beneficiaries.length > 0 && (
          <>
            <dt>{t('details.beneficiaries')}</dt>
            <dd>
              <LinkList ids={claim.beneficiaries} />
            </dd>
          </>
        )}
        {claim.concerns && claim.concerns.length > 0 && (
          <>
            <dt>{t('details.concerns')}</dt>
            <dd>
              <LinkList ids={claim.concerns} />
            </dd>
          </>
        )}
      </dl>
      <EvidenceList evidence={claim.evidence} compact={compact} />
    </li>
  );
}

function LinkList({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && t('details.separator')}
          <EntityLink id={id} />
        </span>
      ))}
    </>
  );
}
