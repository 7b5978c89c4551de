/**
 * "Download as a website": copies the app it runs from (listed in site-files.json by the
 * build), adds the dataset on screen as the default graph, its social picture and the host
 * files (src/io/publish/site.ts), and zips the folder in the browser.
 */
import type { TFunction } from 'i18next';
import { loadDatasetValue } from '../../model/load';
import type { Problem } from '../../model/problems';
import { selectIndex } from '../../state/selectors';
import type { AppStore } from '../../state/store';
import { exportTexts } from '../story/texts';

const SCHEMA = 'schema/dataset-v1.json';

export type PublishResult =
  | { ok: true; blob: Blob; filename: string; files: number; social: boolean }
  | { ok: false; reason: 'noData' | 'invalid'; problems: Problem[] }
  | { ok: false; reason: 'appFiles'; detail: string };

/** The app's own files, fetched from where it runs. */
async function fetchAppFiles(base: string): Promise<Map<string, Uint8Array>> {
  const { SITE_MANIFEST } = await import('../../io/publish/site');
  const response = await fetch(new URL(SITE_MANIFEST, base));
  if (!response.ok) throw new Error(`${SITE_MANIFEST}: HTTP ${response.status}`);
  const list = (await response.json()) as unknown;
  if (!Array.isArray(list) || !list.every((p) => typeof p === 'string' && !p.includes('..'))) {
    throw new Error(`${SITE_MANIFEST} is not a list of files`);
  }
  const files = new Map<string, Uint8Array>();
  await Promise.all(
    (list as string[]).map(async (path) => {
      const file = await fetch(new URL(path, base));
      if (!file.ok) throw new Error(`${path}: HTTP ${file.status}`);
      files.set(path, new Uint8Array(await file.arrayBuffer()));
    }),
  );
  return files;
}

export async function publishSite(
  store: AppStore,
  t: TFunction,
  base: string = document.baseURI,
): Promise<PublishResult> {
  const state = store.getState();
  const index = selectIndex(state);
  if (!index) return { ok: false, reason: 'noData', problems: [] };
  // The folder carries the JSON Schema (schema/): the dataset's $schema points at that copy
  // (first key, whatever the file said).
  const published = { $schema: SCHEMA, ...index.data };
  published.$schema = SCHEMA;
  const datasetJson = `${JSON.stringify(published, null, 2)}\n`;
  // What is published is checked again as the file it will be: a folder is never made from a
  // dataset the explorer would refuse to open.
  const checked = loadDatasetValue(JSON.parse(datasetJson));
  if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems };

  // Loaded on demand: the zip library and the builder stay out of the first download.
  const [{ buildSite }, { safeFileName }, { zipSync }] = await Promise.all([
    import('../../io/publish/site'),
    import('../../io/publish/file-name'),
    import('fflate'),
  ]);
  let appFiles: Map<string, Uint8Array>;
  try {
    appFiles = await fetchAppFiles(base);
  } catch (error) {
    return { ok: false, reason: 'appFiles', detail: (error as Error).message };
  }
  // The link preview, 1200×630: the graph as it is on screen, its stamp saying what is shown.
  const picture = await state.requestExport({
    scale: 1,
    frame: 'social',
    texts: exportTexts(t, state.lang, index, null, undefined, state),
  });
  const social = picture.ok ? new Uint8Array(await picture.blob.arrayBuffer()) : undefined;
  const files = buildSite({
    appFiles,
    dataset: index.data,
    datasetJson,
    ...(social ? { social } : {}),
    publishedOn: new Date(),
  });
  const zipped = zipSync(Object.fromEntries(files), { level: 6 });
  const title = index.data.title[state.lang] || index.data.title.en || index.data.title.ar;
  return {
    ok: true,
    blob: new Blob([zipped], { type: 'application/zip' }),
    filename: `${safeFileName(title, safeFileName(index.data.id))}-website.zip`,
    files: files.size,
    social: Boolean(social),
  };
}
