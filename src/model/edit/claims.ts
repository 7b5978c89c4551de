/** Claims: who asserts which interest, for whom, about whom, on what evidence. */
import type { Claim, Dataset, Evidence, PartialBilingual } from '../schema';
import { Draft } from './draft';
import { claimantRefusal, idRefusal, readEvidenceList } from './checks';
import { removeElements } from './cascade';
import { takenElementId } from './entities';
import { slugOf, uniqueId } from './ids';
import { CLAIM_KEYS } from './keys';
import { changesOf, compact, withFields } from './order';
import { refuse, type EditResult, type Refused } from './refusal';
import { readPartial, unique } from './text';

export interface ClaimFields {
  claimant: string;
  interest: string;
  beneficiaries?: string[];
  concerns?: string[];
  statement?: PartialBilingual;
  evidence: Evidence[];
}

const CLAIM_FIELDS = [
  'claimant',
  'interest',
  'beneficiaries',
  'concerns',
  'statement',
  'evidence',
] as const satisfies readonly (keyof ClaimFields)[];

/** The id is made from claimant and interest ("claim-iran-regional-influence") unless given. */
export function addClaim(data: Dataset, args: ClaimFields & { id?: string }): EditResult {
  const draft = new Draft(data);
  const taken = takenElementId(data);
  if (args.id !== undefined) {
    const refused = idRefusal(args.id, taken);
    if (refused) return refused;
  }
  const refused = partiesRefusal(draft, args.claimant, args.interest);
  if (refused) return refused;
  const beneficiaries = readEntityList(draft, args.beneficiaries, 'beneficiaries');
  if (!beneficiaries.ok) return beneficiaries;
  const concerns = readEntityList(draft, args.concerns, 'concerns');
  if (!concerns.ok) return concerns;
  const evidence = readEvidenceList(draft, args.evidence);
  if (!evidence.ok) return evidence;
  const id = args.id ?? uniqueId(slugOf(`claim-${args.claimant}-${args.interest}`), taken, 'claim');
  draft.insert(
    'claims',
    compact<Claim>({
      id,
      claimant: args.claimant,
      interest: args.interest,
      beneficiaries: beneficiaries.value,
      concerns: concerns.value,
      statement: readPartial(args.statement),
      evidence: evidence.value,
    }),
  );
  return draft.finish();
}

/** Keys left out are kept; an optional key set to undefined is removed. */
export function updateClaim(data: Dataset, id: string, changes: Partial<ClaimFields>): EditResult {
  const draft = new Draft(data);
  const before = draft.get('claims', id);
  if (!before) return refuse('unknownElement', { id }, 'id');
  const asked = changesOf(changes, CLAIM_FIELDS);
  for (const key of ['claimant', 'interest'] as const) {
    if (asked.has(key) && changes[key] === undefined) return refuse('required', {}, key);
  }
  if (asked.has('claimant') || asked.has('interest')) {
    const refused = partiesRefusal(
      draft,
      changes.claimant ?? before.claimant,
      changes.interest ?? before.interest,
    );
    if (refused) return refused;
  }
  for (const key of ['beneficiaries', 'concerns'] as const) {
    if (!asked.has(key)) continue;
    const list = readEntityList(draft, changes[key], key);
    if (!list.ok) return list;
    asked.set(key, list.value);
  }
  if (asked.has('statement')) asked.set('statement', readPartial(changes.statement));
  if (asked.has('evidence')) {
    const evidence = readEvidenceList(draft, changes.evidence, before.evidence);
    if (!evidence.ok) return evidence;
    asked.set('evidence', evidence.value);
  }
  draft.put('claims', withFields(before, asked, CLAIM_KEYS));
  return draft.finish();
}

/** The claim goes, and story steps stop showing it. */
export function deleteClaim(data: Dataset, id: string): EditResult {
  const draft = new Draft(data);
  if (!draft.get('claims', id)) return refuse('unknownElement', { id }, 'id');
  removeElements(draft, new Set([id]));
  return draft.finish();
}

function partiesRefusal(draft: Draft, claimant: string, interest: string): Refused | null {
  const refused = claimantRefusal(draft, claimant, 'claimant');
  if (refused) return refused;
  const entity = draft.get('entities', interest);
  if (!entity) return refuse('unknownEntity', { id: interest }, 'interest');
  if (entity.kind !== 'interest') {
    return refuse('notAnInterest', { id: interest, kind: entity.kind }, 'interest');
  }
  return null;
}

/** Entities by id, without repeats; undefined when the list is empty. */
function readEntityList(draft: Draft, ids: readonly string[] | undefined, field: string) {
  const list = unique(ids ?? []);
  for (const id of list) {
    if (!draft.get('entities', id)) return refuse('unknownEntity', { id }, field);
  }
  return { ok: true as const, value: list.length > 0 ? list : undefined };
}
