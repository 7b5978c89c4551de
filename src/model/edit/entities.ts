/** Entities: adding, changing and moving them. Deleting and merging are in their own files. */
import type { Bilingual, Dataset, Entity, PartialBilingual } from '../schema';
import { Draft } from './draft';
import { canClaim, idRefusal, kindRefusal, makesCycle } from './checks';
import { elementIds, slugOf, uniqueId } from './ids';
import { ENTITY_KEYS } from './keys';
import { changesOf, compact, withFields } from './order';
import { refuse, type EditResult, type Refused } from './refusal';
import { nameText, readAliases, readBilingual, readPartial } from './text';

export interface EntityFields {
  kind: string;
  subkind?: string;
  label: Bilingual;
  aliases?: Entity['aliases'];
  description?: PartialBilingual;
  position?: { x: number; y: number };
  parent?: string;
  look?: Entity['look'];
  attributes?: Entity['attributes'];
}

const ENTITY_FIELDS = [
  'kind',
  'subkind',
  'label',
  'aliases',
  'description',
  'position',
  'parent',
  'look',
  'attributes',
] as const satisfies readonly (keyof EntityFields)[];

export interface AddEntityArgs extends EntityFields {
  id?: string;
}

/** The id is made from the English label (else the Arabic one) unless one is given. */
export function addEntity(data: Dataset, args: AddEntityArgs): EditResult {
  const draft = new Draft(data);
  const label = readBilingual(args.label, 'label', 'labelMissing', nameText);
  if (!label.ok) return label;
  const taken = takenElementId(data);
  if (args.id !== undefined) {
    const refused = idRefusal(args.id, taken);
    if (refused) return refused;
  }
  const kind = kindRefusal(data, args.kind, args.subkind);
  if (kind) return kind;
  if (args.parent !== undefined && !draft.get('entities', args.parent)) {
    return refuse('unknownEntity', { id: args.parent }, 'parent');
  }
  const position = positionRefusal(args.position);
  if (position) return position;
  const id = args.id ?? uniqueId(slugOf(label.value.en, label.value.ar), taken, 'entity');
  draft.insert(
    'entities',
    compact<Entity>({
      id,
      kind: args.kind,
      subkind: args.subkind,
      label: label.value,
      aliases: readAliases(args.aliases),
      description: readPartial(args.description),
      position: args.position && { x: args.position.x, y: args.position.y },
      attributes: args.attributes,
      look: args.look,
      parent: args.parent,
    }),
  );
  return draft.finish();
}

/**
 * Keys left out are kept; an optional key set to undefined is removed. A new kind must still
 * suit the claims and quotes the entity is in (claimant, interest).
 */
export function updateEntity(
  data: Dataset,
  id: string,
  changes: Partial<EntityFields>,
): EditResult {
  const draft = new Draft(data);
  const before = draft.get('entities', id);
  if (!before) return refuse('unknownEntity', { id }, 'id');
  const asked = changesOf(changes, ENTITY_FIELDS);
  if (asked.has('label')) {
    const label = readBilingual(changes.label, 'label', 'labelMissing', nameText);
    if (!label.ok) return label;
    asked.set('label', label.value);
  }
  if (asked.has('kind') && changes.kind === undefined) return refuse('required', {}, 'kind');
  if (asked.has('aliases')) asked.set('aliases', readAliases(changes.aliases));
  if (asked.has('description')) asked.set('description', readPartial(changes.description));
  if (asked.has('position')) {
    const position = positionRefusal(changes.position);
    if (position) return position;
  }
  const after = withFields(before, asked, ENTITY_KEYS);
  if (after.kind !== before.kind || after.subkind !== before.subkind) {
    const kind = kindRefusal(data, after.kind, after.subkind);
    if (kind) return kind;
  }
  if (after.kind !== before.kind) {
    const refused = kindInUseRefusal(data, id, after.kind);
    if (refused) return refused;
  }
  if (after.parent !== undefined && after.parent !== before.parent) {
    if (!draft.get('entities', after.parent)) {
      return refuse('unknownEntity', { id: after.parent }, 'parent');
    }
    if (makesCycle(draft, id, after.parent)) {
      return refuse('groupCycle', { id, parent: after.parent }, 'parent');
    }
  }
  draft.put('entities', after);
  return draft.finish();
}

/** Many positions in one edit (a drag of a selection, a layout): one undo step. */
export function moveEntities(
  data: Dataset,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): EditResult {
  const draft = new Draft(data);
  for (const [id, position] of positions) {
    const before = draft.get('entities', id);
    if (!before) return refuse('unknownEntity', { id }, 'id');
    const refused = positionRefusal(position);
    if (refused) return refused;
    if (before.position?.x === position.x && before.position.y === position.y) continue;
    const changes = new Map([['position', { x: position.x, y: position.y }]]);
    draft.put('entities', withFields(before, changes, ENTITY_KEYS));
  }
  return draft.finish();
}

/** Whether an id is taken in the space entities, relations and claims share. */
export function takenElementId(data: Dataset): (id: string) => boolean {
  const ids = elementIds(data);
  return (id) => ids.has(id);
}

function positionRefusal(position: { x: number; y: number } | undefined): Refused | null {
  if (position === undefined) return null;
  if (!Number.isFinite(position.x) || !Number.isFinite(position.y)) {
    return refuse('badPosition', {}, 'position');
  }
  return null;
}

/** A kind change refused while claims or quotes need the entity to claim, or to be an interest. */
function kindInUseRefusal(data: Dataset, id: string, kind: string): Refused | null {
  let asInterest = 0;
  let asClaimant = 0;
  for (const claim of data.claims) {
    if (claim.interest === id) asInterest++;
    if (claim.claimant === id) asClaimant++;
  }
  for (const list of [data.entities, data.relations, data.claims]) {
    for (const item of list) {
      for (const evidence of item.evidence ?? []) if (evidence.claimant === id) asClaimant++;
    }
  }
  if (asInterest > 0 && kind !== 'interest') {
    return refuse('kindInUse', { id, kind, count: asInterest, as: 'interest' }, 'kind');
  }
  if (asClaimant > 0 && !canClaim(data, kind)) {
    return refuse('kindInUse', { id, kind, count: asClaimant, as: 'claimant' }, 'kind');
  }
  return null;
}
