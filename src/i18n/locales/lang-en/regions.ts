/** English strings of the regions feature (the parity test checks the keys match). */
export const regions = {
  failed:
    'The {{region}} stopped working. The rest of the page still works. Try again; if it keeps failing, report it with the error below.',
  retry: 'Try {{region}} again',
  names: {
    graph: 'graph',
    details: 'details panel',
    filters: 'filters',
    table: 'table',
    story: 'briefing',
    file: 'File menu',
    share: 'Share button',
    search: 'search box',
    paths: '“How are these connected?” panel',
    legend: 'legend',
    toolbar: 'graph controls',
    editor: 'editor',
  },
  pageFailed:
    'Something went wrong while showing the page: {{detail}}. Reload it; if it happens again, report it with this message.',
  reload: 'Reload the page',
  reloadFile: 'Reload and reopen your file',
  bundled: 'Open the bundled dataset',
};

/** The page's regions, by the names their failure messages use (src/ui/RegionBoundary.tsx). */
export type RegionName = keyof typeof regions.names;
