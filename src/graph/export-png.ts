import type { Core } from 'cytoscape';
import type { NodeShape, RelationFamily } from '../model/schema';
import {
  EXPORT_FRAMES,
  type ExportRequest,
  type ExportResult,
  type ExportTexts,
} from '../state/slices/story';
import { FAMILY_LOOK } from '../theme/palette';
import { SHAPE_PATHS } from '../theme/shapes';
import { isolate } from './labels';
import { LABEL_FONT } from './style';

/**
 * The picture of the graph that people take away: the current view (as cytoscape draws it) with
 * a header band (dataset title, the step when a story is told, and what is shown: filters,
 * selection), a compact legend and a source line with the date drawn into the image, so a slide
 * or a handout still says what it shows and where it comes from.
 *
 * Size, in CSS pixels of the graph view (width w, height h) times the scale s:
 *   width  = round(w × s)
 *   height = round(h × s) + (HEADER + LEGEND + FOOTER) × s
 * The scale is lowered (and the result says so) when the browser could not draw that large.
 *
 * A fixed frame (EXPORT_FRAMES) is that size exactly, whatever the window: the bands are scaled
 * by width / 1000 and the visible graph is fitted into the rest.
 */
export const EXPORT_BANDS = { header: 84, legend: 136, footer: 32 } as const;

export const EXPORT_BANDS_TOTAL = EXPORT_BANDS.header + EXPORT_BANDS.legend + EXPORT_BANDS.footer;
/** Chromium and Firefox refuse canvases above 32767 px a side; Safari and many GPUs 16384. */
export const MAX_CANVAS_SIDE = 16_384;
/** 16384², the largest canvas area the common browsers draw. */
export const MAX_CANVAS_AREA = 268_435_456;

const INK = '#111827';
const MUTED = '#4b5563';
const BAND = '#f3f4f6';
const RULE = '#d1d5db';

/** The largest scale ≤ requested at which the whole picture fits the browser's canvas limits. */
export function fitScale(requested: number, viewWidth: number, viewHeight: number): number {
  const w = Math.max(1, viewWidth);
  const h = Math.max(1, viewHeight) + EXPORT_BANDS_TOTAL;
  const limit = Math.min(
    MAX_CANVAS_SIDE / w,
    MAX_CANVAS_SIDE / h,
    Math.sqrt(MAX_CANVAS_AREA / (w * h)),
  );
  if (requested <= limit) return requested;
  return Math.floor(limit * 100) / 100;
}

export function exportSize(
  scale: number,
  viewWidth: number,
  viewHeight: number,
): { width: number; height: number; graphHeight: number } {
  const graphHeight = Math.round(viewHeight * scale);
  return {
    width: Math.round(viewWidth * scale),
    height: graphHeight + Math.round(EXPORT_BANDS_TOTAL * scale),
    graphHeight,
  };
}

/** Draws the current view with its header, legend and footer; never resolves an empty file. */
export async function exportPng(cy: Core, request: ExportRequest): Promise<ExportResult> {
  const viewWidth = cy.width();
  const viewHeight = cy.height();
  if (!(viewWidth > 0 && viewHeight > 0)) return { ok: false, reason: 'noGraph' };
  await cameraAtRest(cy);

  const frame = request.frame && request.frame !== 'view' ? EXPORT_FRAMES[request.frame] : null;
  const scale = frame ? frame.width / 1000 : fitScale(request.scale, viewWidth, viewHeight);
  const legendBand = frame && !frame.legend ? 0 : EXPORT_BANDS.legend;
  const { width, height, graphHeight } = frame
    ? {
        width: frame.width,
        height: frame.height,
        graphHeight:
          frame.height -
          Math.round((EXPORT_BANDS.header + legendBand + EXPORT_BANDS.footer) * scale),
      }
    : exportSize(scale, viewWidth, viewHeight);
  const pixelRatio = (typeof window !== 'undefined' && window.devicePixelRatio) || 1;
  try {
    const top = Math.round(EXPORT_BANDS.header * scale);
    const pad = Math.round(24 * scale);
    // A frame shows everything the filters leave (cytoscape's full picture skips hidden
    // elements), fitted into its graph area; otherwise the view as it is on screen.
    // cytoscape multiplies a scale by the device pixel ratio itself: ask for CSS px × scale.
    const graph = await cy.png(
      frame
        ? {
            output: 'blob-promise',
            full: true,
            maxWidth: width - 2 * pad,
            maxHeight: graphHeight - 2 * pad,
            bg: '#ffffff',
          }
        : { output: 'blob-promise', full: false, scale: scale / pixelRatio, bg: '#ffffff' },
    );
    if (!graph || graph.size === 0) return { ok: false, reason: 'empty' };
    const image = await createImageBitmap(graph);

    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return { ok: false, reason: 'failed', detail: 'no 2d context' };
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    if (frame) {
      ctx.drawImage(
        image,
        Math.round((width - image.width) / 2),
        top + Math.round((graphHeight - image.height) / 2),
      );
    } else ctx.drawImage(image, 0, top, width, graphHeight);
    image.close?.();

    ctx.save();
    ctx.scale(scale, scale);
    const w = width / scale;
    drawHeader(ctx, request.texts, w);
    const legendTop = EXPORT_BANDS.header + graphHeight / scale;
    if (legendBand > 0) drawLegend(ctx, request.texts, w, legendTop);
    drawFooter(ctx, request.texts, w, legendTop + legendBand);
    ctx.restore();

    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob || blob.size === 0) return { ok: false, reason: 'empty' };
    return { ok: true, blob, width, height, scale, requested: request.scale };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: (error as Error)?.message ?? String(error) };
  }
}

