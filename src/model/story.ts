/**
 * Stories: an author's walk through the graph, one step at a time. Pure functions for moving
 * between steps (always clamped to the story) and for what a step puts in focus, so the store,
 * the graph and the presenter agree on it.
 */
import { claimEdgeId, type GraphIndex } from './graph-index';
import type { Evidence, Story, StoryStep } from './schema';

/** Where a reader is in a story; `step` is 0-based (the URL shows it 1-based). */
export interface StoryPosition {
  id: string;
  step: number;
}

export type StoryMove = 'next' | 'prev' | 'first' | 'last' | { to: number };

/** A step number forced into 0 … count − 1 (0 for an empty story; NaN counts as 0). */
export function clampStep(step: number, count: number): number {
  if (count <= 0 || !Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), count - 1);
}

/** The step after a move, never past either end. */
export function moveStep(step: number, move: StoryMove, count: number): number {
  if (move === 'next') return clampStep(step + 1, count);
  if (move === 'prev') return clampStep(step - 1, count);
  if (move === 'first') return 0;
  if (move === 'last') return clampStep(count - 1, count);
  return clampStep(move.to, count);
}

export function findStory(index: GraphIndex | null, id: string): Story | undefined {
  return index?.data.stories.find((story) => story.id === id);
}

export function storyStep(index: GraphIndex | null, position: StoryPosition | null) {
  if (!position) return undefined;
  const story = findStory(index, position.id);
  return story?.steps[clampStep(position.step, story.steps.length)];
}

/** Ids of the graph elements a step is about. */
export interface StepFocus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * A step's focus as drawn elements: an entity is its node; a relation its line and both ends; a
 * claim all of its lines (claims, would benefit, concerns) and the entities they join.
 */
export function stepFocus(index: GraphIndex, step: Pick<StoryStep, 'focus'>): StepFocus {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const addEdge = (id: string) => {
    const edge = index.edgeById.get(id);
    if (!edge) return;
    edges.add(edge.id);
    nodes.add(edge.source);
    nodes.add(edge.target);
  };
  for (const id of step.focus) {
    if (index.entities.has(id)) nodes.add(id);
    else if (index.relations.has(id)) addEdge(id);
    else if (index.claims.has(id)) {
      for (const edge of index.edges)
        if (edge.refId === id && edge.kind !== 'relation') addEdge(edge.id);
    }
  }
  return { nodes, edges };
}

/** What a step selects, as the store's selection: a claim selects its "claims" line. */
export function stepSelection(
  index: GraphIndex,
  step: Pick<StoryStep, 'select'>,
): { type: 'node' | 'edge'; id: string } | null {
  const id = step.select;
  if (id === undefined) return null;
  if (index.entities.has(id)) return { type: 'node', id };
  if (index.relations.has(id)) return { type: 'edge', id };
  if (index.claims.has(id)) return { type: 'edge', id: claimEdgeId(id) };
  return null;
}

/** One focused relation or claim with the evidence to show for it. */
export interface StepEvidence {
  /** The relation or claim id. */
  id: string;
  kind: 'relation' | 'claim';
  evidence: Evidence[];
}

/**
 * The evidence behind a step's focused relations and claims, in focus order. When the step cites
 * paragraphs of the story's source, evidence from other paragraphs of that source is left out;
 * a quote already shown for an earlier element is not repeated.
 */
export function stepEvidence(
  index: GraphIndex,
  step: Pick<StoryStep, 'focus' | 'paragraphs'>,
  source?: string,
): StepEvidence[] {
  const cited = new Set(step.paragraphs ?? []);
  const seen = new Set<string>();
  const out: StepEvidence[] = [];
  for (const id of step.focus) {
    const relation = index.relations.get(id);
    const claim = relation ? undefined : index.claims.get(id);
    const list = relation?.evidence ?? claim?.evidence;
    if (!list) continue;
    const evidence = list.filter((item) => {
      if (source && cited.size > 0 && item.source === source && !cited.has(item.paragraph)) {
        return false;
      }
      const key = `${item.source}\u0000${item.paragraph}\u0000${item.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (evidence.length > 0) out.push({ id, kind: relation ? 'relation' : 'claim', evidence });
  }
  return out;
}

/** Paragraph numbers a caption cites as "¶2" or "¶3–4" / "¶3-4" (ranges expanded). */
export function citedParagraphs(caption: string): number[] {
  const out = new Set<number>();
  for (const match of caption.matchAll(/¶\s*(\d+)(?:\s*[–-]\s*(\d+))?/g)) {
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    for (let n = from; n <= Math.min(to, from + 100); n++) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}
