/**
 * The editing layer: commands that turn a dataset into an edited one plus the patch between
 * them (for undo, redo and the graph's redraw), and the checks an edited dataset must pass.
 */
export * from './patch';
export { EDIT_ACTIONS, type EditAction } from './actions';
export * from './refusal';
export { createDataset, setDatasetInfo, type DatasetInfo } from './dataset';
export { splitParagraphs, addSource, updateSource, deleteSource, sourceUses } from './sources';
export type { AddSourceArgs, SourceFields } from './sources';
export { addEntity, updateEntity, moveEntities } from './entities';
export type { AddEntityArgs, EntityFields } from './entities';
export {
  deleteEntity,
  dependentsOf,
  stepsShowing,
  type Dependents,
  type EvidenceHolder,
} from './delete-entity';
export { mergeEntities } from './merge';
export {
  addEntityKind,
  builtinKindDefs,
  deleteEntityKind,
  kindUses,
  updateEntityKind,
  type EntityKindFields,
} from './kinds';
export {
  addRelationType,
  updateRelationType,
  deleteRelationType,
  addRelation,
  updateRelation,
  deleteRelation,
} from './relations';
export type { RelationTypeFields, RelationFields } from './relations';
export { addClaim, updateClaim, deleteClaim, type ClaimFields } from './claims';
export { makeEvidence, attachEvidence, detachEvidence } from './evidence';
export type { Selection, EvidenceTarget } from './evidence';
export {
  addStory,
  updateStory,
  deleteStory,
  captureStoryStep,
  updateStoryStep,
  moveStoryStep,
  deleteStoryStep,
  type StoryFields,
} from './stories';
export { checkEdited, checkTouched, type CheckResult, type CheckTouchedOptions } from './check';
export { slugify, transliterate, isValidId } from './ids';
