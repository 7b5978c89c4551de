import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphIndex } from '../model/graph-index';
import type { Lang } from '../model/schema';
import { canvasLabel } from './labels';
import { FAMILY_LOOK, KIND_LOOK } from '../theme/palette';
import { parallelBundles } from '../model/bundles';

const DIR = { ar: 'rtl', en: 'ltr' } as const;

/**
 * Model + language → cytoscape elements. Data stays flat and primitive (labels already resolved
 * and isolated) so react-cytoscapejs's shallow diff patches only what changed. Rebuilt only when
 * the dataset or the language changes; selection and filters are classes applied by the bridge.
 */
export function toElements(index: GraphIndex, lang: Lang, words: ClaimWords): ElementDefinition[] {
  const nodes: ElementDefinition[] = index.data.entities.map((entity) => {
    const look = KIND_LOOK[entity.kind];
    return {
      group: 'nodes',
      data: {
        id: entity.id,
        label: canvasLabel(entity.label[lang], DIR[lang]),
        kind: entity.kind,
        subkind: entity.subkind ?? '',
        color: look.color,
        shape: look.shape,
        size: look.size,
      },
      ...(entity.position ? { position: { ...entity.position } } : {}),
      classes: nodeClasses(entity.kind, entity.subkind),
    };
  });
  const bundles = parallelBundles(index);
  const edges: ElementDefinition[] = [];
  for (const edge of index.edges) {
    if (bundles.hidden.has(edge.id)) continue;
    const bundle = bundles.groupOf.get(edge.id)?.length ?? 0;
    const label = edgeLabel(index, edge, lang, words);
    edges.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        family: edge.family,
        status: edge.status,
        edgeKind: edge.kind,
        color: FAMILY_LOOK[edge.family].color,
        arrow: edge.directed && !bundle ? FAMILY_LOOK[edge.family].arrow : 'none',
        // A bundle says how many lines it stands for, always (style.ts: edge.bundle).
        label: canvasLabel(bundle ? `${label} ×${bundle}` : label, DIR[lang], 28),
        ...(bundle ? { bundle: canvasLabel(`×${bundle}`, DIR[lang]) } : {}),
      },
      classes: `family-${edge.family} status-${edge.status} edge-${edge.kind}${bundle ? ' bundle' : ''}`,
    });
  }
  return [...nodes, ...edges];
}

function nodeClasses(kind: string, subkind: string | undefined): string {
  const classes = [`kind-${kind}`];
  if (subkind) classes.push(`sub-${subkind}`);
  return classes.join(' ');
}

/** The words drawn on claim lines, already translated (they come from i18next). */
export type ClaimWords = Record<Exclude<GraphEdge['kind'], 'relation'>, string>;

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
