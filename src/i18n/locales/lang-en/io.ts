/** English strings of the io feature (the parity test checks the keys match). */
export const io = {
  file: 'File',
  open: 'Open a file…',
  openHint: 'GEXF, GraphML, Cytoscape JSON, Kumu JSON, our JSON or a set of CSV files',
  inputLabel: 'Choose files to open',
  downloadAs: 'Download as',
  website: 'Download as a website',
  websiteHint: 'a folder to upload to any web host (.zip)',
  websiteWorking: 'Making the website…',
  websiteDone:
    'Downloaded {{file}}: a website of {{count}} files with this dataset as its graph. Unzip it and upload the folder; README.txt inside says how.',
  websiteNoPicture:
    'It has no link-preview picture: switch to the graph view and download it again to include one.',
  websiteInvalid:
    'This dataset cannot be published until these problems are fixed (the website would refuse to open it):',
  websiteNoApp:
    'The app could not copy its own files ({{detail}}). A website can be made from the app served by a web server, not from a file opened on the disk.',
  publishUsage: 'Usage: npm run publish -- <dataset.json> -o <folder> [--lang ar|en]',
  publishNotFound: 'File not found: {{file}}',
  publishNotEmpty:
    'The folder {{folder}} is not empty and holds no earlier website (no site-files.json): choose an empty or new folder, so nothing of yours is overwritten.',
  publishBuilding: 'Building the app first (npm run build)…',
  publishNoChromium:
    'npm run publish needs Chromium at {{path}} to make the folder exactly as the app does (it draws the link picture). Install it with "sudo apt-get install -y chromium", or use File › Download as a website in the app.',
  publishDone:
    'Wrote a website of {{count}} files to {{folder}}/. README.txt there says how to put it online.',
  format: {
    json: 'JSON',
    gexf: 'GEXF',
    graphml: 'GraphML',
    cytoscape: 'Cytoscape JSON',
    csv: 'CSV set',
  },
  formatHint: {
    json: 'this app',
    gexf: 'Gephi',
    graphml: 'yEd, Gephi',
    cytoscape: '.cyjs',
    csv: 'one file per table',
  },
  bundled: 'Bundled dataset',
  bundledHint: "the app's own",
  bundledShown: 'shown now',
  downloaded: 'Downloaded {{files}}.',
  moreWarnings: '… and {{count}} more places like these.',
  downloadFailed: 'The download could not be prepared: {{detail}}',
  dropTitle: 'Drop to open',
  dropHint: 'Drop a GEXF, GraphML, Cytoscape JSON, Kumu JSON, our JSON, or a set of CSV files',
  dropPrivate: 'The file stays in this browser: nothing is uploaded.',
  opening: 'Opening {{file}}…',
  stage: {
    reading: 'Reading {{file}}…',
    checking: 'Checking {{file}}…',
  },
  progress: 'Opening the file',
  cancel: 'Cancel',
  cancelled: 'Stopped opening {{file}}. The graph on screen has not changed.',
  opened: 'Opened {{file}}: {{entities}}, {{relations}}.',
  counts: '{{entities}}, {{relations}}',
  entities_one: '{{count}} entity',
  entities_other: '{{count}} entities',
  relations_one: '{{count}} relation',
  relations_other: '{{count}} relations',
  showing: 'Showing your file',
  notPersisted:
    'This browser does not let the page keep it: a reload will show the bundled dataset.',
  back: 'Back to the bundled dataset',
  warnings_one: '{{count}} warning',
  warnings_other: '{{count}} warnings',
  warningsTitle: 'To check in {{file}}',
  warningsIntro:
    'The file opened, but the importer had to fill in or change what follows. Fix it in the original file and these warnings go away.',
  hideWarnings: 'Hide the warnings',
  more_one: '… and {{count}} more like this',
  more_other: '… and {{count}} more like this',
  /** Titles of a group of problems of one kind ("77 ×" is drawn beside them). */
  groups: {
    labelFallback: 'Labels given in one language only: the other language shows the same text',
    labelMissing: 'Entities without a label: their id is shown',
    relationTypeCreated: 'Relation types made from the file: check their labels in both languages',
    unknownEntity: 'Lines whose end is not an entity of the file',
    badId: 'Ids that are not valid',
    duplicateId: 'Ids used twice',
    quoteNotFound: 'Quotes not found word for word in their paragraph',
  },
  groupExample: 'The first of them: {{message}}',
  groupOpen: 'Show each one',
  errorTitle: 'This file cannot be opened',
  errorIntro_one: 'We found {{count}} problem in {{file}}.',
  errorIntro_other: 'We found {{count}} problems in {{file}}.',
  errorKept:
    'Nothing has changed: the graph on screen is still the one you had. Fix the file and open it again.',
  unreadable:
    'Could not read {{file}} ({{detail}}). Check that the file still exists and that you may read it, then try again.',
  internal:
    'Something went wrong while opening {{file}}: {{detail}}. This is a bug in the app: please report it, with the file if you can.',
  where: 'Where',
  close: 'Close',
  notStored:
    'The file opened earlier is not stored in this browser, so the bundled dataset is shown. Open the file again with File → Open a file…',
  dismiss: 'Dismiss',
};
