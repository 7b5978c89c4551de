/**
 * Limits that protect the page. Each is stated in the README ("Limits") and each, when it bites,
 * says so in both languages: what was limited and how to see the rest. Sized on this project's
 * 2-core machines: 20,000 entities still open (slowly) and pan smoothly; far beyond, cytoscape
 * and the heap give out long before a reader could use the picture.
 */

/** More entities than this, and the dataset is refused before validation (it would freeze). */
export const MAX_ENTITIES = 20_000;

/** More relations + claims than this, and the dataset is refused before validation. */
export const MAX_RELATIONS = 50_000;

/** The problem report stops collecting here and says how many more there are. */
export const MAX_PROBLEMS = 1_000;

/**
 * More relations than this between the same two entities are drawn as one bundled line with a
 * count (cytoscape lays parallel edges out in quadratic time); the details list them all.
 */
export const MAX_PARALLEL_DRAWN = 5;

/** Labels longer than this (in characters) are shortened for drawing, never in the data. */
export const MAX_DRAWN_LABEL = 120;
