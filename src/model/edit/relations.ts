/** Relation types and relations. */
import {
  RELATION_FAMILIES,
  type Bilingual,
  type Dataset,
  type Evidence,
  type PartialBilingual,
  type Relation,
  type RelationFamily,
  type RelationType,
} from '../schema';
import { Draft } from './draft';
import { idRefusal, readEvidenceList } from './checks';
import { removeElements } from './cascade';
import { takenElementId } from './entities';
import { slugOf, uniqueId } from './ids';
import { RELATION_KEYS, RELATION_TYPE_KEYS } from './keys';
import { changesOf, compact, withFields } from './order';
import { refuse, type EditResult, type Refused } from './refusal';
import { readBilingual, readPartial } from './text';

export interface RelationTypeFields {
  family: RelationFamily;
  directed: boolean;
  label: Bilingual;
  inverseLabel?: Bilingual;
}

const RELATION_TYPE_FIELDS = ['family', 'directed', 'label', 'inverseLabel'] as const;
const EMPTY_TYPE = { family: undefined, directed: undefined, label: undefined };

export function addRelationType(
  data: Dataset,
  args: RelationTypeFields & { id?: string },
): EditResult {
  const draft = new Draft(data);
  const taken = (id: string) => draft.get('relationTypes', id) !== undefined;
  if (args.id !== undefined) {
    const refused = idRefusal(args.id, taken);
    if (refused) return refused;
  }
  // Every field is read, so one left out is refused by name.
  const read = readTypeFields(args, changesOf({ ...EMPTY_TYPE, ...args }, RELATION_TYPE_FIELDS));
  if (!read.ok) return read;
  const label = read.value.get('label') as Bilingual;
  const id = args.id ?? uniqueId(slugOf(label.en, label.ar), taken, 'type');
  const type = withFields({ id } as RelationType, read.value, RELATION_TYPE_KEYS);
  const refused = inverseRefusal(type);
  if (refused) return refused;
  draft.insert('relationTypes', type);
  return draft.finish();
}

export function updateRelationType(
  data: Dataset,
  id: string,
  changes: Partial<RelationTypeFields>,
): EditResult {
  const draft = new Draft(data);
  const before = draft.get('relationTypes', id);
  if (!before) return refuse('unknownRelationType', { id }, 'id');
  const read = readTypeFields(changes, changesOf(changes, RELATION_TYPE_FIELDS));
  if (!read.ok) return read;
  const after = withFields(before, read.value, RELATION_TYPE_KEYS);
  const refused = inverseRefusal(after);
  if (refused) return refused;
  draft.put('relationTypes', after);
  return draft.finish();
}

/** Refused while relations have the type. */
export function deleteRelationType(data: Dataset, id: string): EditResult {
  const draft = new Draft(data);
  if (!draft.get('relationTypes', id)) return refuse('unknownRelationType', { id }, 'id');
  const count = data.relations.filter((relation) => relation.type === id).length;
  if (count > 0) return refuse('typeInUse', { id, count });
  draft.remove('relationTypes', id);
  return draft.finish();
}

function readTypeFields(args: Partial<RelationTypeFields>, asked: Map<string, unknown>) {
  if (asked.has('family') && !(RELATION_FAMILIES as readonly unknown[]).includes(args.family)) {
    return refuse('invalid', { path: 'family' }, 'family');
  }
  if (asked.has('directed') && typeof args.directed !== 'boolean') {
    return refuse('required', {}, 'directed');
  }
  if (asked.has('label')) {
    const label = readBilingual(args.label, 'label', 'labelMissing');
    if (!label.ok) return label;
    asked.set('label', label.value);
  }
  if (asked.has('inverseLabel') && args.inverseLabel !== undefined) {
    const inverse = readBilingual(args.inverseLabel, 'inverseLabel', 'labelMissing');
    if (!inverse.ok) return inverse;
    asked.set('inverseLabel', inverse.value);
  }
  return { ok: true as const, value: asked };
}

function inverseRefusal(type: RelationType): Refused | null {
  return type.directed && !type.inverseLabel
    ? refuse('inverseLabelRequired', { id: type.id }, 'inverseLabel')
    : null;
}

