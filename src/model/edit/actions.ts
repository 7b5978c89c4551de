/**
 * The edits a person makes, by the name the history gives them ("Undo: change a relation
 * type"). One list, so a form cannot name an edit the history has no words for: both
 * languages' strings are checked against it (i18n/locales/editor.ts).
 */
export const EDIT_ACTIONS = [
  'addEntity',
  'updateEntity',
  'deleteEntity',
  'mergeEntities',
  'addEntityKind',
  'updateEntityKind',
  'deleteEntityKind',
  'moveEntities',
  'addRelation',
  'updateRelation',
  'deleteRelation',
  'addRelationType',
  'updateRelationType',
  'deleteRelationType',
  'addClaim',
  'updateClaim',
  'deleteClaim',
  'attachEvidence',
  'addSource',
  'updateSource',
  'setDatasetInfo',
  'addStory',
  'captureStoryStep',
  'updateStoryStep',
  'moveStoryStep',
  'deleteStoryStep',
] as const;

export type EditAction = (typeof EDIT_ACTIONS)[number];
