/**
 * Merging two entities that turn out to be one ("Baku" and "Azerbaijan"): every reference to
 * `drop` becomes a reference to `keep`, drop's names become keep's aliases, its quotes join
 * keep's evidence, and drop goes.
 */
import { LANGS, type Dataset, type Entity, type Evidence, type Lang } from '../schema';
import { Draft } from './draft';
import { canClaim } from './checks';
import { mendStories } from './cascade';
import { CLAIM_KEYS, ENTITY_KEYS, RELATION_KEYS } from './keys';
import { withFields } from './order';
import { refuse, type EditResult } from './refusal';
import { readAliases, unique } from './text';

export function mergeEntities(data: Dataset, args: { keep: string; drop: string }): EditResult {
  const { keep, drop } = args;
  if (keep === drop) return refuse('sameEntity', { id: keep }, 'drop');
  const draft = new Draft(data);
  const kept = draft.get('entities', keep);
  if (!kept) return refuse('unknownEntity', { id: keep }, 'keep');
  const dropped = draft.get('entities', drop);
  if (!dropped) return refuse('unknownEntity', { id: drop }, 'drop');

  const swap = (id: string) => (id === drop ? keep : id);
  const swapEvidence = (list: readonly Evidence[]) =>
    list.some((item) => item.claimant === drop)
      ? list.map((item) => (item.claimant === drop ? { ...item, claimant: keep } : item))
      : list;

  // Keep must be able to stand where drop stood.
  const dropClaims = data.claims.some((c) => c.claimant === drop) || claimsAnywhere(data, drop);
  if (dropClaims && !canClaim(data, kept.kind)) {
    return refuse('claimantKind', { id: keep, kind: kept.kind }, 'keep');
  }
  if (data.claims.some((c) => c.interest === drop) && kept.kind !== 'interest') {
    return refuse('notAnInterest', { id: keep, kind: kept.kind }, 'keep');
  }

  // Relations that would join keep to itself say nothing once the two are one.
  const removed = new Set<string>([drop]);
  for (const relation of data.relations) {
    const source = swap(relation.source);
    const target = swap(relation.target);
    const evidence = swapEvidence(relation.evidence);
    if (
      source === relation.source &&
      target === relation.target &&
      evidence === relation.evidence
    ) {
      continue;
    }
    if (source === target && relation.source !== relation.target) {
      removed.add(relation.id);
      draft.remove('relations', relation.id);
      continue;
    }
    const changes = new Map<string, unknown>([
      ['source', source],
      ['target', target],
      ['evidence', evidence],
    ]);
    draft.put('relations', withFields(relation, changes, RELATION_KEYS));
  }

  for (const claim of data.claims) {
    const changes = new Map<string, unknown>();
    if (claim.claimant === drop) changes.set('claimant', keep);
    if (claim.interest === drop) changes.set('interest', keep);
    for (const key of ['beneficiaries', 'concerns'] as const) {
      const list = claim[key];
      if (list?.includes(drop)) changes.set(key, unique(list.map(swap)));
    }
    const evidence = swapEvidence(claim.evidence);
    if (evidence !== claim.evidence) changes.set('evidence', evidence);
    if (changes.size > 0) draft.put('claims', withFields(claim, changes, CLAIM_KEYS));
  }

  for (const entity of data.entities) {
    if (entity.id === drop || entity.id === keep) continue;
    const changes = new Map<string, unknown>();
    if (entity.parent === drop) changes.set('parent', keep);
    if (entity.evidence) {
      const evidence = swapEvidence(entity.evidence);
      if (evidence !== entity.evidence) changes.set('evidence', evidence);
    }
    if (changes.size > 0) draft.put('entities', withFields(entity, changes, ENTITY_KEYS));
  }
  draft.put('entities', mergedEntity(data, kept, dropped, swapEvidence));

  draft.remove('entities', drop);
  mendStories(draft, (id) => (removed.has(id) && id !== drop ? null : swap(id)));
  return draft.finish();
}

/** Keep, with drop's names as aliases, drop's quotes appended, and a parent that cannot loop. */
function mergedEntity(
  data: Dataset,
  keep: Entity,
  drop: Entity,
  swapEvidence: (list: readonly Evidence[]) => readonly Evidence[],
): Entity {
  const changes = new Map<string, unknown>();
  const aliases = new Map<Lang, string[]>();
  for (const lang of LANGS) {
    const own = keep.aliases?.[lang] ?? [];
    const names = [drop.label[lang], ...(drop.aliases?.[lang] ?? [])].filter(
      (name) => name !== keep.label[lang] && !own.includes(name),
    );
    aliases.set(lang, [...own, ...names]);
  }
  changes.set('aliases', readAliases(Object.fromEntries(aliases)));

  const evidence = [...swapEvidence(keep.evidence ?? [])];
  const seen = new Set(evidence.map((item) => JSON.stringify(item)));
  for (const item of swapEvidence(drop.evidence ?? [])) {
    if (!seen.has(JSON.stringify(item))) evidence.push(item);
  }
  changes.set('evidence', evidence.length > 0 ? evidence : undefined);

  // Keep grouped in drop (at any depth) takes drop's place in the groups instead.
  if (keep.parent !== undefined && isInside(data, keep, drop.id)) {
    changes.set('parent', drop.parent);
  }
  return withFields(keep, changes, ENTITY_KEYS);
}

function isInside(data: Dataset, entity: Entity, group: string): boolean {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const seen = new Set<string>();
  for (let at = entity.parent; at !== undefined && !seen.has(at); at = byId.get(at)?.parent) {
    if (at === group) return true;
    seen.add(at);
  }
  return false;
}

function claimsAnywhere(data: Dataset, id: string): boolean {
  for (const list of [data.entities, data.relations, data.claims]) {
    for (const item of list) {
      if (item.evidence?.some((evidence) => evidence.claimant === id)) return true;
    }
  }
  return false;
}
