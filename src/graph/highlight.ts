import type { Core, EdgeCollection, NodeCollection, SingularElementArgument } from 'cytoscape';
import type { Visible } from '../model/filters';
import type { Path } from '../model/paths';
import type { StepFocus } from '../model/story';
import type { Selection } from '../state/slices/selection';

/**
 * Selection and paths as classes, applied in one batch: what matters stands out, everything else
 * fades. Never rebuilds elements, never re-runs a layout. A path query, when it has results,
 * takes the emphasis; the selected element keeps its ring. A story step's focus, when given,
 * wins over both: its elements stand out (lines labelled) and everything else fades.
 */
/**
 * Fading everything else restyles every element; past this many entities that costs seconds
 * (npm run bench: 3.9 s from click to details at 20,000), so large graphs only mark what stands
 * out and leave the rest as it is.
 */
export const FADE_LIMIT = 1000;

export function applyEmphasis(
  cy: Core,
  selection: Selection,
  paths: Path[] | null,
  storyFocus: StepFocus | null = null,
): void {
  const fade = cy.nodes().length < FADE_LIMIT;
  cy.batch(() => {
    // Only the elements that carry a state class, not every element of a large graph.
    cy.elements('.selected, .focus, .faded, .on-path, .story-focus').removeClass(
      'selected focus focus-quiet faded on-path story-focus',
    );
    const target = selection ? cy.getElementById(selection.id) : null;
    if (target && target.nonempty()) target.addClass('selected');
    if (storyFocus) {
      const inFocus = cy
        .elements()
        .filter((el) => storyFocus.nodes.has(el.id()) || storyFocus.edges.has(el.id()));
      inFocus.addClass('story-focus');
      inFocus.edges().addClass('focus');
      if (fade) cy.elements().not(inFocus).not('.selected').addClass('faded');
      return;
    }
    if (paths && paths.length > 0) {
      const ids = pathElementIds(paths);
      const onPath = cy.elements().filter((el) => ids.has(el.id()));
      onPath.addClass('on-path');
      if (fade) cy.elements().not(onPath).addClass('faded');
      return;
    }
    if (!selection || !target || target.empty()) return;
    const keep =
      selection.type === 'node'
        ? target.closedNeighborhood()
        : target.union(target.connectedNodes());
    // A hub's thirty labels ("concerns · per Unnamed political source") pile into one unreadable
    // knot: past a few lines they are highlighted without labels. Each says who claims it when
    // selected, and the details list them all with their claimants.
    const lines = keep.edges();
    lines.addClass(lines.length > LABELLED_LINES ? 'focus focus-quiet' : 'focus');
    if (fade) cy.elements().not(keep).addClass('faded');
  });
}

/** A selected entity's lines are labelled on the canvas when it has at most this many. */
export const LABELLED_LINES = 8;

/** Rendered size, in px, below which a highlighted line's label (and its "per …") is enlarged. */
export const READABLE_EDGE_LABEL = 11;
/**
 * The same for the names of the entities a story step is about: read from the back of a room,
 * on a projector at 1× (a 13 px label at zoom 0.7 is 9 px there).
 */
export const READABLE_STORY_LABEL = 16;
/** The lines a story step is about: their "per …" is the step's attribution, read from the room. */
export const READABLE_STORY_EDGE_LABEL = 14;
const NODE_FONT = 13;
const EDGE_FONT = 11;
/**
 * A phone is read at arm's length, not from the back of a room, and its graph is a strip a few
 * hundred pixels wide: the room's sizes there pile every focused label onto the next.
 */
const SMALL_CANVAS = 600;
const SMALL_CANVAS_SIZES = { edge: 10, storyEdge: 10, storyNode: 12 };

function readableSizes(cy: Core): { edge: number; storyEdge: number; storyNode: number } {
  if (cy.width() < SMALL_CANVAS) return SMALL_CANVAS_SIZES;
  return {
    edge: READABLE_EDGE_LABEL,
    storyEdge: READABLE_STORY_EDGE_LABEL,
    storyNode: READABLE_STORY_LABEL,
  };
}

/** The highlighted lines and story entities of each graph, found once per emphasis. */
const highlighted = new WeakMap<
  Core,
  { edges: EdgeCollection; storyEdges: EdgeCollection; nodes: NodeCollection }
