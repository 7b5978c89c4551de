/**
 * Deleting an entity, and everything that cannot stand without it: relations it is an end
 * of, claims it makes or is the interest of, quotes it is the claimant of (and the element
 * such a quote was the last evidence for), and the story steps that showed only those.
 */
import type { Claim, Dataset, Entity, Evidence } from '../schema';
import { Draft } from './draft';
import { removeElements } from './cascade';
import { CLAIM_KEYS, ENTITY_KEYS } from './keys';
import { withFields } from './order';
import { refuse, type EditResult } from './refusal';

export type EvidenceHolder = 'entities' | 'relations' | 'claims';

export interface Dependents {
  /** Relations and claims removed with the entity, by id. */
  relations: string[];
  claims: string[];
  /** Claims kept, with the entity taken out of their beneficiaries or concerns. */
  mentions: string[];
  /**
   * Quotes the entity is the claimant of: they go. An element they were the only evidence of
   * goes too (and is listed above); relations and claims removed for their ends are not searched.
   */
  evidence: { collection: EvidenceHolder; id: string; index: number }[];
  /** Story steps that name the entity or a removed element; `removed` when nothing else is left. */
  storySteps: { story: string; step: number; removed: boolean }[];
  /** Entities grouped in it: they stay, ungrouped. */
  children: string[];
}

/** What deleting the entity would change, for the UI to show before asking to confirm. */
export function dependentsOf(data: Dataset, id: string): Dependents {
  const plan = planDeletion(data, id);
  const storySteps = stepsShowing(data, plan.removed);
  return {
    relations: data.relations.filter((r) => plan.removed.has(r.id)).map((r) => r.id),
    claims: data.claims.filter((c) => plan.removed.has(c.id)).map((c) => c.id),
    mentions: data.claims
      .filter((c) => !plan.removed.has(c.id))
      .filter((c) => c.beneficiaries?.includes(id) || c.concerns?.includes(id))
      .map((c) => c.id),
    evidence: plan.quotes,
    storySteps,
    children: data.entities.filter((e) => e.parent === id).map((e) => e.id),
  };
}

/**
 * The story steps that show any of `removed` (in focus or selected), as removing them will
 * leave each: `removed` when the step showed nothing else (mendStories drops it).
 */
export function stepsShowing(
  data: Dataset,
  removed: ReadonlySet<string>,
): Dependents['storySteps'] {
  const steps: Dependents['storySteps'] = [];
  for (const story of data.stories) {
    story.steps.forEach((step, index) => {
      const named = step.focus.filter((focus) => removed.has(focus));
      const selected = step.select !== undefined && removed.has(step.select);
      if (named.length === 0 && !selected) return;
      steps.push({ story: story.id, step: index, removed: named.length === step.focus.length });
    });
  }
  return steps;
}

export function deleteEntity(data: Dataset, id: string): EditResult {
  const draft = new Draft(data);
  if (!draft.get('entities', id)) return refuse('unknownEntity', { id }, 'id');
  const plan = planDeletion(data, id);
  for (const relation of plan.relations.values()) draft.put('relations', relation);
  for (const claim of plan.claims.values()) draft.put('claims', claim);
  for (const entity of plan.entities.values()) draft.put('entities', entity);
  removeElements(draft, plan.removed);
  return draft.finish();
}

interface Plan {
  /** The entity and the relations and claims that go with it. */
  removed: Set<string>;
  /** Elements kept, as they will be. */
  relations: Map<string, Dataset['relations'][number]>;
  claims: Map<string, Claim>;
  entities: Map<string, Entity>;
  quotes: Dependents['evidence'];
}

function planDeletion(data: Dataset, id: string): Plan {
  const plan: Plan = {
    removed: new Set([id]),
    relations: new Map(),
    claims: new Map(),
    entities: new Map(),
    quotes: [],
  };
  const keptEvidence = (collection: EvidenceHolder, owner: string, list: Evidence[]) => {
    const kept = list.filter((item, index) => {
      if (item.claimant !== id) return true;
      plan.quotes.push({ collection, id: owner, index });
      return false;
    });
    return kept.length === list.length ? list : kept;
  };

  for (const relation of data.relations) {
    if (relation.source === id || relation.target === id) {
      plan.removed.add(relation.id);
      continue;
    }
    const evidence = keptEvidence('relations', relation.id, relation.evidence);
    if (evidence === relation.evidence) continue;
    if (evidence.length === 0) plan.removed.add(relation.id);
    else plan.relations.set(relation.id, { ...relation, evidence });
  }

  for (const claim of data.claims) {
    if (claim.claimant === id || claim.interest === id) {
      plan.removed.add(claim.id);
      continue;
    }
    const changes = new Map<string, unknown>();
    const evidence = keptEvidence('claims', claim.id, claim.evidence);
    if (evidence.length === 0) {
      plan.removed.add(claim.id);
      continue;
    }
    if (evidence !== claim.evidence) changes.set('evidence', evidence);
    for (const key of ['beneficiaries', 'concerns'] as const) {
      const list = claim[key];
      if (!list?.includes(id)) continue;
      const rest = list.filter((other) => other !== id);
      // An empty list is no list: the key goes.
      changes.set(key, rest.length > 0 ? rest : undefined);
    }
    if (changes.size > 0) plan.claims.set(claim.id, withFields(claim, changes, CLAIM_KEYS));
  }

  for (const entity of data.entities) {
    if (entity.id === id) continue;
    const changes = new Map<string, unknown>();
    if (entity.parent === id) changes.set('parent', undefined);
    if (entity.evidence) {
      const evidence = keptEvidence('entities', entity.id, entity.evidence);
      if (evidence !== entity.evidence) {
        changes.set('evidence', evidence.length > 0 ? evidence : undefined);
      }
    }
    if (changes.size > 0) plan.entities.set(entity.id, withFields(entity, changes, ENTITY_KEYS));
  }
  return plan;
}
