import { kindNameIn } from '../../ui/kind-name';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { GraphIndex } from '../../model/graph-index';
import type { Visible } from '../../model/filters';
import { selectIndex, selectVisible } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { ExportButton } from './ExportButton';
import { imagesReady } from './Handout';
import { blobToDataUrl, exportTexts } from './texts';
import './story.css';

interface Row {
  id: string;
  name: string;
  kind: string;
  lines: number;
}

/** The entities the graph shows (all of them without filters), with how many lines each has. */
export function shownRows(
  index: GraphIndex,
  visible: Visible | null,
  name: (id: string) => string,
  kind: (id: string) => string,
): Row[] {
  return index.data.entities
    .filter((entity) => !visible || visible.entities.has(entity.id))
    .map((entity) => ({
      id: entity.id,
      name: name(entity.id),
      kind: kind(entity.id),
      lines: (index.edgesOf.get(entity.id) ?? []).filter((e) => !visible || visible.edges.has(e.id))
        .length,
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/**
 * "Print" in the explorer: the view as a picture (title, legend and source drawn in) and the
 * table of what is shown, then the print dialog.
 */
export function PrintViewButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const [printout, setPrintout] = useState<{ image: string; rows: Row[] } | null>(null);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDivElement | null>(null);
  const printWhenReady = useRef(false);

  useEffect(() => {
    if (!printout || !printWhenReady.current) return;
    printWhenReady.current = false;
    let cancelled = false;
    void imagesReady(rootRef.current).then(() => {
      if (!cancelled) window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [printout]);

  // Once printed, the printout goes: a later Ctrl+P prints the page as it is then.
  useEffect(() => {
    if (!printout) return;
    const done = () => setPrintout(null);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [printout]);

  if (!index) return null;

  const build = async () => {
    const state = store.getState();
    setStatus(t('story.export.working'));
    const result = await state.requestExport({
      scale: 1,
      texts: exportTexts(t, state.lang, index, state.story, undefined, state),
    });
    if (!result.ok) {
      setStatus(
        result.reason === 'noGraph'
          ? t('story.export.noGraph')
          : t('story.print.failed', { detail: result.detail ?? result.reason }),
      );
      return;
    }
    const rows = shownRows(
      index,
      selectVisible(state),
      (id) => index.entities.get(id)?.label[state.lang] ?? id,
      (id) => kindNameIn(t, state.lang, index.data, index.entities.get(id)?.kind ?? ''),
    );
    setStatus('');
    printWhenReady.current = true;
    setPrintout({ image: await blobToDataUrl(result.blob), rows });
  };

  return (
    <>
      <button
        type="button"
        className="print-view-button"
        title={t('story.print.viewTitle')}
        onClick={() => void build()}
      >
        {t('story.print.view')}
      </button>
      {status && (
        <p className="export-status" role="status">
          {status}
        </p>
      )}
      {printout &&
        createPortal(
          <div
            className="print-view print-root"
            ref={rootRef}
            data-testid="print-view"
            lang={lang}
            dir={lang === 'ar' ? 'rtl' : 'ltr'}
          >
            <img
              src={printout.image}
              alt={t('story.print.viewAlt', { title: index.data.title[lang] })}
            />
            <table className="print-table">
              <caption>{t('story.print.shown', { count: printout.rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('story.print.name')}</th>
                  <th scope="col">{t('story.print.kind')}</th>
                  <th scope="col">{t('story.print.lines')}</th>
                </tr>
              </thead>
              <tbody>
                {printout.rows.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <bdi>{row.name}</bdi>
                    </td>
                    <td>{row.kind}</td>
                    <td>{row.lines}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>,
          document.body,
        )}
    </>
  );
}

/**
 * Download and print controls over the explorer's graph (hidden while presenting). On a phone
 * they fold behind one button: three rows of them would cover the top of the graph.
 */
export function ExplorerExport() {
  const { t } = useTranslation();
  const presenting = useAppStore((s) => s.presenting);
  const [open, setOpen] = useState(false);
  if (presenting) return null;
  return (
    <div className="explorer-export" data-open={open}>
      <button
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls="explorer-export-tools"
        onClick={() => setOpen((was) => !was)}
      >
        {t('story.export.toggle')}
      </button>
      <div className="explorer-export-tools" id="explorer-export-tools">
        <ExportButton />
        <PrintViewButton />
      </div>
    </div>
  );
}
