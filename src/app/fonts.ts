import { FACE_FONTS, FACE_SAMPLE } from '../graph/label-fonts';
import type { FaceScript } from '../model/scripts';

const ALL: readonly FaceScript[] = ['arabic', 'latin'];

/**
 * Loads the app's faces for these scripts, both weights. Cytoscape measures label text when it
 * creates elements, so the faces a graph's labels use must be loaded first (cytoscape.js#1734).
 * Never blocks for long: a missing font must not stop the graph.
 */
export function loadFaces(doc: Document, scripts: Iterable<FaceScript>): Promise<unknown> {
  if (!doc.fonts?.load) return Promise.resolve();
  const faces = [...scripts].flatMap((script) =>
    FACE_FONTS.map((font) => doc.fonts.load(font, FACE_SAMPLE[script])),
  );
  if (faces.length === 0) return Promise.resolve();
  const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
  return Promise.race([Promise.all(faces).catch(() => undefined), timeout]);
}

/**
 * The faces the first graph did not need, fetched once the page is idle: a language switch or
 * a file in the other script then finds them there.
 */
export function prefetchFaces(win: Window): void {
  const load = () => void loadFaces(win.document, ALL);
  if (typeof win.requestIdleCallback === 'function')
    win.requestIdleCallback(load, { timeout: 3000 });
  else win.setTimeout(load, 1000);
}
