import type { GraphEdge, GraphIndex } from './graph-index';
import type { Claim, Lang, Relation, RelationType } from './schema';

export type Direction = 'out' | 'in' | 'both';

/** One relation seen from one entity: "self — label → other". */
export interface RelationLine {
  relation: Relation;
  type: RelationType;
  direction: Direction;
  other: string;
  edge: GraphEdge;
}

export interface RelationGroup {
  key: string;
  type: RelationType;
  direction: Direction;
  lines: RelationLine[];
}

/** The relations of an entity, grouped by type and by the direction they read from it. */
export function relationGroups(index: GraphIndex, entityId: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const edge of index.edgesOf.get(entityId) ?? []) {
    if (edge.kind !== 'relation') continue;
    const relation = index.relations.get(edge.refId);
    const type = relation && index.relationTypes.get(relation.type);
    if (!relation || !type) continue;
    const direction: Direction = !type.directed
      ? 'both'
      : relation.source === entityId
        ? 'out'
        : 'in';
    const other = relation.source === entityId ? relation.target : relation.source;
    const key = `${type.id}:${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, type, direction, lines: [] };
      groups.set(key, group);
    }
    group.lines.push({ relation, type, direction, other, edge });
  }
  return [...groups.values()];
}

/** Claimants by name in one language ("Joseph Epstein, Foreign reports"); an unknown id as is. */
export function claimantNames(
  index: GraphIndex,
  ids: readonly string[],
  lang: Lang,
  separator: string,
): string {
  return ids.map((id) => index.entities.get(id)?.label[lang] ?? id).join(separator);
}

/** The label that reads from `direction`'s point of view. */
export function directionalLabel(type: RelationType, direction: Direction): RelationType['label'] {
  return direction === 'in' && type.inverseLabel ? type.inverseLabel : type.label;
}

export function claimsMadeBy(index: GraphIndex, entityId: string): readonly Claim[] {
  return index.claimsBy.get(entityId) ?? [];
}

export function claimsAbout(index: GraphIndex, entityId: string): readonly Claim[] {
  return index.claimsAbout.get(entityId) ?? [];
}

/** Paragraphs of each source that mention an entity directly (its own evidence). */
export function citedParagraphs(
  index: GraphIndex,
  entityId: string,
): { source: string; paragraph: number }[] {
  const entity = index.entities.get(entityId);
  const seen = new Set<string>();
  const out: { source: string; paragraph: number }[] = [];
  for (const e of entity?.evidence ?? []) {
    const key = `${e.source}:${e.paragraph}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ source: e.source, paragraph: e.paragraph });
    }
  }
  return out;
}
