/**
 * Pure helpers behind the table view: the rows of the entity, relation and claim tables under the
 * current filters (null visible = everything), a name filter with Arabic normalisation, and
 * sorting in the reader's language.
 */
import type { Visible } from '../../model/filters';
import {
  claimEdgeId,
  claimantsOf,
  evidenceStatus,
  type GraphEdge,
  type GraphIndex,
} from '../../model/graph-index';
import { normalizeForSearch } from '../../model/normalize';
import type { Claim, EvidenceStatus, Lang, Relation, RelationType } from '../../model/schema';
import { entityMatches } from '../../model/search';

export type SortDir = 'ascending' | 'descending';
export interface Sort<K extends string> {
  key: K;
  dir: SortDir;
}

/** Translated names the rows sort by (kinds and subkinds are sorted as the reader sees them). */
export interface RowText {
  lang: Lang;
  kind: (kind: string) => string;
  subkind: (subkind: string) => string;
}

export interface EntityRow {
  id: string;
  name: string;
  otherName: string;
  kind: string;
  kindLabel: string;
  subkind: string | null;
  subkindLabel: string;
  /** Relations (not claim lines) touching the entity, among those shown. */
  relations: number;
}

export interface RelationRow {
  id: string;
  relation: Relation;
  type: RelationType;
  edge: GraphEdge;
  sourceName: string;
  label: string;
  targetName: string;
  from: number | null;
  to: number | null;
  status: EvidenceStatus;
}

export interface ClaimRow {
  id: string;
  /** The line from the claimant to the interest: what selecting the claim selects. */
  edgeId: string;
  claim: Claim;
  claimantName: string;
  interestName: string;
  beneficiaryNames: string;
  status: EvidenceStatus;
  claimants: string[];
}

const other = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

function nameOf(index: GraphIndex, id: string, lang: Lang): string {
  return index.entities.get(id)?.label[lang] ?? id;
}

export function entityRows(index: GraphIndex, visible: Visible | null, text: RowText): EntityRow[] {
  const rows: EntityRow[] = [];
  for (const entity of index.entities.values()) {
    if (visible && !visible.entities.has(entity.id)) continue;
    let relations = 0;
    for (const e of index.edgesOf.get(entity.id) ?? []) {
      if (e.kind === 'relation' && (!visible || visible.edges.has(e.id))) relations += 1;
    }
    rows.push({
      id: entity.id,
      name: entity.label[text.lang],
      otherName: entity.label[other(text.lang)],
      kind: entity.kind,
      kindLabel: text.kind(entity.kind),
      subkind: entity.subkind ?? null,
      subkindLabel: entity.subkind ? text.subkind(entity.subkind) : '',
      relations,
    });
  }
  return rows;
}

export function relationRows(
  index: GraphIndex,
  visible: Visible | null,
  lang: Lang,
): RelationRow[] {
  const rows: RelationRow[] = [];
  for (const edge of index.edges) {
    if (edge.kind !== 'relation' || (visible && !visible.edges.has(edge.id))) continue;
    const relation = index.relations.get(edge.refId);
    const type = relation && index.relationTypes.get(relation.type);
    if (!relation || !type) continue;
    rows.push({
      id: edge.id,
      relation,
      type,
      edge,
      sourceName: nameOf(index, relation.source, lang),
      label: type.label[lang],
      targetName: nameOf(index, relation.target, lang),
      from: relation.time?.from ?? relation.time?.to ?? null,
      to: relation.time?.to ?? relation.time?.from ?? null,
      status: edge.status,
    });
  }
  return rows;
}

export function claimRows(index: GraphIndex, visible: Visible | null, lang: Lang): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const claim of index.claims.values()) {
    const edgeId = claimEdgeId(claim.id);
    if (visible && !visible.edges.has(edgeId)) continue;
    rows.push({
      id: claim.id,
      edgeId,
      claim,
      claimantName: nameOf(index, claim.claimant, lang),
      interestName: nameOf(index, claim.interest, lang),
      beneficiaryNames: (claim.beneficiaries ?? []).map((id) => nameOf(index, id, lang)).join(', '),
      status: evidenceStatus(claim.evidence),
      claimants: [...new Set([claim.claimant, ...claimantsOf(claim.evidence)])],
    });
  }
  return rows;
}

