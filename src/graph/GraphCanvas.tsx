import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { useTranslation } from 'react-i18next';
import { selectIndex } from '../state/selectors';
import { useAppStore, useAppStoreApi } from '../state/store';
import { attachBridge, type Bridge } from './bridge';
import { toElements } from './elements';
import { STYLESHEET } from './style';

cytoscape.use(fcose);

// Stable objects: react-cytoscapejs re-runs a layout whenever the layout prop changes identity
// (react-cytoscapejs#64), so it only ever gets "preset"; real layouts run in the bridge.
const PRESET = { name: 'preset', fit: false } as const;
const FULL = { width: '100%', height: '100%' } as const;

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
  const { t } = useTranslation();
  const elements = useMemo(
    () =>
      index
        ? toElements(index, lang, {
            claims: t('graph.claims'),
            benefits: t('graph.benefits'),
            concerns: t('graph.concerns'),
          })
        : [],
    [index, lang, t],
  );
  const cyRef = useRef<Core | null>(null);
  const bridgeRef = useRef<Bridge | null>(null);
  const hostRef = useRef<HTMLDivElement | null>(null);

  // react-cytoscapejs calls this on every render and, under StrictMode, with a second instance:
  // adopt each new instance once, so handlers never stack (react-cytoscapejs#68).
  const adopt = useCallback(
    (cy: Core) => {
      if (cyRef.current === cy) return;
      bridgeRef.current?.detach();
      cyRef.current = cy;
      bridgeRef.current = attachBridge(cy, store, { onReady });
    },
    [store, onReady],
  );

  useEffect(() => {
    if (index) bridgeRef.current?.datasetChanged();
  }, [index]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => bridgeRef.current?.resize());
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
      role="img"
      aria-label={t('app.graphLabel', { title: index?.data.title[lang] ?? '' })}
    >
      <CytoscapeComponent
        elements={elements}
        stylesheet={STYLESHEET}
        layout={PRESET}
        cy={adopt}
        style={FULL}
        wheelSensitivity={0.3}
        minZoom={0.1}
        maxZoom={4}
      />
    </div>
  );
});
