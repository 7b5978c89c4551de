import type { TFunction } from 'i18next';
import { directionOf, type UiLang } from '../../i18n/langs';
import {
  applyFilters,
  EMPTY_FILTERS,
  filtersFromParams,
  isFilterActive,
  type FilterState,
} from '../../model/filters';
import type { GraphIndex } from '../../model/graph-index';
import { findStory, stepSelection, type StoryPosition } from '../../model/story';
import type { Selection } from '../../state/slices/selection';
import { describeFilters } from '../filters/describe';
import { legendContent } from '../../model/legend';
import { appearanceOf, type ColorBy } from '../../model/appearance';
import { kindName } from '../../ui/kind-name';
import type { ExportFrame, ExportTexts } from '../../state/slices/story';

/** What the explorer shows when a picture is taken outside a story. */
export interface ExportView {
  filters: FilterState;
  selection: Selection;
  /** Colour by data (the legend's choice): the picture's key then says what colours mean. */
  colorBy?: ColorBy;
}

/**
 * "Shown: 12 of 50 entities, 8 of 80 lines · Only what the source reports · Selected: Iran",
 * or "Shown: the whole network (50 entities, 80 lines)".
 */
export function shownLine(
  t: TFunction,
  lang: UiLang,
  index: GraphIndex,
  filters: FilterState,
  selection: Selection,
): string {
  const focus = selection?.type === 'node' ? selection.id : null;
  const totals = { entities: index.data.entities.length, lines: index.edges.length };
  const parts: string[] = [];
  if (isFilterActive(filters)) {
    const visible = applyFilters(index, filters, focus);
    parts.push(
      t('story.export.shownPart', {
        entities: visible.entities.size,
        totalEntities: totals.entities,
        lines: visible.edges.size,
        totalLines: totals.lines,
      }),
      ...describeFilters(t, index, lang, filters, focus),
    );
  } else parts.push(t('story.export.shownAll', totals));
  if (selection) {
    const name =
      selection.type === 'node'
        ? index.entities.get(selection.id)?.label[lang]
        : edgeName(index, lang, selection.id);
    if (name) parts.push(t('story.export.selected', { name }));
  }
  return parts.join(' · ');
}

function edgeName(index: GraphIndex, lang: UiLang, id: string): string | undefined {
  const edge = index.edgeById.get(id);
  if (!edge) return undefined;
  const end = (e: string) => index.entities.get(e)?.label[lang] ?? e;
  return `${end(edge.source)} – ${end(edge.target)}`;
}

/** The title, step line, legend and source line of an exported picture, in the UI language. */
export function exportTexts(
  t: TFunction,
  lang: UiLang,
  index: GraphIndex,
  story: StoryPosition | null,
  step?: number,
  view: ExportView = { filters: EMPTY_FILTERS, selection: null },
  now: Date = new Date(),
): ExportTexts {
  const current = story ? findStory(index, story.id) : undefined;
  const legend = legendContent(index);
  const colorKey =
    view.colorBy && view.colorBy !== 'look'
      ? appearanceOf(index, view.colorBy, 'look').colorKey
      : undefined;
  const at = step ?? story?.step ?? 0;
  const shown = current?.steps[at];
  // A story step shows its own filters and selection, whatever the explorer had.
  const seen: ExportView =
    current && shown
      ? {
          filters: shown.filters ? filtersFromParams(shown.filters, index).filters : EMPTY_FILTERS,
          selection: stepSelection(index, shown),
        }
      : view;
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
    shown: shownLine(t, lang, index, seen.filters, seen.selection),
    footer: t('story.export.footer', {
      source: sourceTitles.join(t('story.paragraphList')),
      app: t('app.name'),
      date: new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', {
        dateStyle: 'long',
      }).format(now),
    }),
    legend: {
      kinds: {
        heading: t('legend.kinds'),
        items: legend.kinds.map((kind) => ({
          kind: kind.id,
          label: kindName(t, lang, kind),
          shape: kind.shape,
          color: kind.color,
        })),
      },
      families: {
        heading: t('legend.families'),
        items: legend.families.map((family) => ({ family, label: t(`families.${family}`) })),
      },
      status: {
        heading: t('legend.status'),
        items: legend.statuses.map((status) => ({ status, label: t(`status.${status}`) })),
      },
      rings: {
        ...(legend.rings.unnamed ? { unnamed: t('legend.unnamed') } : {}),
        ...(legend.rings.armed ? { armed: t('legend.armed') } : {}),
      },
      ...(legend.ownLook && !colorKey ? { ownLook: t('legend.ownLook') } : {}),
      ...(colorKey && view.colorBy?.startsWith('attr:')
        ? {
            colorKey: {
              heading: `${t('legend.colorBy')}: ${view.colorBy.slice(5)}`,
              items: colorKey.map((item) => ({
                label: `${item.value} (${item.count})`,
                color: item.color,
              })),
            },
          }
        : {}),
    },
  };
}

/** A file name from the dataset id: "azerbaijan-gaza-2x.png", "…-step-3-2x.png". */
export function exportFileName(
  index: GraphIndex,
  story: StoryPosition | null,
  size: number | Exclude<ExportFrame, 'view'>,
): string {
  const base = story ? `${index.data.id}-step-${story.step + 1}` : index.data.id;
  const suffix = typeof size === 'number' ? `${size}x` : size;
  return `${base.replace(/[^A-Za-z0-9_.-]+/g, '-')}-${suffix}.png`;
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