/** A picture taken mid-animation would show the camera half-way: wait (at most a second). */
async function cameraAtRest(cy: Core): Promise<void> {
  for (let waited = 0; cy.animated() && waited < 1000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const font = (weight: number, size: number) => `${weight} ${size}px "${LABEL_FONT}", sans-serif`;

/**
 * One line of text at the inline start of a box: the canvas gets the line's direction and the
 * text a Unicode isolate (labels.ts), so mixed Arabic and Latin keep their order.
 */
function drawLine(
  ctx: CanvasRenderingContext2D,
  text: string,
  dir: 'ltr' | 'rtl',
  x0: number,
  x1: number,
  y: number,
): void {
  const max = Math.max(0, x1 - x0);
  const fitted = ellipsize(ctx, text, max);
  ctx.direction = dir;
  ctx.textAlign = dir === 'rtl' ? 'right' : 'left';
  ctx.fillText(isolate(fitted, dir), dir === 'rtl' ? x1 : x0, y);
}

function ellipsize(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

function drawHeader(ctx: CanvasRenderingContext2D, texts: ExportTexts, w: number): void {
  const pad = 20;
  ctx.fillStyle = BAND;
  ctx.fillRect(0, 0, w, EXPORT_BANDS.header);
  ctx.fillStyle = RULE;
  ctx.fillRect(0, EXPORT_BANDS.header - 1, w, 1);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK;
  ctx.font = font(600, 20);
  const lines = [texts.subtitle, texts.shown].filter(Boolean);
  drawLine(ctx, texts.title, texts.dir, pad, w - pad, lines.length === 2 ? 28 : 36);
  ctx.fillStyle = MUTED;
  ctx.font = font(400, 14);
  lines.forEach((line, i) => {
    drawLine(ctx, line, texts.dir, pad, w - pad, (lines.length === 2 ? 50 : 60) + i * 21);
  });
}

function drawFooter(
  ctx: CanvasRenderingContext2D,
  texts: ExportTexts,
  w: number,
  top: number,
): void {
  ctx.fillStyle = RULE;
  ctx.fillRect(0, top, w, 1);
  ctx.fillStyle = MUTED;
  ctx.font = font(400, 12);
  ctx.textBaseline = 'alphabetic';
  drawLine(ctx, texts.footer, texts.dir, 20, w - 20, top + 21);
}

type Swatch = (ctx: CanvasRenderingContext2D, cx: number, cy: number) => void;

interface Column {
  heading: string;
  items: { swatch: Swatch; label: string }[];
}

/** Kinds (in two columns), relation families and evidence status, each with its mark. */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  texts: ExportTexts,
  w: number,
  top: number,
): void {
  const { kinds, families, status, rings, ownLook, colorKey } = texts.legend;
  // The rings the canvas draws are part of the key too (style.ts: unnamed sources, armed groups).
  const kindItems = [
    ...kinds.items.map((item) => ({
      swatch: kindSwatch(item.shape, item.color),
      label: item.label,
    })),
    ...(ownLook ? [{ swatch: ownLookSwatch, label: ownLook }] : []),
    ...(rings.unnamed
      ? [{ swatch: ringSwatch('#CC79A7', [3, 2], true), label: rings.unnamed }]
      : []),
    ...(rings.armed ? [{ swatch: ringSwatch('#D55E00', [], false), label: rings.armed }] : []),
  ];
  // Coloured by an attribute: the colours mean its values, so they take the kinds' place.
  const keyItems = colorKey
    ? colorKey.items
        .slice(0, 10)
        .map((item) => ({ swatch: dotSwatch(item.color), label: item.label }))
    : kindItems;
  const half = Math.ceil(keyItems.length / 2);
  const columns: Column[] = [
    { heading: colorKey?.heading ?? kinds.heading, items: keyItems.slice(0, half) },
    { heading: '', items: keyItems.slice(half) },
    {
      heading: families.heading,
      items: families.items.map((item) => ({
        swatch: lineSwatch(FAMILY_LOOK[item.family as RelationFamily]?.color ?? MUTED, []),
        label: item.label,
      })),
    },
    {
      heading: status.heading,
      items: status.items.map((item) => ({
        swatch: lineSwatch(
          '#374151',
          { reported: [], claimed: [6, 4], disputed: [2, 3], unsourced: [2, 5] }[item.status],
        ),
        label: item.label,
      })),
    },
  ];

  ctx.fillStyle = RULE;
  ctx.fillRect(0, top, w, 1);
  const pad = 16;
  const columnWidth = (w - 2 * pad) / columns.length;
  const rtl = texts.dir === 'rtl';
  const swatchWidth = 30;
  // One label size for the whole key, the largest (≤ 12 px, ≥ 9 px) at which every label fits
  // its column, so "Membership / affiliation" is not cut; only below 9 px is a label shortened.
  ctx.font = font(400, 12);
  const widest = Math.max(
    ...columns.flatMap((column) => column.items.map((item) => ctx.measureText(item.label).width)),
  );
  const room = columnWidth - 8 - swatchWidth - 6;
  const labelSize = Math.max(9, Math.min(12, Math.floor((12 * room) / Math.max(1, widest))));
  columns.forEach((column, i) => {
    // Columns run in reading order: from the right in Arabic.
    const x0 = rtl ? w - pad - (i + 1) * columnWidth : pad + i * columnWidth;
    const x1 = x0 + columnWidth - 8;
    ctx.fillStyle = MUTED;
    ctx.font = font(600, 12);
    if (column.heading) drawLine(ctx, column.heading, texts.dir, x0, x1, top + 24);
    column.items.slice(0, 5).forEach((item, row) => {
      const y = top + 44 + row * 19;
      const swatchCentre = rtl ? x1 - swatchWidth / 2 : x0 + swatchWidth / 2;
      ctx.save();
      item.swatch(ctx, swatchCentre, y - 4);
      ctx.restore();
      ctx.fillStyle = INK;
      ctx.font = font(400, labelSize);
      drawLine(
        ctx,
        item.label,
        texts.dir,
        rtl ? x0 : x0 + swatchWidth + 6,
        rtl ? x1 - swatchWidth - 6 : x1,
        y,
      );
    });
  });
}

/** A kind's shape, from the same paths as the on-screen legend (theme/shapes.ts). */
function kindSwatch(shape: NodeShape, color: string): Swatch {
  return (ctx, x, y) => {
    ctx.fillStyle = color;
    ctx.translate(x - 8, y - 8);
    ctx.scale(0.8, 0.8);
    ctx.fill(new Path2D(SHAPE_PATHS[shape]));
  };
}

/** Two dots of other colours: some elements keep the colours their file gave them. */
const ownLookSwatch: Swatch = (ctx, x, y) => {
  ctx.fillStyle = '#E69F00';
  ctx.beginPath();
  ctx.arc(x - 4, y + 2, 4, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = '#56B4E9';
  ctx.beginPath();
  ctx.arc(x + 4, y - 2, 5, 0, 2 * Math.PI);
  ctx.fill();
};

function dotSwatch(color: string): Swatch {
  return (ctx, x, y) => {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.arc(x, y, 6, 0, 2 * Math.PI);
    ctx.fill();
  };
}

/** A node ring: dashed and translucent for unnamed sources, solid red for armed groups. */
function ringSwatch(color: string, dash: number[], hollow: boolean): Swatch {
  return (ctx, x, y) => {
    ctx.beginPath();
    ctx.arc(x, y, 7, 0, 2 * Math.PI);
    ctx.fillStyle = hollow ? `${color}40` : '#009E73';
    ctx.fill();
    ctx.strokeStyle = color;
    ctx.lineWidth = 2.5;
    ctx.setLineDash(dash);
    ctx.stroke();
  };
}

function lineSwatch(color: string, dash: number[]): Swatch {
  return (ctx, x, y) => {
    ctx.strokeStyle = color;
    ctx.lineWidth = 2.5;
    ctx.setLineDash(dash);
    ctx.beginPath();
    ctx.moveTo(x - 13, y);
    ctx.lineTo(x + 13, y);
    ctx.stroke();
  };
}
