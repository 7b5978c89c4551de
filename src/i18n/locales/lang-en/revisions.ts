/** English strings of the revisions feature (the parity test checks the keys match). */
export const revisions = {
  updatedOn: 'Updated on {{date}}',
  updatedOnHint: 'See what changed, and why',
  dialogTitle: 'What changed in this dataset',
  close: 'Close',
  summary_one:
    'Corrected or updated once since it was first published. This is version {{version}}.',
  summary_other:
    'Corrected or updated {{count}} times since it was first published. This is version {{version}}.',
  version: 'Version {{version}}',
  sinceLink: 'Newer than your link',
  oldLink:
    'This link was made for an earlier version of this dataset (version {{version}}); it has been updated since.',
  seeChanges: 'See what changed',
  dismiss: 'Dismiss this notice',
  missingTitle: 'Not in this dataset',
  missingRemoved:
    '“{{id}}” is no longer in this dataset. It may have been removed when the dataset was corrected or updated.',
  missingUnknown:
    '“{{id}}” is not in this dataset. The link may be mistyped, or made for another dataset.',
  shareVersion:
    'Version {{version}} of this dataset. The link and the code say so: if the data is corrected later, whoever opens them is told.',
  shareVersionUpdated:
    'Version {{version}} of this dataset, updated on {{date}}. The link and the code say so: if the data is corrected again, whoever opens them is told.',
};