/** Whether a text (a label, a statement) contains the query once both are folded. */
function textMatches(texts: readonly (string | undefined)[], query: string): boolean {
  return texts.some((s) => s !== undefined && normalizeForSearch(s).includes(query));
}

/**
 * Filters rows by a typed query: entities by any of their names (Arabic or English, aliases
 * included); relations by either end or the relation's label; claims by who is involved or the
 * statement. A blank query keeps everything.
 */
export function matchEntityRows(index: GraphIndex, rows: EntityRow[], query: string): EntityRow[] {
  if (normalizeForSearch(query) === '') return rows;
  return rows.filter((r) => entityMatches(index, r.id, query));
}

export function matchRelationRows(
  index: GraphIndex,
  rows: RelationRow[],
  query: string,
): RelationRow[] {
  const q = normalizeForSearch(query);
  if (q === '') return rows;
  return rows.filter(
    (r) =>
      entityMatches(index, r.relation.source, query) ||
      entityMatches(index, r.relation.target, query) ||
      textMatches(
        [r.type.label.en, r.type.label.ar, r.type.inverseLabel?.en, r.type.inverseLabel?.ar],
        q,
      ),
  );
}

export function matchClaimRows(index: GraphIndex, rows: ClaimRow[], query: string): ClaimRow[] {
  const q = normalizeForSearch(query);
  if (q === '') return rows;
  return rows.filter(
    (r) =>
      [
        r.claim.claimant,
        r.claim.interest,
        ...(r.claim.beneficiaries ?? []),
        ...(r.claim.concerns ?? []),
      ].some((id) => entityMatches(index, id, query)) ||
      textMatches([r.claim.statement?.en, r.claim.statement?.ar], q),
  );
}

export type SortValue = string | number | null;

/**
 * Rows sorted by one column: text in the reader's language's collation, numbers by value; empty
 * values (null, '') always last; ties keep the id order, so the result is stable.
 */
export function sortRows<R extends { id: string }>(
  rows: readonly R[],
  value: (row: R) => SortValue,
  dir: SortDir,
  lang: Lang,
): R[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const sign = dir === 'ascending' ? 1 : -1;
  const empty = (v: SortValue) => v === null || v === '';
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (empty(va) || empty(vb)) {
      if (empty(va) && !empty(vb)) return 1;
      if (!empty(va) && empty(vb)) return -1;
    } else {
      const c =
        typeof va === 'number' && typeof vb === 'number'
          ? va - vb
          : collator.compare(String(va), String(vb));
      if (c !== 0) return sign * c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export const ENTITY_SORTS = {
  name: (r: EntityRow) => r.name,
  otherName: (r: EntityRow) => r.otherName,
  kind: (r: EntityRow) => r.kindLabel,
  subkind: (r: EntityRow) => r.subkindLabel,
  relationCount: (r: EntityRow) => r.relations,
} as const;

export const RELATION_SORTS = {
  source: (r: RelationRow) => r.sourceName,
  relation: (r: RelationRow) => r.label,
  target: (r: RelationRow) => r.targetName,
  years: (r: RelationRow) => r.from,
  status: (r: RelationRow) => r.status,
} as const;

export const CLAIM_SORTS = {
  claimant: (r: ClaimRow) => r.claimantName,
  claim: (r: ClaimRow) => r.interestName,
  beneficiaries: (r: ClaimRow) => r.beneficiaryNames,
  status: (r: ClaimRow) => r.status,
} as const;

export type EntitySortKey = keyof typeof ENTITY_SORTS;
export type RelationSortKey = keyof typeof RELATION_SORTS;
export type ClaimSortKey = keyof typeof CLAIM_SORTS;
