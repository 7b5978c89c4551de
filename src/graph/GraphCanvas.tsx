import type { Core, ElementDefinition } from 'cytoscape';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useTranslation } from 'react-i18next';
import { selectIndex } from '../state/selectors';
import { useAppStore, useAppStoreApi } from '../state/store';
import { attachBridge, type Bridge } from './bridge';
import { createElementCache, toElements, type ClaimWords, type ElementCache } from './elements';
import { placePoster } from './poster-dom';
import { editPatchOf } from '../state/slices/edit';
import { appearanceOf } from '../model/appearance';
import { kindNameIn } from '../ui/kind-name';
import { LARGE_GRAPH_ENTITIES, LARGE_GRAPH_STYLESHEET, STYLESHEET, viewportOptions } from './style';

// react-cytoscapejs re-runs a layout whenever the layout prop changes identity
// (react-cytoscapejs#64), so it gets none: every layout runs in the bridge. (A "preset" prop
// here only repeated the stored positions at mount: about 0.1 s at 5,000 entities.)
const FULL = { width: '100%', height: '100%' } as const;
// Elements never go through react-cytoscapejs's diff, which is unsafe for ids such as
// `constructor` and for a second file that reuses ids (sync-elements.ts): it always gets this
// one empty list (its default is an example graph), and the bridge patches cy itself.
const NO_ELEMENTS: ElementDefinition[] = [];

interface Props {
  onReady: () => void;
}

/**
 * The one React component that hosts cytoscape. It re-renders only when the dataset or the
 * language changes; selection, hover, filters and camera reach cy through the bridge.
 */
