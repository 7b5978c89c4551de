import type { NodeShape } from '../model/schema';

/**
 * The look registry for node shapes: one SVG path per cytoscape shape, in a 20×20 box centred
 * on (10, 10). The legend and the filter swatches draw it as SVG, the PNG key through Path2D,
 * so a shape added to NODE_SHAPES is drawn the same way everywhere once it is added here.
 */
export const SHAPE_PATHS: Record<NodeShape, string> = {
  ellipse: 'M10 2a8 8 0 1 0 0.001 0Z',
  'round-rectangle': 'M5 4h10a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3Z',
  rectangle: 'M3 4h14v12H3Z',
  diamond: 'M10 1L19 10L10 19L1 10Z',
  triangle: 'M10 2L19 18H1Z',
  pentagon: 'M10 1.5L18.5 7.7L15.3 17.5H4.7L1.5 7.7Z',
  hexagon: 'M5 2H15L19 10L15 18H5L1 10Z',
  octagon: 'M6.5 1.5H13.5L18.5 6.5V13.5L13.5 18.5H6.5L1.5 13.5V6.5Z',
  barrel: 'M8 3h4a5 5 0 0 1 5 5v4a5 5 0 0 1-5 5H8a5 5 0 0 1-5-5V8a5 5 0 0 1 5-5Z',
  star: 'M10 1L12.5 7.5H19L14 12L16 19L10 15L4 19L6 12L1 7.5H7.5Z',
};

/** Text colour readable on top of a fill (WCAG relative luminance). */
export function inkOn(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance > 0.4 ? '#111' : '#fff';
}
