import type { EntityKind, RelationFamily } from '../model/schema';

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and every
 * kind also has its own shape so colour is never the only cue.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#6B7280',
} as const;

export interface KindLook {
  shape: string;
  color: string;
  /** Text colour on top of the colour (for the legend swatch). */
  ink: string;
  size: number;
}

export const KIND_LOOK: Record<EntityKind, KindLook> = {
  country: { shape: 'ellipse', color: OKABE_ITO.blue, ink: '#fff', size: 46 },
  organization: { shape: 'round-rectangle', color: OKABE_ITO.green, ink: '#fff', size: 38 },
  person: { shape: 'ellipse', color: OKABE_ITO.purple, ink: '#111', size: 30 },
  interest: { shape: 'diamond', color: OKABE_ITO.orange, ink: '#111', size: 30 },
  place: { shape: 'hexagon', color: OKABE_ITO.sky, ink: '#111', size: 34 },
  asset: { shape: 'barrel', color: OKABE_ITO.yellow, ink: '#111', size: 32 },
  event: { shape: 'star', color: OKABE_ITO.grey, ink: '#fff', size: 36 },
};

export interface FamilyLook {
  color: string;
  arrow: string;
}

export const FAMILY_LOOK: Record<RelationFamily, FamilyLook> = {
  cooperation: { color: OKABE_ITO.green, arrow: 'triangle' },
  hostility: { color: OKABE_ITO.vermillion, arrow: 'tee' },
  proxy: { color: OKABE_ITO.purple, arrow: 'chevron' },
  membership: { color: '#4B5563', arrow: 'circle' },
  claim: { color: OKABE_ITO.orange, arrow: 'vee' },
  other: { color: '#9CA3AF', arrow: 'triangle' },
};