export const GraphCanvas = memo(function GraphCanvas({ onReady }: Props) {
  const store = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const colorBy = useAppStore((s) => s.colorBy);
  const sizeBy = useAppStore((s) => s.sizeBy);
  const { t } = useTranslation();
  const ids = useId();
  // Counts "no line that way" presses, so the same words are announced again each time.
  const [blocked, setBlocked] = useState(0);
  const appearance = useMemo(
    () => (index ? appearanceOf(index, colorBy, sizeBy) : {}),
    [index, colorBy, sizeBy],
  );
  // The same object while the language is: definitions made with it are reused (elements.ts).
  const words = useMemo<ClaimWords>(
    () => ({
      claims: t('graph.claims'),
      benefits: t('graph.benefits'),
      concerns: t('graph.concerns'),
      per: (names) => t('graph.per', { names }),
      alsoPer: (names) => t('graph.alsoPer', { names }),
      separator: t('details.separator'),
    }),
    [t],
  );
  // Lives as long as the canvas; toElements keeps last round's definitions in it.
  const [elementCache] = useState<ElementCache>(createElementCache);
  const elements = useMemo(
    () => (index ? toElements(index, lang, words, appearance, elementCache) : []),
    [index, lang, words, appearance, elementCache],
  );
  // Large graphs draw for speed (style.ts). The viewport options are read only when cytoscape is
  // created, so crossing the threshold remounts the canvas (the key below).
  const entityCount = index?.data.entities.length ?? 0;
  const large = entityCount >= LARGE_GRAPH_ENTITIES;
  const viewport = useMemo(() => viewportOptions(entityCount), [entityCount]);
  const cyRef = useRef<Core | null>(null);
  const bridgeRef = useRef<Bridge | null>(null);
  const hostRef = useRef<HTMLDivElement | null>(null);
  // What cy should hold; a cy adopted later (a remount) starts from it.
  const elementsRef = useRef<ElementDefinition[]>([]);
  const shownIndexRef = useRef<typeof index>(null);

  // react-cytoscapejs calls this on every render and, under StrictMode, with a second instance:
  // adopt each new instance once, so handlers never stack (react-cytoscapejs#68).
  const adopt = useCallback(
    (cy: Core) => {
      if (cyRef.current === cy) return;
      bridgeRef.current?.detach();
      cyRef.current = cy;
      bridgeRef.current = attachBridge(cy, store, { onReady });
      if (elementsRef.current.length > 0) {
        bridgeRef.current.setElements(elementsRef.current);
        bridgeRef.current.datasetChanged();
      }
    },
    [store, onReady],
  );

  useEffect(() => {
    elementsRef.current = elements;
    const bridge = bridgeRef.current;
    if (!bridge) return;
    bridge.setElements(elements);
    if (index && shownIndexRef.current !== index) {
      // An edit of the dataset on screen redraws what it touched; anything else is laid out.
      const edit = shownIndexRef.current ? editPatchOf(index) : undefined;
      shownIndexRef.current = index;
      if (edit) bridge.datasetEdited(edit);
      else bridge.datasetChanged();
    }
  }, [elements, index]);

  // The details panel opens with the first selection and narrows this box (so does the
  // editor). Sized here, in the commit that opens it, cytoscape draws the selection once at the
  // new size; the ResizeObserver alone came a frame later, and every frame redraws the whole
  // graph (at 5,000 entities, hundreds of milliseconds each).
  const panelShown = useAppStore((s) => s.selection !== null || s.editing);
  useLayoutEffect(() => {
    bridgeRef.current?.resize();
  }, [panelShown]);

  // The build's poster of the graph stays over this box until the graph is drawn (App.tsx).
  useLayoutEffect(() => {
    if (hostRef.current) placePoster(document, hostRef.current);
  }, []);

  useEffect(() => {
    const host = hostRef.current;
    if (!host || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      bridgeRef.current?.resize();
      placePoster(document, host);
    });
    observer.observe(host);
    return () => observer.disconnect();
  }, []);

  useEffect(
    () => () => {
      bridgeRef.current?.detach();
      bridgeRef.current = null;
      cyRef.current = null;
    },
    [],
  );

  return (
    <div
      ref={hostRef}
      className="graph-host"
      data-testid="graph"
      data-label-lang={lang}
      // Focusable: arrow keys move along the lines (keyboard.ts), Enter opens the details.
      role="application"
      tabIndex={0}
      aria-label={t('app.graphLabel', { title: index?.data.title[lang] ?? '' })}
      aria-describedby={`${ids}-keys ${ids}-cursor`}
      onFocus={(event) => {
        // Only a keyboard focus shows the cursor; a click on the canvas selects as before.
        if (event.target === event.currentTarget && event.currentTarget.matches(':focus-visible')) {
          bridgeRef.current?.focused();
        }
      }}
      onBlur={(event) => {
        if (event.target === event.currentTarget) store.getState().setCursor(null);
      }}
      onKeyDown={(event) => {
        if (
          event.target !== event.currentTarget ||
          event.altKey ||
          event.ctrlKey ||
          event.metaKey
        ) {
          return;
        }
        const result = bridgeRef.current?.key(event.key);
        if (!result?.handled) return;
        event.preventDefault();
        setBlocked(result.blocked ? (n) => n + 1 : 0);
      }}
    >
      <p id={`${ids}-keys`} className="visually-hidden">
        {t('graph.keys')}
      </p>
      <CursorAnnouncement id={`${ids}-cursor`} blocked={blocked} />
      <CytoscapeComponent
        key={large ? 'large' : 'normal'}
        elements={NO_ELEMENTS}
        stylesheet={large ? LARGE_GRAPH_STYLESHEET : STYLESHEET}
        cy={adopt}
        style={FULL}
        {...viewport}
      />
    </div>
  );
});

/** What the keyboard cursor is on, for screen readers; or that no line goes that way. */
function CursorAnnouncement({ id, blocked }: { id: string; blocked: number }) {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const cursor = useAppStore((s) => s.cursor);
  const lang = useAppStore((s) => s.lang);
  const selected = useAppStore((s) => s.selection?.id === s.cursor);
  const entity = cursor ? index?.entities.get(cursor) : undefined;
  const text = !entity
    ? ''
    : blocked > 0
      ? t('graph.noLineThatWay')
      : [
          entity.label[lang],
          index ? kindNameIn(t, lang, index.data, entity.kind) : entity.kind,
          t('graph.lines', { count: index?.edgesOf.get(entity.id)?.length ?? 0 }),
          ...(selected ? [t('graph.cursorSelected')] : []),
        ].join(t('details.separator'));
  return (
    <p id={id} className="visually-hidden" aria-live="polite" data-testid="graph-cursor">
      {text}
    </p>
  );
}
