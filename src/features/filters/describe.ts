import { kindNameIn } from '../../ui/kind-name';
import type { TFunction } from 'i18next';
import type { FilterState } from '../../model/filters';
import type { GraphIndex } from '../../model/graph-index';
import type { Lang } from '../../model/schema';

/**
 * The filters that are on, in words ("Only what the source reports", "Claims by Joseph
 * Epstein only", "Years 2000–2020"): for the empty-state message and for pictures, which must
 * say when they show only part of the network.
 */
export function describeFilters(
  t: TFunction,
  index: GraphIndex,
  lang: Lang,
  f: FilterState,
  focus: string | null,
): string[] {
  const name = (id: string) => index.entities.get(id)?.label[lang] ?? id;
  const list = (items: string[]) => items.join(t('details.separator'));
  const out: string[] = [];
  if (f.kinds)
    out.push(
      t('filters.describeKinds', {
        list: list(f.kinds.map((k) => kindNameIn(t, lang, index.data, k))),
      }),
    );
  if (f.families) {
    out.push(
      t('filters.describeFamilies', { list: list(f.families.map((k) => t(`families.${k}`))) }),
    );
  }
  if (f.relationTypes) {
    const labels = f.relationTypes.map((id) => index.relationTypes.get(id)?.label[lang] ?? id);
    out.push(t('filters.describeTypes', { list: list(labels) }));
  }
  if (f.status === 'reported') out.push(t('filters.statusReported'));
  if (f.status === 'claimed') out.push(t('filters.statusClaimed'));
  if (f.claimant) out.push(t('filters.describeClaimant', { name: name(f.claimant) }));
  if (f.sources) {
    const titles = f.sources.map((id) => index.sources.get(id)?.title[lang] ?? id);
    out.push(t('filters.describeSources', { list: list(titles) }));
  }
  if (f.yearRange) {
    out.push(t('filters.describeYears', { from: f.yearRange[0], to: f.yearRange[1] }));
  }
  if (f.hideUndated) out.push(t('filters.hideUndated'));
  if (f.attribute) {
    out.push(
      t('filters.describeAttribute', {
        name: f.attribute.name,
        list: list(f.attribute.values),
      }),
    );
  }
  if (f.range) {
    out.push(
      t('filters.describeRange', {
        name: f.range.name,
        min: f.range.min,
        max: f.range.max,
      }),
    );
  }
  if (f.hops !== null && focus) {
    out.push(t('filters.describeHops', { count: f.hops, name: name(focus) }));
  }
  return out;
}
