import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FRAMES, type ExportFrame } from '../../state/slices/story';
import { selectIndex } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { saveBlob } from '../io/save-blob';
import { exportFileName, exportTexts } from './texts';

export const EXPORT_SCALES = [1, 2, 4] as const;
const FRAMES = ['slide', 'square', 'a4'] as const;

type Status =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'message'; text: string; warning: boolean };

/**
 * "Download PNG" at 1×, 2× or 4×: the graph as shown, with title, legend and source drawn into
 * the picture. The graph draws it (through the store); this only asks and saves the file.
 */
export function ExportButton({ className = '' }: { className?: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  if (!index) return null;

  const download = async (scale: number, frame: ExportFrame = 'view') => {
    const state = store.getState();
    setStatus({ kind: 'working' });
    const result = await state.requestExport({
      scale,
      frame,
      texts: exportTexts(t, state.lang, index, state.story, undefined, state),
    });
    if (!result.ok) {
      const text =
        result.reason === 'noGraph'
          ? t('story.export.noGraph')
          : t('story.export.failed', { detail: result.detail ?? result.reason });
      setStatus({ kind: 'message', text, warning: true });
      return;
    }
    saveBlob(result.blob, exportFileName(index, state.story, frame === 'view' ? scale : frame));
    const size = { width: result.width, height: result.height };
    setStatus(
      result.scale < result.requested
        ? {
            kind: 'message',
            warning: true,
            text: t('story.export.reduced', {
              scale: result.scale,
              requested: result.requested,
              ...size,
            }),
          }
        : { kind: 'message', warning: false, text: t('story.export.done', size) },
    );
  };

  return (
    <div className={`export-control ${className}`.trim()}>
      <div role="group" aria-label={t('story.export.label')} className="segmented export-scales">
        <span className="export-label" aria-hidden="true">
          {t('story.export.label')}
        </span>
        {EXPORT_SCALES.map((scale) => (
          <button
            key={scale}
            type="button"
            aria-label={t('story.export.at', { scale })}
            title={t('story.export.at', { scale })}
            disabled={status.kind === 'working'}
            onClick={() => void download(scale)}
          >
            {t('story.export.scale', { scale })}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t('story.export.frames')} className="segmented export-frames">
        <span className="export-label" aria-hidden="true">
          {t('story.export.frames')}
        </span>
        {FRAMES.map((frame) => {
          const label = t(`story.export.frame.${frame}`);
          const title = t('story.export.frameAt', { frame: label, ...EXPORT_FRAMES[frame] });
          return (
            <button
              key={frame}
              type="button"
              aria-label={title}
              title={title}
              data-frame={frame}
              disabled={status.kind === 'working'}
              onClick={() => void download(1, frame)}
            >
              {label}
            </button>
          );
        })}
      </div>
      <p
        className={`export-status${status.kind === 'message' && status.warning ? ' warning' : ''}`}
        role="status"
      >
        {status.kind === 'working'
          ? t('story.export.working')
          : status.kind === 'message'
            ? status.text
            : ''}
      </p>
    </div>
  );
}
