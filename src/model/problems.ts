/**
 * A problem found in a dataset: a code (its message lives in the i18n resources under
 * `problems.<code>`, in Arabic and English), where it is, and the values the message needs.
 * The model never formats prose itself so the CLI and the app say the same thing.
 */
export const PROBLEM_CODES = [
  'invalidJson',
  'tooLarge',
  'tooLargeStreamed',
  'tooDeep',
  'tooManyElements',
  'moreProblems',
  'problemsStopped',
  'duplicateKey',
  'numberTooLarge',
  'bidiControls',
  'invalidUtf8',
  'notAnObject',
  'forbiddenKey',
  'unsupportedVersion',
  'required',
  'missingLanguage',
  'wrongType',
  'unknownField',
  'unknownValue',
  'badId',
  'notHttpUrl',
  'badDate',
  'badLanguage',
  'tooFew',
  'outOfRange',
  'invalid',
  'duplicateId',
  'unknownEntity',
  'unknownRelationType',
  'unknownSource',
  'unknownFocus',
  'paragraphOutOfRange',
  'claimantRequired',
  'badSubkind',
  'unknownKind',
  'groupCycle',
  'badColor',
  'inverseLabelRequired',
  'claimantKind',
  'interestKind',
  'selfRelation',
  'badTimeRange',
  'quoteNotFound',
  // Revisions (corrections and updates of a published dataset).
  'badRevisionDate',
  'revisionNoteEmpty',
  'revisionsOrder',
  // Importing other formats (src/io): the file as a whole.
  'unknownFormat',
  'xmlInvalid',
  'graphInvalid',
  'readFailed',
  'encodingGuessed',
  'embeddedDataIgnored',
  // Importing: what the importer filled in or changed (warnings).
  'labelFallback',
  'labelMissing',
  'kindDefaulted',
  'kindMissing',
  'kindNeutral',
  'kindsCreated',
  'kindTooMany',
  'groupNotFound',
  'evidenceImported',
  'idChanged',
  'relationTypeCreated',
  'xmlReplaced',
  // Importing: what other tools write that our model carries differently (warnings).
  'attributeTypeAsText',
  'timeNotCarried',
  'kumuElementsCreated',
  'htmlConverted',
  'csvEdgeList',
  'evidenceFromLink',
  // The CSV set: files, header, rows and cells.
  'csvNoFiles',
  'csvMissingFile',
  'csvUnknownFile',
  'csvEmpty',
  'csvMissingColumn',
  'csvUnknownColumn',
  'csvDuplicateColumn',
  'csvUnclosedQuote',
  'csvStrayQuote',
  'csvExtraCells',
  'csvMixedDelimiters',
  'csvBadNumber',
  'csvBadBoolean',
  'csvBadJson',
  'csvAmbiguousLabel',
  'csvIdRequired',
  'csvNoEvidence',
  'csvUnknownElement',
  'csvDuplicateRow',
  'csvFormula',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type Severity = 'error' | 'warning';
export type PathSegment = string | number;

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** JSON path into the dataset, e.g. ["entities", 3, "label", "ar"]. */
  path: PathSegment[];
  /** Values for the message template; always strings or numbers. */
  params: Record<string, string | number>;
  /** The list item the path points into, by its id and the line it starts on (model/locate.ts). */
  element?: { id?: string; line?: number };
}

export function problem(
  code: ProblemCode,
  path: PathSegment[],
  params: Record<string, string | number> = {},
  severity: Severity = 'error',
): Problem {
  return { code, severity, path, params };
}

/** `entities[3].label.ar`: the form people see in messages and editors. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out || '(root)';
}
