import { useTranslation } from 'react-i18next';
import type { EvidenceStatus } from '../model/schema';
import { EntityLink } from './EntityLink';
import './evidence.css';

/**
 * reported / claimed by … / disputed: every line says whose word it is. A line with mixed
 * evidence says both ("Reported" and "also claimed by Joseph Epstein"), so a claim that rides on
 * a report is never summarised as the report alone.
 */
export function StatusBadge({
  status,
  claimants,
}: {
  status: EvidenceStatus;
  claimants: readonly string[];
}) {
  const { t } = useTranslation();
  const names = (
    <>
      {claimants.map((id, i) => (
        <span key={id}>
          {i > 0 && t('details.separator')}
          <EntityLink id={id} />
        </span>
      ))}
    </>
  );
  if (status === 'claimed' && claimants.length > 0) {
    return (
      <span className="badge badge-claimed" data-status="claimed">
        {t('status.claimedBy')} {names}
      </span>
    );
  }
  return (
    <span className="badges">
      <span className={`badge badge-${status}`} data-status={status}>
        {t(`status.${status}`)}
      </span>
      {claimants.length > 0 && (
        <>
          {' '}
          <span className="badge badge-claimed" data-also-claimed="">
            {t('status.alsoClaimedBy')} {names}
          </span>
        </>
      )}
    </span>
  );
}
