import type { TFunction } from 'i18next';
import { directionOf, type UiLang } from '../../i18n';
import type { GraphIndex } from '../../model/graph-index';
import { findStory, type StoryPosition } from '../../model/story';
import { ENTITY_KINDS, EVIDENCE_STATUSES, RELATION_FAMILIES } from '../../model/schema';
import type { ExportTexts } from '../../state/slices/story';

/** The title, step line, legend and source line of an exported picture, in the UI language. */
export function exportTexts(
  t: TFunction,
  lang: UiLang,
  index: GraphIndex,
  story: StoryPosition | null,
  step?: number,
): ExportTexts {
  const current = story ? findStory(index, story.id) : undefined;
  const at = step ?? story?.step ?? 0;
  const shown = current?.steps[at];
  const sourceIds = current?.source
    ? [current.source]
    : index.data.sources.map((source) => source.id);
  const sourceTitles = sourceIds.map((id) => {
    const source = index.sources.get(id);
    return source?.title[lang] ?? source?.title[lang === 'ar' ? 'en' : 'ar'] ?? id;
  });
  return {
    dir: directionOf(lang),
    title: index.data.title[lang],
    subtitle:
      current && shown
        ? t('story.export.subtitle', {
            story: current.title[lang],
            step: t('story.stepOf', { step: at + 1, count: current.steps.length }),
            title: shown.title[lang],
          })
        : '',
    footer: t('story.export.footer', {
      source: sourceTitles.join(t('story.paragraphList')),
      app: t('app.name'),
    }),
    legend: {
      kinds: {
        heading: t('legend.kinds'),
        items: ENTITY_KINDS.map((kind) => ({ kind, label: t(`kinds.${kind}`) })),
      },
      families: {
        heading: t('legend.families'),
        items: RELATION_FAMILIES.filter((family) => family !== 'other').map((family) => ({
          family,
          label: t(`families.${family}`),
        })),
      },
      status: {
        heading: t('legend.status'),
        items: EVIDENCE_STATUSES.map((status) => ({ status, label: t(`status.${status}`) })),
      },
    },
  };
}

/** A file name from the dataset id: "azerbaijan-gaza-2x.png", "…-step-3-2x.png". */
export function exportFileName(
  index: GraphIndex,
  story: StoryPosition | null,
  scale: number,
): string {
  const base = story ? `${index.data.id}-step-${story.step + 1}` : index.data.id;
  return `${base.replace(/[^A-Za-z0-9_.-]+/g, '-')}-${scale}x.png`;
}

/** Reads a picture as a data: URL (for the print handout, which must not depend on blob URLs). */
export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}
