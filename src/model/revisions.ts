/**
 * Corrections and updates of a published dataset (`revisions`, oldest first). The dataset's
 * version is derived, never written by hand: 1 as first published, plus one per revision. It is
 * not the file's format `version` (always 1 here); links carry it as `v=` (src/state/url.ts) so
 * a reader of an older link or embed can be told the data changed since.
 */
import type { Dataset, Revision } from './schema';

/** The version of the data a revision list describes: 1 + the number of revisions. */
export function datasetVersion(data: Pick<Dataset, 'revisions'>): number {
  return 1 + (data.revisions?.length ?? 0);
}

/** A revision with the version it produced (the first revision made version 2). */
export interface NumberedRevision extends Revision {
  version: number;
}

/** Newest first, each with the version it produced: the order readers see them in. */
export function revisionsNewestFirst(data: Pick<Dataset, 'revisions'>): NumberedRevision[] {
  return (data.revisions ?? []).map((revision, i) => ({ ...revision, version: i + 2 })).reverse();
}

/** The latest revision, or null for data never revised. */
export function latestRevision(data: Pick<Dataset, 'revisions'>): NumberedRevision | null {
  return revisionsNewestFirst(data)[0] ?? null;
}

/**
 * A `v=` value from a link: a whole number from 1 up, else null (ignored). Leading zeros and
 * signs are refused so the value written back is the value read.
 */
export function parseVersion(value: string | null | undefined): number | null {
  if (!value || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}

/** Whether a link made for `linkVersion` predates the data it now shows. */
export function isOutdatedLink(linkVersion: number | null, data: Pick<Dataset, 'revisions'>) {
  return linkVersion !== null && linkVersion < datasetVersion(data);
}
