/**
 * The editor's forms. Each is pure of the store: it takes the dataset, runs a model command on
 * submit, shows a refusal on the field it names, and hands an accepted edit to `onApply` for the
 * shell to apply (undo, redraw, store).
 */
export { BilingualField, type BilingualFieldProps } from './BilingualField';
export { DatasetInfoForm, type DatasetInfoFormProps } from './DatasetInfoForm';
export { SourceForm, type SourceFormProps } from './SourceForm';
export {
  EntityForm,
  parseAliases,
  type EntityFormProps,
  type EntityFormValues,
} from './EntityForm';
export { EntityKindForm, type EntityKindFormProps } from './EntityKindForm';
export { RelationTypeForm, type RelationTypeFormProps } from './RelationTypeForm';
export { RelationForm, type RelationFormProps } from './RelationForm';
export { ClaimForm, type ClaimFormProps } from './ClaimForm';
export { EvidenceForm, unnamedSourceKind, type EvidenceFormProps } from './EvidenceForm';
export { DeleteEntityDialog, type DeleteEntityDialogProps } from './DeleteEntityDialog';
export { DeleteLineDialog, type DeleteLineDialogProps } from './DeleteLineDialog';
export { MergeEntitiesForm, type MergeEntitiesFormProps } from './MergeEntitiesForm';
export { refusalMessage, type RefusalContext } from './refusal';
export { htmlText, readSourceFile } from './source-file';
export {
  composeEdits,
  useEditForm,
  type Applied,
  type EditForm,
  type EditFormProps,
  type OnApply,
} from './useEditForm';
