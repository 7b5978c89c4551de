/** Each element's keys in schema order: where withFields (order.ts) puts a key it adds. */
import {
  claim,
  entity,
  evidence,
  relation,
  relationType,
  source,
  story,
  storyStep,
} from '../schema';

export const ENTITY_KEYS: readonly string[] = Object.keys(entity.shape);
export const RELATION_KEYS: readonly string[] = Object.keys(relation.shape);
export const RELATION_TYPE_KEYS: readonly string[] = Object.keys(relationType.shape);
export const CLAIM_KEYS: readonly string[] = Object.keys(claim.shape);
export const SOURCE_KEYS: readonly string[] = Object.keys(source.shape);
export const STORY_KEYS: readonly string[] = Object.keys(story.shape);
export const STEP_KEYS: readonly string[] = Object.keys(storyStep.shape);
export const EVIDENCE_KEYS: readonly string[] = Object.keys(evidence.shape);