>();

/**
 * The label of a highlighted line says who claims it, and a story step names what it is about:
 * both must be readable whatever the zoom. Below their readable size on screen they get a
 * larger font (a bypass, removed when they are no longer highlighted). Call after emphasis
 * changes.
 */
export function keepEdgeLabelsReadable(cy: Core): void {
  const previous = highlighted.get(cy);
  const storyEdges = cy.edges('.story-focus');
  const edges = cy.edges('.focus, .selected, .on-path').difference(storyEdges);
  const nodes = cy.nodes('.story-focus');
  cy.batch(() => {
    previous?.edges.difference(edges).difference(storyEdges).removeStyle('font-size');
    previous?.storyEdges.difference(storyEdges).difference(edges).removeStyle('font-size');
    previous?.nodes.difference(nodes).removeStyle('font-size');
  });
  // Past 200 a step is a whole-graph view: resizing on every zoom frame would cost more than it reads.
  highlighted.set(cy, {
    edges: edges.length > 200 ? cy.collection() : edges,
    storyEdges: storyEdges.length > 200 ? cy.collection() : storyEdges,
    nodes: nodes.length > 200 ? cy.collection() : nodes,
  });
  edgeLabelsZoomed(cy);
}

/** On zoom: resizes only what keepEdgeLabelsReadable found (nothing on a plain graph). */
export function edgeLabelsZoomed(cy: Core): void {
  const found = highlighted.get(cy);
  if (!found || (found.edges.empty() && found.storyEdges.empty() && found.nodes.empty())) return;
  const zoom = cy.zoom();
  const size = (font: number, readable: number) =>
    zoom * font < readable ? readable / zoom : null;
  const readable = readableSizes(cy);
  const edgeSize = size(EDGE_FONT, readable.edge);
  const storyEdgeSize = size(EDGE_FONT, readable.storyEdge);
  const nodeSize = size(NODE_FONT, readable.storyNode);
  const resize = (all: EdgeCollection | NodeCollection, font: number | null) => {
    if (font === null) all.removeStyle('font-size');
    else all.style('font-size', font);
  };
  cy.batch(() => {
    resize(found.edges, edgeSize);
    resize(found.storyEdges, storyEdgeSize);
    resize(found.nodes, nodeSize);
  });
}

/** Every entity and line on any of the paths. */
export function pathElementIds(paths: readonly Path[]): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    path.entities.forEach((id) => ids.add(id));
    path.steps.forEach((step) => ids.add(step.edge.id));
  }
  return ids;
}

/**
 * Filters as a class: hidden elements keep their positions and come back where they were. In
 * 'fade' mode (Kumu's showcase) what is left out stays in place, faded, instead of removed.
 */
export function applyVisibility(
  cy: Core,
  visible: Visible | null,
  mode: 'hide' | 'fade' = 'hide',
): void {
  const outClass = mode === 'fade' ? 'filtered-out' : 'hidden';
  const otherClass = mode === 'fade' ? 'hidden' : 'filtered-out';
  cy.batch(() => {
    cy.elements(`.${otherClass}`).removeClass(otherClass);
    if (!visible) {
      cy.elements(`.${outClass}`).removeClass(outClass);
      return;
    }
    // Only what changes: cytoscape's toggleClass restyles every element it is given, whether its
    // class changed or not (15,000 restyled for one kind turned off at 5,000 entities).
    const all = cy.elements();
    const shown = (element: SingularElementArgument) =>
      (element.isNode() ? visible.entities : visible.edges).has(element.id());
    all.filter((element) => !shown(element) && !element.hasClass(outClass)).addClass(outClass);
    all.filter((element) => shown(element) && element.hasClass(outClass)).removeClass(outClass);
  });
}

/** The elements the filters leave, for framing (all of them when nothing is filtered). */
export function shownElementIds(cy: Core, visible: Visible | null): Set<string> {
  if (!visible) return new Set(cy.elements().map((el) => el.id()));
  return new Set([...visible.entities, ...visible.edges]);
}

export function applyHover(cy: Core, id: string | null, previous: string | null): void {
  if (previous) cy.getElementById(previous).removeClass('hovered');
  if (id) cy.getElementById(id).addClass('hovered');
}
