/** English UI strings: the source of the key types; `ar.ts` must match its shape. */
export const en = {
  app: {
    name: 'Relgraph',
    tagline: 'Who claims what, about whom, where, in which words',
    loading: 'Loading the graph…',
    edit: 'Edit',
    stopEditing: 'Stop editing',
    language: 'Language',
    skipToGraph: 'Skip to the graph',
    skipToDetails: 'Skip to the details',
    graphLabel: 'Relationship graph: {{title}}',
  },
  languages: { en: 'English', ar: 'العربية' },
  view: { label: 'View', graph: 'Graph', table: 'Table' },
  graph: {
    keys: 'Arrow keys move from an entity to a connected one in that direction; Home goes to the best-connected entity; Enter opens its details.',
    noLineThatWay: 'No line goes that way.',
    cursorSelected: 'selected',
    lines_one: '{{count}} line',
    lines_other: '{{count}} lines',
    claims: 'claims',
    benefits: 'would benefit',
    concerns: 'concerns',
    per: 'per {{names}}',
    alsoPer: 'reported; also claimed by {{names}}',
    ready: 'Graph ready: {{entities}} entities, {{edges}} lines.',
  },
  toolbar: {
    label: 'Graph controls',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to screen',
    reset: 'Reset view',
    layout: 'Layout',
    layouts: { auto: 'Default', force: 'Force (seeded)', grouped: 'Grouped by kind' },
    arranging: 'Arranging the graph…',
    arrangingProgress: 'Arranging the graph',
    stopArranging: 'Stop',
    stopArrangingHint: 'Stop here and keep this arrangement',
    arranged: 'Arranged: downloads of this graph keep these positions.',
  },
  legend: {
    title: 'Legend',
    show: 'Show legend',
    hide: 'Hide legend',
    kinds: 'Entities',
    families: 'Relations',
    status: 'Evidence',
    reported: 'Reported by the source',
    claimed: 'Claimed by someone: select the line to see who ("per …")',
    disputed: 'Disputed',
    unsourced: 'No source given (as imported)',
    unnamed: 'Unnamed source or group (dashed ring)',
    armed: 'Armed group (red ring)',
    ownLook: "Colours and sizes as the file's author drew them",
    colorBy: 'Colour',
    sizeBy: 'Size',
    asDrawn: 'As drawn',
    byKind: 'By kind',
    byDegree: 'By number of lines',
    sizeRange: 'Smallest {{min}}, largest {{max}}',
    otherValues: 'Other values ({{count}})',
  },
  kinds: {
    country: 'Country',
    organization: 'Organization',
    person: 'Person',
    interest: 'Claimed interest',
    place: 'Place',
    asset: 'Asset',
    event: 'Event',
    node: 'Entity',
  },
  subkinds: {
    state: 'State',
    'armed-group': 'Armed group',
    company: 'Company',
    'news-outlet': 'News outlet',
    'research-center': 'Research center',
    'multinational-force': 'Multinational force',
    'government-body': 'Government body',
    'political-party': 'Political party',
    ngo: 'NGO',
    expert: 'Expert',
    official: 'Official',
    journalist: 'Journalist',
    'unnamed-source': 'Unnamed source',
    group: 'Group',
    security: 'Security',
    diplomatic: 'Diplomatic',
    economic: 'Economic',
    humanitarian: 'Humanitarian',
    legitimacy: 'Legitimacy',
    territory: 'Territory',
    region: 'Region',
    city: 'City',
    border: 'Border',
    'gas-field': 'Gas field',
    oil: 'Oil',
    infrastructure: 'Infrastructure',
    'weapon-system': 'Weapon system',
    war: 'War',
    conflict: 'Conflict',
    initiative: 'Initiative',
    deal: 'Deal',
    other: 'Other',
  },
  families: {
    cooperation: 'Cooperation',
    hostility: 'Hostility / opposition',
    proxy: 'Backing a proxy',
    membership: 'Membership / affiliation',
    claim: 'Claim',
    other: 'Other',
  },
  status: {
    reported: 'Reported',
    claimed: 'Claimed',
    claimedBy: 'Claimed by',
    alsoClaimedBy: 'also claimed by',
    disputed: 'Disputed',
    unsourced: 'No source given',
  },
  details: {
    untranslated: 'only in {{lang, langName}}, not yet translated',
    attributes: 'From the file',
    yes: 'yes',
    no: 'no',
    bundle: '{{count}} lines join these two, drawn as one. Each of them:',
    bundleMore: '… and {{count}} more: the Table view lists every relation.',
    separator: ', ',
    close: 'Close details',
    otherName: 'In {{lang, langName}}',
    nameUntranslated: 'The name is only in {{lang, langName}}, not yet translated',
    showAll: 'Show all {{n}}',
    aliases: 'Also called',
    relations: 'Relations',
    claimsMade: 'Claims it makes',
    claimsAbout: 'Claims about it',
    none: 'None in this dataset.',
    evidence: 'Evidence',
    paragraph: '¶{{n}}',
    source: 'Source',
    showQuote: "The source's words",
    showParagraph: 'Read paragraph {{n}} in full',
    translation: 'Translation',
    translationInto: 'Working translation into {{lang, langName}}',
    claimant: 'Claimant',
    interest: 'Claim',
    beneficiaries: 'Would benefit',
    concerns: 'Concerns',
    time: 'When',
    years: '{{from}}–{{to}}',
    relation: 'Relation',
    mentionedIn: 'Mentioned in',
    link: 'Open the source',
    expand: 'Show more of the details',
    collapse: 'Show less of the details',
  },
  tooltip: { otherLanguage: 'In {{lang, langName}}' },
  load: {
    title: 'This dataset cannot be shown',
    intro_one: 'We found {{count}} problem in {{file}}. Fix it and reload the page.',
    intro_other: 'We found {{count}} problems in {{file}}. Fix them and reload the page.',
    warnings_one: '{{count}} warning',
    warnings_other: '{{count}} warnings',
    where: 'Where',
    // Each count is nested so it takes its own plural form ("1 source", "2 sources").
    cliOk:
      '$t(load.cliEntities, {"count": {{entities}} }), $t(load.cliRelations, {"count": {{relations}} }), $t(load.cliClaims, {"count": {{claims}} }), $t(load.cliSources, {"count": {{sources}} }), $t(load.cliStories, {"count": {{stories}} })',
    cliEntities_one: '{{count}} entity',
    cliEntities_other: '{{count}} entities',
    cliRelations_one: '{{count}} relation',
    cliRelations_other: '{{count}} relations',
    cliClaims_one: '{{count}} claim',
    cliClaims_other: '{{count}} claims',
    cliSources_one: '{{count}} source',
    cliSources_other: '{{count}} sources',
    cliStories_one: '{{count}} story',
    cliStories_other: '{{count}} stories',
    cliPlaceholderRelations_one:
      '{{count}} of {{total}} relations cites no real source: it cites only the placeholder source {{sources}} added on import. Add the real source to "sources" and point its evidence at it (source, paragraph, quote) to make it traceable.',
    cliPlaceholderRelations_other:
      '{{count}} of {{total}} relations cite no real source: they cite only the placeholder source {{sources}} added on import. Add the real sources to "sources" and point their evidence at them (source, paragraph, quote) to make them traceable.',
    cliPlaceholderClaims_one:
      '{{count}} of {{total}} claims cites no real source: it cites only the placeholder source {{sources}} added on import. Add the real source to "sources" and point its evidence at it (source, paragraph, quote) to make it traceable.',
    cliPlaceholderClaims_other:
      '{{count}} of {{total}} claims cite no real source: they cite only the placeholder source {{sources}} added on import. Add the real sources to "sources" and point their evidence at them (source, paragraph, quote) to make them traceable.',
    cliNotFound: 'file not found',
    cliUsage: 'Usage: npm run validate -- <dataset.json> [more.json] [--lang ar|en]',
    cliSummary_one: '{{count}} problem to fix before this dataset can be published.',
    cliSummary_other: '{{count}} problems to fix before this dataset can be published.',
    fetchFailed:
      'Could not load {{file}} (HTTP {{status}}). Check that the file exists next to the app, or remove the "graph" parameter to open the bundled dataset.',
    networkFailed:
      'Could not reach {{file}}: {{detail}}. Check the address, or remove the "graph" parameter to open the bundled dataset.',
    notHttp:
      'The graph address {{file}} is not an http(s) address (it starts with "{{protocol}}"). Give the path of a .json file next to the app, e.g. graph=my-graph.json, or remove the "graph" parameter to open the bundled dataset.',
    crossOrigin:
      'The graph file {{file}} is on another site ({{origin}}). Only files from this site can be opened; copy the file next to the app and use its relative path.',
    openBundled: 'Open the bundled dataset',
    crashed:
      'Something went wrong while showing the graph: {{detail}}. Reload the page; if it happens again, report it with this message.',
  },
  problems: {
    invalidJson:
      'The file is not valid JSON: line {{line}}, column {{column}}, near "{{near}}". Check for a missing or extra comma, quote or bracket there.',
    tooLarge:
      'The file is {{size}} MB, above the limit of {{max}} MB. Split the dataset or remove unused fields.',
    tooLargeStreamed:
      'The file is larger than the limit of {{max}} MB, so reading stopped there. Split the dataset or remove unused fields.',
    tooDeep:
      'The data is nested more than {{max}} levels deep here, which no dataset needs. Check for brackets that were never closed or data pasted inside itself.',
    tooManyElements:
      'This dataset has {{entities}} entities and {{relations}} relations and claims; the explorer opens at most {{maxEntities}} entities and {{maxRelations}} relations and claims, beyond which the page would freeze. Split it into smaller datasets (for example one per topic or period), or open it in a desktop tool made for very large graphs such as Gephi.',
    moreProblems:
      'Not listed here: {{count}} more (only the first {{max}} are shown). Fix the ones above and check again to see the rest.',
    problemsStopped:
      'The check stopped after {{count}} more problems, so they are not all listed: this file is far from the expected format. Fix the first {{max}} above (they often share one cause) and check again.',
    duplicateKey:
      'The key "{{key}}" appears twice in the same object (line {{line}}); only the last one is read, so the first "{{key}}" is ignored. Merge the two or remove one.',
    numberTooLarge:
      'This number is too large to store: a value like 1e999 is read as infinity. Write a finite number.',
    bidiControls:
      'The label of "{{id}}" contains invisible direction controls ({{codes}}) that make it read differently from how it is written (for example "learsI" shown as "Israel"). They are removed when it is shown and searched; remove them from the file.',
    invalidUtf8:
      'The file is not valid UTF-8 (first bad byte at offset {{offset}}); the bad bytes are shown as �. Save the file again as UTF-8.',
    notAnObject:
      'The file must contain one JSON object with "version", "entities", "relations" and the other sections.',
    forbiddenKey:
      'The key "{{key}}" is not allowed (it can be used to attack the page). Rename it.',
    unsupportedVersion:
      'This file uses format version {{value}}, which is newer than this app reads (up to version {{supported}}). Use a newer release of the app, or convert the file to version {{supported}}.',
    required: 'The field "{{field}}" is missing. Add it.',
    missingLanguage:
      'The {{lang, langName}} text is missing. Every label needs both Arabic (ar) and English (en); add the missing one.',
    wrongType: 'Expected {{expected}} here, found {{value}}. Change the value to a {{expected}}.',
    unknownField:
      'Unknown field "{{field}}". Remove it or check its spelling against the format description.',
    unknownValue: '{{value}} is not allowed here. Use one of: {{allowed}}.',
    badId:
      'The id {{value}} is not valid. Ids use letters, digits, "_", ".", ":" or "-" and start with a letter or digit.',
    notHttpUrl: 'The link {{value}} is not an http:// or https:// address. Fix it or remove it.',
    badDate: 'The date {{value}} is not in the form YYYY, YYYY-MM or YYYY-MM-DD.',
    badLanguage: 'The language {{value}} is not a language code such as "ar" or "en".',
    tooFew: 'This list needs at least {{min}} item(s). Add one.',
    outOfRange: 'The value {{value}} is out of range (paragraphs and counts start at 1).',
    invalid: 'The value {{value}} is not valid here ({{detail}}).',
    duplicateId:
      'The id "{{id}}" is used twice (first at {{first}}). Give each element its own id.',
    unknownEntity: 'No entity has the id "{{id}}". Add that entity or correct the id.',
    unknownRelationType:
      'No relation type has the id "{{id}}". Add it to "relationTypes" or correct the id.',
    unknownSource: 'No source has the id "{{id}}". Add it to "sources" or correct the id.',
    unknownFocus:
      'The story refers to "{{id}}", which is not an entity, relation or claim of this dataset. Correct the id or remove it.',
    paragraphOutOfRange:
      'Paragraph {{paragraph}} does not exist: the source "{{source}}" has {{count}} paragraphs. Correct the paragraph number.',
    claimantRequired:
      'This evidence has the status "claimed" but no claimant. Add "claimant" with the id of whoever claims it.',
    badSubkind: '"{{subkind}}" is not a subkind of {{kind, kindName}}. Use one of: {{allowed}}.',
    unknownKind:
      'The kind "{{kind}}" is not one of this dataset\'s kinds. Use one of: {{allowed}}.',
    groupCycle:
      '"{{id}}" is inside a group that is (through its own groups) inside "{{id}}". Remove one "parent" so that groups nest.',
    badColor: 'The colour {{value}} is not written as #RRGGBB (for example "#0072B2"). Correct it.',
    inverseLabelRequired:
      'The relation type "{{id}}" is directed, so it needs "inverseLabel" (how it reads from the target), in Arabic and English.',
    claimantKind:
      '"{{id}}" is a {{kind}}; only a person, an organization or a country can make a claim.',
    interestKind: '"{{id}}" is a {{kind}}; a claim must point at an entity of kind "interest".',
    selfRelation: 'This relation links "{{id}}" to itself. Check its source and target.',
    badTimeRange:
      'The time range starts in {{from}} and ends earlier, in {{to}}. Swap or correct the years.',
    quoteNotFound:
      'This quote is not found word for word in paragraph {{paragraph}} of "{{source}}". Check the paragraph number and copy the words exactly.',
    badRevisionDate:
      'The date {{value}} is not a day of the calendar in the form YYYY-MM-DD (for example 2026-12-02). Write the day the changed dataset was published.',
    revisionNoteEmpty:
      'This revision has no note. Say what changed and why, in Arabic (ar), English (en) or both.',
    revisionsOrder:
      'This revision ({{date}}) comes after one dated {{previous}}. List revisions oldest first, and add each new one at the end.',
    unknownFormat:
      'The file "{{file}}" is not in a format we can import. Use our JSON, GEXF (.gexf), GraphML (.graphml), Cytoscape.js JSON (.cyjs or .json), a Kumu blueprint (.json) or the CSV templates.',
    xmlInvalid:
      'The XML is not well formed ({{detail}}). Open the file in a text editor at that line and fix the tag or quote there; write "&amp;" for a literal "&".',
    graphInvalid:
      'The graph could not be read: {{detail}}. Check that the file is complete, then export it again from the tool that made it.',
    readFailed:
      'This {{format}} file could not be read: it holds something our reader did not expect. Open it in the tool that made it, export it again as {{format}} and import the new file. If that fails too, report the problem and attach the file.',
    encodingGuessed:
      'The file is not UTF-8, so it was read as {{encoding}}. Check that the Arabic text looks right, and next time save as "CSV UTF-8".',
    embeddedDataIgnored:
      'The relgraph data stored in this file could not be read ({{detail}}), so its sources, claims and stories were not imported; the graph itself was. Export the file again from relgraph.',
    labelFallback:
      'The {{lang, langName}} label is missing, so the {{from, langName}} one ("{{value}}") is used in both languages. Add the {{lang, langName}} label.',
    labelMissing:
      'This element has no label, so its id "{{id}}" is used as the label in both languages. Add labels in Arabic and English.',
    kindDefaulted:
      'Entities without a kind we know: {{count}} (values found: {{values}}). They were imported as "{{kind}}", and any original value is kept in their attributes. Set "kind" to one of: {{allowed}}.',
    kindNeutral:
      'Entities without a kind: {{count}}. The file gives them no type, kind or category, so they are shown as "{{kind, kindName}}". To tell them apart, add a "kind" or "type" attribute (or a column).',
    kindsCreated:
      'The {{count}} kinds of this file were made from its "{{attribute}}" values ({{values}}), each with its own colour and shape. Their names are the file\'s words in both languages: translate them in "entityKinds".',
    kindTooMany:
      'The attribute "{{attribute}}" has {{distinct}} different values, more than the {{max}} kinds a legend can show, so it is kept as an attribute and every entity is shown as "{{kind, kindName}}".',
    groupNotFound:
      'This entity names the group "{{id}}", which is not a node of the file (or is inside this entity). It is shown outside any group; correct its "parent".',
    kindMissing:
      'Entities without a kind: {{count}}. They were imported as "{{kind}}". Give them a "kind" (a column, or an attribute in the file) with one of: {{allowed}}.',
    evidenceImported:
      'Relations and claims without evidence: {{count}}. Each now cites the source "{{source}}" with the status "unsourced" (shown as "No source given"), quoting the original edge label. Replace it with the real source, paragraph and quote before publishing.',
    idChanged:
      'Ids changed to make them valid and unique: {{count}}, for example {{examples}}. References were updated to match.',
    xmlReplaced:
      '{{count}} character(s) here cannot be written in {{format}} (control characters or broken surrogate pairs): the file shows � in their place. Opening it again in this app restores them from the copy it carries; other tools show �. Remove them from the text to be sure.',
    relationTypeCreated:
      'The relation type "{{id}}" ("{{label}}") was created from the file, in the family "other". Check its family, direction and its labels in both languages.',
    attributeTypeAsText:
      'The attribute "{{key}}" has the type "{{type}}", which is read as text (GraphML defines only boolean, int, long, float, double and string). Its values are kept as written; if you need them as numbers, export the attribute as double or int from the tool that made the file.',
    timeNotCarried:
      'Time periods that could not become a relation time: {{count}} (GEXF "start", "end" or spells, or Kumu "Start Date" and "End Date", on nodes, or on edges whose times are not years). Only relations have a time here, in whole years, so these periods are kept as attributes ("start", "end", "start date"…). Add the years to the relations if they matter.',
    kumuElementsCreated:
      'Elements named by connections but not declared in "elements": {{count}} ({{names}}). As Kumu does, each was created with that name as its label. Add them to "elements" to give them a type and a description.',
    htmlConverted:
      'Descriptions written as HTML: {{count}}. They were turned into plain text: tags removed, paragraphs kept as line breaks, links kept as their address in brackets. Bold, italics and other formatting are not kept.',
    csvEdgeList:
      'Read as an edge list, one relation per row and one entity per distinct name: {{columns, columnRoles}}. If a column was taken for the wrong thing, rename its header (for example to source, target, type, weight or url) and import the file again.',
    evidenceFromLink:
      'Relations whose evidence is the link in the column "{{column}}": {{count}}. Each cites that page as a source (status "reported") with a placeholder quote. Open each page and replace the quote with its exact words and paragraph number before publishing.',
    columnRoles: {
      item: '"{{column}}" → {{role}}',
      from: 'from',
      to: 'to',
      type: 'relation type',
      direction: 'direction',
      weight: 'weight',
      link: 'source link',
      description: 'description',
      timeFrom: 'start year',
      timeTo: 'end year',
      attribute: 'relation attribute',
    },
    csvNoFiles:
      'None of these files belongs to a CSV set ({{files}}). Name them as in the templates: entities.csv, relations.csv, relation-types.csv, claims.csv, evidence.csv, sources.csv, paragraphs.csv, dataset.csv, stories.csv, revisions.csv.',
    csvMissingFile:
      'The CSV set has no {{file}}, and it cannot be imported without one. Add it, starting from the template.',
    csvUnknownFile:
      'This file is not part of the CSV set, so it was not read. Rename it to one of {{known}}, or leave it out.',
    csvEmpty: 'The file is empty. Its first row must name the columns, for example: {{columns}}.',
    csvMissingColumn:
      'The column "{{column}}" is missing. Add it to the first row (the header), as in the template.',
    csvUnknownColumn:
      'Unknown column "{{column}}". Rename it to one of: {{allowed}}; or delete the column.',
    csvDuplicateColumn:
      'The column "{{column}}" appears twice in the header. Delete or rename one of them.',
    csvUnclosedQuote:
      'A cell opens with a double quote (") that is never closed, so everything after it would be read into that cell. Add the closing quote, and write "" for a quote inside a cell.',
    csvStrayQuote:
      'There is text after the closing quote of this cell. Put the whole cell in double quotes and write "" for each quote inside it.',
    csvExtraCells:
      'This row has {{count}} cells but the header has {{expected}} columns. Look for a comma or semicolon inside a cell and put that cell in double quotes.',
    csvMixedDelimiters:
      'This row is separated by "{{found}}" but the header by "{{expected}}". Use one separator in the whole file: save it again from the spreadsheet.',
    csvBadNumber:
      '{{value}} is not a number. Write a number such as 12 or -3.5, or leave the cell empty if it is optional.',
    csvBadBoolean: '{{value}} is not true or false. Write true or false (yes or no also work).',
    csvBadJson: 'This cell must hold JSON ({{detail}}). Fix it or empty the cell: {{value}}',
    csvAmbiguousLabel:
      '"{{value}}" is the label of more than one entity ({{ids}}). Write the id instead of the label.',
    csvIdRequired:
      'The id made from this label, "{{id}}", is already used in row {{other}}. Give one of the two rows its own id in the "id" column.',
    csvNoEvidence:
      'Nothing in evidence.csv supports "{{id}}". Every relation and claim needs at least one row there, with "for" = {{id}}, the source, the paragraph and the quote.',
    csvUnknownElement:
      'No entity, relation or claim has the id "{{id}}". Correct the id in this column; to cite a relation, give it an id in relations.csv.',
    csvDuplicateRow:
      'Paragraph {{paragraph}} of the source "{{source}}" is given twice (first in row {{first}}). Keep one row per paragraph.',
    csvFormula:
      'This cell starts with "{{char}}", so a spreadsheet would run it as a formula: {{value}}. It was imported as plain text. Keep it if it is text; if it came from a formula, paste the value instead.',
    where: {
      separator: ', ',
      row: 'row {{row}}',
      line: 'line {{line}}',
      column: 'column "{{column}}"',
      node: 'node "{{id}}"',
      edge: 'edge "{{id}}"',
      field: 'field "{{name}}"',
      elementIdLine: '{{section}} "{{id}}", line {{line}} ({{path}})',
      elementId: '{{section}} "{{id}}" ({{path}})',
      elementLine: 'line {{line}} ({{path}})',
    },
    sections: {
      entities: 'entity',
      relations: 'relation',
      claims: 'claim',
      sources: 'source',
      stories: 'story',
      relationTypes: 'relation type',
    },
  },
} as const;

// Extra keys are allowed so Arabic can carry its six plural forms (_zero … _many).
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> } & {
  [extra: string]: unknown;
};
export type Resources = Widen<typeof en>;