export interface RelationFields {
  type: string;
  source: string;
  target: string;
  time?: { from?: number; to?: number };
  description?: PartialBilingual;
  evidence: Evidence[];
  attributes?: Relation['attributes'];
  look?: Relation['look'];
}

const RELATION_FIELDS = [
  'type',
  'source',
  'target',
  'time',
  'description',
  'evidence',
  'attributes',
  'look',
] as const satisfies readonly (keyof RelationFields)[];

/** The id is made from its ends and type ("iran-backs-hamas") unless one is given. */
export function addRelation(data: Dataset, args: RelationFields & { id?: string }): EditResult {
  const draft = new Draft(data);
  const taken = takenElementId(data);
  if (args.id !== undefined) {
    const refused = idRefusal(args.id, taken);
    if (refused) return refused;
  }
  const ends = endsRefusal(draft, args.type, args.source, args.target);
  if (ends) return ends;
  if (args.source === args.target) return refuse('sameEntity', { id: args.source }, 'target');
  const time = readTime(args.time);
  if (!time.ok) return time;
  const evidence = readEvidenceList(draft, args.evidence);
  if (!evidence.ok) return evidence;
  const id =
    args.id ?? uniqueId(slugOf(`${args.source}-${args.type}-${args.target}`), taken, 'relation');
  draft.insert(
    'relations',
    compact<Relation>({
      id,
      type: args.type,
      source: args.source,
      target: args.target,
      time: time.value,
      description: readPartial(args.description),
      evidence: evidence.value,
      attributes: args.attributes,
      look: args.look,
    }),
  );
  return draft.finish();
}

/** Keys left out are kept; an optional key set to undefined is removed. */
export function updateRelation(
  data: Dataset,
  id: string,
  changes: Partial<RelationFields>,
): EditResult {
  const draft = new Draft(data);
  const before = draft.get('relations', id);
  if (!before) return refuse('unknownElement', { id }, 'id');
  const asked = changesOf(changes, RELATION_FIELDS);
  for (const key of ['type', 'source', 'target'] as const) {
    if (asked.has(key) && changes[key] === undefined) return refuse('required', {}, key);
  }
  const after = withFields(before, asked, RELATION_KEYS);
  const ends = endsRefusal(draft, after.type, after.source, after.target);
  if (ends) return ends;
  // A self-loop imported from elsewhere stays editable; making one is refused.
  if ((asked.has('source') || asked.has('target')) && after.source === after.target) {
    return refuse('sameEntity', { id: after.source }, 'target');
  }
  if (asked.has('time')) {
    const time = readTime(changes.time);
    if (!time.ok) return time;
    asked.set('time', time.value);
  }
  if (asked.has('description')) asked.set('description', readPartial(changes.description));
  if (asked.has('evidence')) {
    const evidence = readEvidenceList(draft, changes.evidence, before.evidence);
    if (!evidence.ok) return evidence;
    asked.set('evidence', evidence.value);
  }
  draft.put('relations', withFields(before, asked, RELATION_KEYS));
  return draft.finish();
}

/** The relation goes, and story steps stop showing it. */
export function deleteRelation(data: Dataset, id: string): EditResult {
  const draft = new Draft(data);
  if (!draft.get('relations', id)) return refuse('unknownElement', { id }, 'id');
  removeElements(draft, new Set([id]));
  return draft.finish();
}

function endsRefusal(draft: Draft, type: string, source: string, target: string): Refused | null {
  if (!draft.get('relationTypes', type)) return refuse('unknownRelationType', { id: type }, 'type');
  if (!draft.get('entities', source)) return refuse('unknownEntity', { id: source }, 'source');
  if (!draft.get('entities', target)) return refuse('unknownEntity', { id: target }, 'target');
  return null;
}

/** Years the relation holds; {} is no time at all. */
function readTime(time: RelationFields['time']) {
  if (time === undefined) return { ok: true as const, value: undefined };
  const value = compact({ from: time.from, to: time.to });
  if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
    return refuse('badTimeRange', { from: value.from, to: value.to }, 'time');
  }
  return { ok: true as const, value: Object.keys(value).length > 0 ? value : undefined };
}
