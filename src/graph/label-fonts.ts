import type { Core } from 'cytoscape';
import { faceScripts, type FaceScript } from '../model/scripts';

/** A text each face covers, for `document.fonts` to pick the face by (fonts.css ranges). */
export const FACE_SAMPLE: Readonly<Record<FaceScript, string>> = {
  arabic: 'أذربيجان',
  latin: 'Azerbaijan',
};
/** Node labels are drawn at 600, line labels and the interface's text at 400. */
export const FACE_FONTS: readonly string[] = [400, 600].map(
  (weight) => `${weight} 13px "Relgraph Sans"`,
);
/** Its style (style.ts) names the same family another way: cytoscape measures labels again. */
export const REMEASURE_CLASS = 'fonts-arrived';

export interface LabelFonts {
  /** The elements' labels changed (a dataset, a language, an edit): check their faces. */
  labelsChanged(): void;
  detach(): void;
}

/**
 * Cytoscape measures a label once, with the face it has then (cytoscape.js#1734). The faces a
 * page's first graph needs are loaded before it is drawn (app/bootstrap.ts); the others come
 * later. When labels are drawn in a script whose face is still on its way (a switch to the
 * other language, a file in another script, soon after the page opened), this asks for the
 * face and, once it is there, has every label measured and drawn again.
 */
export function watchLabelFonts(cy: Core, fonts: FontFaceSet | undefined): LabelFonts {
  if (!fonts?.check || !fonts.load || !fonts.addEventListener) {
    return { labelsChanged: () => undefined, detach: () => undefined };
  }
  const loaded = (script: FaceScript) =>
    FACE_FONTS.every((font) => fonts.check(font, FACE_SAMPLE[script]));
  /** Scripts some label was measured without. */
  const waiting = new Set<FaceScript>();
  const arrived = () => {
    let any = false;
    for (const script of [...waiting]) {
      if (!loaded(script)) continue;
      waiting.delete(script);
      any = true;
    }
    if (any && !cy.destroyed()) cy.batch(() => cy.elements().toggleClass(REMEASURE_CLASS));
  };
  fonts.addEventListener('loadingdone', arrived);
  return {
    labelsChanged: () => {
      if (loaded('arabic') && loaded('latin')) return;
      for (const script of faceScripts(labelsOf(cy))) {
        if (loaded(script) || waiting.has(script)) continue;
        waiting.add(script);
        for (const font of FACE_FONTS)
          void fonts.load(font, FACE_SAMPLE[script]).catch(() => undefined);
      }
    },
    detach: () => fonts.removeEventListener('loadingdone', arrived),
  };
}

/** Every element's label, one at a time: faceScripts stops once it has found both scripts. */
function* labelsOf(cy: Core): Generator<string> {
  const elements = cy.elements();
  for (let i = 0; i < elements.length; i++) yield String(elements[i]?.data('label') ?? '');
}
