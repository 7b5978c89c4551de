import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphIndex } from '../model/graph-index';
import type { Lang } from '../model/schema';
import { canvasLabel } from './labels';
import { FAMILY_LOOK } from '../theme/palette';
import { entityLookOf } from '../model/kinds';
import type { Appearance } from '../model/appearance';
import { parallelBundles } from '../model/bundles';
import { claimantNames } from '../model/details';

const DIR = { ar: 'rtl', en: 'ltr' } as const;

/**
 * Model + language → cytoscape elements. Data stays flat and primitive (labels already resolved
 * and isolated) so syncElements patches only what changed. Made again when the dataset or the
 * language changes (with `cache`, only for what changed: ElementCache); selection and filters
 * are classes applied by the bridge.
 */
export function toElements(
  index: GraphIndex,
  lang: Lang,
  words: ClaimWords,
  appearance: Appearance = {},
  cache?: ElementCache,
): ElementDefinition[] {
  const nodeCache = cacheRound(cache?.nodes);
  const edgeCache = cacheRound(cache?.edges);
  const nodes: ElementDefinition[] = index.data.entities.map((entity) => {
    const look = entityLookOf(index.data, entity);
    // Colour or size by data (model/appearance.ts) wins over the look when the reader chose it.
    const color = appearance.colors?.get(entity.id) ?? look.color;
    const size = appearance.sizes?.get(entity.id) ?? look.size;
    const parent =
      entity.parent !== undefined && index.entities.has(entity.parent) ? entity.parent : undefined;
    const make = (): ElementDefinition => ({
      group: 'nodes',
      data: {
        id: entity.id,
        label: canvasLabel(entity.label[lang], DIR[lang]),
        kind: entity.kind,
        subkind: entity.subkind ?? '',
        color,
        shape: look.shape,
        size,
        // A group is drawn around its members (style.ts: node:parent).
        ...(parent !== undefined ? { parent } : {}),
      },
      ...(entity.position ? { position: { ...entity.position } } : {}),
      classes: nodeClasses(entity.kind, entity.subkind),
    });
    return reuse(nodeCache, entity.id, [entity, lang, color, look.shape, size, parent], make);
  });
  // Groups before their members: cytoscape needs a parent to exist when a child is added.
  if (nodes.some((node) => node.data.parent !== undefined)) {
    const depth = (id: string) => {
      let n = 0;
      const seen = new Set<string>();
      for (
        let p = index.entities.get(id)?.parent;
        p && !seen.has(p);
        p = index.entities.get(p)?.parent
      ) {
        seen.add(p);
        n++;
      }
      return n;
    };
    const depths = new Map(
      nodes.map((node) => [node.data.id as string, depth(node.data.id as string)]),
    );
    nodes.sort(
      (a, b) => (depths.get(a.data.id as string) ?? 0) - (depths.get(b.data.id as string) ?? 0),
    );
  }
  const bundles = parallelBundles(index);
  const edges: ElementDefinition[] = [];
  for (const edge of index.edges) {
    if (bundles.hidden.has(edge.id)) continue;
    const bundle = bundles.groupOf.get(edge.id)?.length ?? 0;
    const relation = edge.kind === 'relation' ? index.relations.get(edge.refId) : undefined;
    // What the line is made of: its relation or claim (its ends, evidence and own look), its
    // type's words and the names of who claims it, as the same objects when nothing changed.
    const deps = [
      lang,
      words,
      bundle,
      relation ?? index.claims.get(edge.refId),
      relation && index.relationTypes.get(relation.type),
      ...edge.claimants.map((id) => index.entities.get(id)),
    ];
    edges.push(
      reuse(edgeCache, edge.id, deps, () => {
        const label = edgeLabel(index, edge, lang, words);
        const own = relation?.look;
        const per = bundle ? '' : attributionLine(index, edge, lang, words);
        return {
          group: 'edges',
          data: {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            family: edge.family,
            status: edge.status,
            edgeKind: edge.kind,
            color: own?.color ?? FAMILY_LOOK[edge.family].color,
            ...(own?.width !== undefined ? { width: own.width } : {}),
            arrow: edge.directed && !bundle ? FAMILY_LOOK[edge.family].arrow : 'none',
            // A bundle says how many lines it stands for, always (style.ts: edge.bundle).
            // Who claims it travels with the line: drawn whenever the line's label is.
            label: [
              canvasLabel(bundle ? `${label} ×${bundle}` : label, DIR[lang], 28),
              per && canvasLabel(per, DIR[lang], 28),
            ]
              .filter(Boolean)
              .join('\n'),
            ...(bundle ? { bundle: canvasLabel(`×${bundle}`, DIR[lang]) } : {}),
          },
          classes: `family-${edge.family} status-${edge.status} edge-${edge.kind}${bundle ? ' bundle' : ''}${own?.width !== undefined ? ' own-width' : ''}`,
        };
      }),
    );
  }
  if (cache) {
    cache.nodes = nodeCache.next;
    cache.edges = edgeCache.next;
  }
  return [...nodes, ...edges];
}

