/**
 * What the key to the picture lists: only what the dataset on screen holds (its kinds in use,
 * the rings, families and evidence statuses its elements have), so a Gephi file is not
 * explained with the seed's seven kinds and a grey line is not left unexplained.
 */
import type { GraphIndex } from './graph-index';
import { kindsInUse, type KindInfo } from './kinds';
import {
  EVIDENCE_STATUSES,
  RELATION_FAMILIES,
  type EvidenceStatus,
  type RelationFamily,
} from './schema';

export interface LegendContent {
  kinds: KindInfo[];
  /** Some entity or line is drawn in its author's own colour or size, not its kind's. */
  ownLook: boolean;
  rings: { unnamed: boolean; armed: boolean };
  families: RelationFamily[];
  statuses: EvidenceStatus[];
}

const cache = new WeakMap<GraphIndex, LegendContent>();

export function legendContent(index: GraphIndex): LegendContent {
  const cached = cache.get(index);
  if (cached) return cached;
  const { data } = index;
  const families = new Set<RelationFamily>();
  const statuses = new Set<EvidenceStatus>();
  for (const edge of index.edges) {
    families.add(edge.family);
    statuses.add(edge.status);
  }
  const content: LegendContent = {
    kinds: kindsInUse(data),
    ownLook:
      data.entities.some((e) => e.look !== undefined) ||
      data.relations.some((r) => r.look !== undefined),
    rings: {
      unnamed: data.entities.some((e) => e.subkind === 'unnamed-source' || e.subkind === 'group'),
      armed: data.entities.some((e) => e.subkind === 'armed-group'),
    },
    families: RELATION_FAMILIES.filter((family) => families.has(family)),
    statuses: EVIDENCE_STATUSES.filter((status) => statuses.has(status)),
  };
  cache.set(index, content);
  return content;
}
