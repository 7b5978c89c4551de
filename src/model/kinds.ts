/**
 * The kinds of entity a dataset uses, in one place: the seven built-in kinds when the dataset
 * declares none, its own `entityKinds` otherwise. Every surface that names, draws, groups or
 * filters kinds (canvas, legend, filters, PNG key, layouts, exports) reads them from here.
 */
import {
  ENTITY_KINDS,
  SUBKINDS,
  type Bilingual,
  type Dataset,
  type Entity,
  type EntityLook,
  type NodeShape,
} from './schema';

export interface KindInfo {
  id: string;
  /** The dataset's own name for it; built-in kinds are named by the UI's translations. */
  label?: Bilingual;
  shape: NodeShape;
  color: string;
  size: number;
  subkinds: readonly string[];
  builtin: boolean;
}

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and every
 * built-in kind also has its own shape so colour is never the only cue.
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

/**
 * Twelve distinguishable colours for categories that come with data (a file's own kinds, the
 * values of an attribute): Okabe–Ito first, then Paul Tol's muted scheme.
 */
export const CATEGORY_COLORS: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#332288',
  '#88CCEE',
  '#117733',
  '#AA4499',
  '#999933',
];

const BUILTIN_LOOK: Record<
  (typeof ENTITY_KINDS)[number],
  Omit<KindInfo, 'id' | 'subkinds' | 'builtin'>
> = {
  country: { shape: 'ellipse', color: OKABE_ITO.blue, size: 46 },
  organization: { shape: 'round-rectangle', color: OKABE_ITO.green, size: 38 },
  person: { shape: 'ellipse', color: OKABE_ITO.purple, size: 30 },
  interest: { shape: 'diamond', color: OKABE_ITO.orange, size: 30 },
  place: { shape: 'hexagon', color: OKABE_ITO.sky, size: 34 },
  asset: { shape: 'barrel', color: OKABE_ITO.yellow, size: 32 },
  event: { shape: 'star', color: OKABE_ITO.grey, size: 36 },
};

export const BUILTIN_KINDS: readonly KindInfo[] = ENTITY_KINDS.map((id) => ({
  id,
  ...BUILTIN_LOOK[id],
  subkinds: SUBKINDS[id],
  builtin: true,
}));

export const DEFAULT_KIND_SIZE = 34;

/**
 * The one kind an imported file gets when it has no categories of its own: neutral, so a Gephi
 * graph is not presented as a graph of "organizations".
 */
export const NEUTRAL_KIND: Readonly<{
  id: string;
  label: Readonly<Bilingual>;
  shape: NodeShape;
  color: string;
}> = {
  id: 'node',
  label: { ar: 'كيان', en: 'Entity' },
  shape: 'ellipse',
  color: '#8A94A6',
};

/**
 * The built-in kinds' names, for data that must carry them (kinds declared by an importer
 * next to the file's own); the UI's words are in the i18n `kinds` section, kept equal by a test.
 */
export const BUILTIN_KIND_LABELS: Readonly<Record<(typeof ENTITY_KINDS)[number], Bilingual>> = {
  country: { ar: 'دولة', en: 'Country' },
  organization: { ar: 'منظمة', en: 'Organization' },
  person: { ar: 'شخص', en: 'Person' },
  interest: { ar: 'مصلحة مُدّعاة', en: 'Claimed interest' },
  place: { ar: 'مكان', en: 'Place' },
  asset: { ar: 'أصل', en: 'Asset' },
  event: { ar: 'حدث', en: 'Event' },
};

const cache = new WeakMap<object, Map<string, KindInfo>>();

/** The dataset's kinds by id, in the order it declares them. */
export function kindMap(data: Pick<Dataset, 'entityKinds'>): ReadonlyMap<string, KindInfo> {
  let map = cache.get(data);
  if (!map) {
    const list = data.entityKinds
      ? data.entityKinds.map((kind): KindInfo => ({
          id: kind.id,
          label: kind.label,
          shape: kind.shape,
          color: kind.color,
          size: kind.size ?? DEFAULT_KIND_SIZE,
          // A declared kind that reuses a built-in id keeps the built-in subkinds unless it lists its own.
          subkinds:
            kind.subkinds ??
            ((ENTITY_KINDS as readonly string[]).includes(kind.id)
              ? SUBKINDS[kind.id as (typeof ENTITY_KINDS)[number]]
              : []),
          builtin: false,
        }))
      : BUILTIN_KINDS;
    map = new Map(list.map((kind) => [kind.id, kind]));
    cache.set(data, map);
  }
  return map;
}

export function kindsOf(data: Pick<Dataset, 'entityKinds'>): KindInfo[] {
  return [...kindMap(data).values()];
}

const UNKNOWN: KindInfo = {
  id: '',
  shape: 'ellipse',
  color: NEUTRAL_KIND.color,
  size: DEFAULT_KIND_SIZE,
  subkinds: [],
  builtin: false,
};

/** A kind by id; an undeclared id (only in data that failed validation) gets a neutral look. */
export function kindInfo(data: Pick<Dataset, 'entityKinds'>, id: string): KindInfo {
  return kindMap(data).get(id) ?? { ...UNKNOWN, id };
}

/** The kinds that entities actually use, in the dataset's order: what a legend lists. */
export function kindsInUse(data: Pick<Dataset, 'entityKinds' | 'entities'>): KindInfo[] {
  const used = new Set(data.entities.map((entity) => entity.kind));
  return kindsOf(data).filter((kind) => used.has(kind.id));
}

export interface ResolvedLook {
  color: string;
  shape: NodeShape;
  size: number;
  /** True when the entity's own look differs from its kind's (the legend says so). */
  own: boolean;
}

/** How an entity is drawn: its own look where its author chose one, its kind's otherwise. */
export function entityLookOf(data: Pick<Dataset, 'entityKinds'>, entity: Entity): ResolvedLook {
  const kind = kindInfo(data, entity.kind);
  const look: EntityLook = entity.look ?? {};
  return {
    color: look.color ?? kind.color,
    shape: look.shape ?? kind.shape,
    size: look.size ?? kind.size,
    own: look.color !== undefined || look.shape !== undefined || look.size !== undefined,
  };
}