/**
 * The definitions made last time, by id, with what each was made of. The dataset is patched
 * with structural sharing (model/edit), so after an edit every entity, relation, claim and type
 * it did not touch is the same object: their definitions are reused as the same objects, which
 * syncElements then passes over (an edit maps and patches what it touched, not 15,000 lines).
 */
export interface ElementCache {
  nodes: Map<string, Made>;
  edges: Map<string, Made>;
}

interface Made {
  deps: readonly unknown[];
  definition: ElementDefinition;
}

export function createElementCache(): ElementCache {
  return { nodes: new Map(), edges: new Map() };
}

/** One mapping's use of a cache: what it reads from the last round, what it keeps for the next. */
function cacheRound(last: Map<string, Made> | undefined) {
  return { last, next: new Map<string, Made>() };
}

function reuse(
  round: ReturnType<typeof cacheRound>,
  id: string,
  deps: readonly unknown[],
  make: () => ElementDefinition,
): ElementDefinition {
  if (!round.last) return make();
  const made = round.last.get(id);
  const definition =
    made && made.deps.length === deps.length && made.deps.every((dep, i) => dep === deps[i])
      ? made.definition
      : make();
  round.next.set(id, { deps, definition });
  return definition;
}

function nodeClasses(kind: string, subkind: string | undefined): string {
  const classes = [`kind-${kind}`];
  if (subkind) classes.push(`sub-${subkind}`);
  return classes.join(' ');
}

/**
 * The words drawn on lines, already translated (they come from i18next): what claim lines say,
 * and the attribution line ("per …") of lines someone claims.
 */
export type ClaimWords = Record<Exclude<GraphEdge['kind'], 'relation'>, string> & {
  /** "per Joseph Epstein": a line only someone claims. */
  per?: (names: string) => string;
  /** "reported; also claimed by …": a line the source reports and someone also claims. */
  alsoPer?: (names: string) => string;
  /** Between two claimants' names. */
  separator?: string;
};

/**
 * Whose word a line is, as drawn beside it: the claimants, by name, except the claimant a claim
 * line already starts from. Empty for a line only the source reports.
 */
export function attributionLine(
  index: GraphIndex,
  edge: GraphEdge,
  lang: Lang,
  words: ClaimWords,
): string {
  const shown =
    edge.kind === 'claims' ? edge.claimants.filter((id) => id !== edge.source) : edge.claimants;
  if (shown.length === 0) return '';
  const names = claimantNames(index, shown, lang, words.separator ?? ', ');
  const phrase = edge.status === 'claimed' ? words.per : words.alsoPer;
  return phrase ? phrase(names) : '';
}

/** What the line says, drawn when it is highlighted. */
export function edgeLabel(
  index: GraphIndex,
  edge: GraphEdge,
  lang: Lang,
  words: ClaimWords,
): string {
  if (edge.kind === 'relation') {
    const relation = index.relations.get(edge.refId);
    const type = relation && index.relationTypes.get(relation.type);
    return type ? type.label[lang] : '';
  }
  return words[edge.kind];
}
