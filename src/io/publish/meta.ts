/** Where a published website names its default graph and language (src/app/bootstrap.ts). */
export const META_GRAPH = 'relgraph:graph';
export const META_LANG = 'relgraph:lang';
