import type {
  Claim,
  Dataset,
  Entity,
  Evidence,
  EvidenceStatus,
  Relation,
  RelationFamily,
  RelationType,
  Source,
} from './schema';

/** How an edge drawn on the graph came to be. */
export type EdgeKind = 'relation' | 'claims' | 'benefits' | 'concerns';

/**
 * One line on the graph. Relations map one to one; a claim becomes a line from its claimant to
 * the interest claimed, and lines from that interest to whom it benefits and whom it concerns.
 */
export interface GraphEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  family: RelationFamily;
  directed: boolean;
  /** The relation or claim this edge shows. */
  refId: string;
  status: EvidenceStatus;
  /** Entities that assert it (claimed evidence), in order of first appearance. */
  claimants: string[];
  /** Years, for relations that have them. */
  time?: { from?: number; to?: number };
  sources: string[];
}

export interface GraphIndex {
  data: Dataset;
  entities: ReadonlyMap<string, Entity>;
  relations: ReadonlyMap<string, Relation>;
  claims: ReadonlyMap<string, Claim>;
  relationTypes: ReadonlyMap<string, RelationType>;
  sources: ReadonlyMap<string, Source>;
  edges: readonly GraphEdge[];
  edgeById: ReadonlyMap<string, GraphEdge>;
  /** Edges touching each entity, both directions. */
  edgesOf: ReadonlyMap<string, readonly GraphEdge[]>;
  claimsBy: ReadonlyMap<string, readonly Claim[]>;
  /** Claims whose interest, beneficiaries or concerns include the entity. */
  claimsAbout: ReadonlyMap<string, readonly Claim[]>;
}

/**
 * The overall status of a set of evidence: disputed if anyone disputes it, reported if the
 * source states it, unsourced if nobody gave a source (a line imported from another tool),
 * otherwise claimed.
 */
export function evidenceStatus(evidence: readonly Evidence[]): EvidenceStatus {
  if (evidence.some((e) => e.status === 'disputed')) return 'disputed';
  if (evidence.some((e) => e.status === 'reported')) return 'reported';
  if (evidence.length > 0 && evidence.every((e) => e.status === 'unsourced')) return 'unsourced';
  return 'claimed';
}

export function claimantsOf(evidence: readonly Evidence[]): string[] {
  return unique(evidence.flatMap((e) => (e.claimant ? [e.claimant] : [])));
}

export function claimEdgeId(claimId: string): string {
  return `claim:${claimId}`;
}

export function buildIndex(data: Dataset): GraphIndex {
  const relationTypes = new Map(data.relationTypes.map((t) => [t.id, t]));
  const edges: GraphEdge[] = [];

  for (const relation of data.relations) {
    const type = relationTypes.get(relation.type);
    edges.push({
      id: relation.id,
      kind: 'relation',
      source: relation.source,
      target: relation.target,
      family: type?.family ?? 'other',
      directed: type?.directed ?? true,
      refId: relation.id,
      status: evidenceStatus(relation.evidence),
      claimants: claimantsOf(relation.evidence),
      ...(relation.time ? { time: relation.time } : {}),
      sources: unique(relation.evidence.map((e) => e.source)),
    });
  }

  const claimsBy = new Map<string, Claim[]>();
  const claimsAbout = new Map<string, Claim[]>();
  for (const claim of data.claims) {
    push(claimsBy, claim.claimant, claim);
    for (const id of unique([
      claim.interest,
      ...(claim.beneficiaries ?? []),
      ...(claim.concerns ?? []),
    ])) {
      push(claimsAbout, id, claim);
    }
    const shared = {
      family: 'claim' as const,
      directed: true,
      refId: claim.id,
      status: evidenceStatus(claim.evidence),
      claimants: unique([claim.claimant, ...claimantsOf(claim.evidence)]),
      sources: unique(claim.evidence.map((e) => e.source)),
    };
    edges.push({
      ...shared,
      id: claimEdgeId(claim.id),
      kind: 'claims',
      source: claim.claimant,
      target: claim.interest,
    });
    for (const id of claim.beneficiaries ?? []) {
      edges.push({
        ...shared,
        id: `benefit:${claim.id}:${id}`,
        kind: 'benefits',
        source: claim.interest,
        target: id,
      });
    }
    for (const id of claim.concerns ?? []) {
      edges.push({
        ...shared,
        id: `concerns:${claim.id}:${id}`,
        kind: 'concerns',
        source: claim.interest,
        target: id,
      });
    }
  }

  const edgesOf = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    push(edgesOf, edge.source, edge);
    if (edge.target !== edge.source) push(edgesOf, edge.target, edge);
  }

  return {
    data,
    entities: new Map(data.entities.map((e) => [e.id, e])),
    relations: new Map(data.relations.map((r) => [r.id, r])),
    claims: new Map(data.claims.map((c) => [c.id, c])),
    relationTypes,
    sources: new Map(data.sources.map((s) => [s.id, s])),
    edges,
    edgeById: new Map(edges.map((e) => [e.id, e])),
    edgesOf,
    claimsBy,
    claimsAbout,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
