import type { RelationFamily } from '../model/schema';

import { OKABE_ITO } from '../model/kinds';

export { OKABE_ITO };

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
