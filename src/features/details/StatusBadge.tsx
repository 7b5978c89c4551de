import { useTranslation } from 'react-i18next';
import type { EvidenceStatus } from '../../model/schema';
import { EntityLink } from './EntityLink';

/** reported / claimed by … / disputed: every line says whose word it is. */
export function StatusBadge({
  status,
  claimants,
}: {
  status: EvidenceStatus;
  claimants: string[];
}) {
  const { t } = useTranslation();
  if (status === 'claimed' && claimants.length > 0) {
    return (
      <span className="badge badge-claimed" data-status="claimed">
        {t('status.claimedBy')}{' '}
        {claimants.map((id, i) => (
          <span key={id}>
            {i > 0 && t('details.separator')}
            <EntityLink id={id} />
          </span>
        ))}
      </span>
    );
  }
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
