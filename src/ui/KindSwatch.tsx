import type { NodeShape } from '../model/schema';
import { SHAPE_PATHS } from '../theme/shapes';

/** A kind's shape and colour as a small SVG, matching the canvas (legend, filters). */
export function KindSwatch({
  shape,
  color,
  size = 20,
}: {
  shape: NodeShape;
  color: string;
  size?: number;
}) {
  return (
    <svg viewBox="0 0 20 20" width={size} height={size} aria-hidden="true" fill={color}>
      <path d={SHAPE_PATHS[shape]} />
    </svg>
  );
}
