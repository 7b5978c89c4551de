import type { TFunction } from 'i18next';
import { claimantNames } from '../model/details';
import type { GraphIndex } from '../model/graph-index';
import type { EvidenceStatus, Lang } from '../model/schema';

/**
 * Whose word it is, as plain text for surfaces without links (print, pictures, captions):
 * "Reported", "Claimed by Joseph Epstein", "Reported · also claimed by Joseph Epstein". The same
 * words as StatusBadge.
 */
export function attributionText(
  t: TFunction,
  index: GraphIndex,
  lang: Lang,
  status: EvidenceStatus,
  claimants: readonly string[],
): string {
  const names = claimantNames(index, claimants, lang, t('details.separator'));
  if (status === 'claimed' && names) return `${t('status.claimedBy')} ${names}`;
  const head = t(`status.${status}`);
  return names ? `${head} · ${t('status.alsoClaimedBy')} ${names}` : head;
}
