import type { Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';

export interface SyncCounts {
  added: number;
  removed: number;
  updated: number;
}

/**
 * Makes cy hold exactly `next`, patching in place what can be kept.
 *
 * We do this ourselves instead of handing `elements` to react-cytoscapejs: its diff keys
 * elements in plain `{}` objects (so ids such as `constructor` or `toString` look present and
 * are never added) and matches old and new by id alone (so an id that was an edge in the last
 * file and is a node in this one stays an edge). Here the keys live in a `Map`, and an element
 * is kept only when it is the same group and, for an edge, joins the same two ends; anything
 * else is removed and added anew. A language switch keeps every element and rewrites labels.
 */
export function syncElements(cy: Core, next: readonly ElementDefinition[]): SyncCounts {
  const wanted = new Map<string, ElementDefinition>();
  for (const definition of next) {
    const id = definition.data.id;
    if (typeof id === 'string') wanted.set(id, definition);
  }
  // What cy was last made to hold: a definition that is the same object again (elements.ts
  // reuses them for what an edit did not touch) is in cy as it says, so it is passed over.
  const last = synced.get(cy);
  const held = (id: string, definition: ElementDefinition) => last?.get(id) === definition;
  const counts: SyncCounts = { added: 0, removed: 0, updated: 0 };
  cy.batch(() => {
    const stale = cy.collection();
    const kept = new Set<string>();
    cy.elements().forEach((element) => {
      const id = element.id();
      const definition = wanted.get(id);
      if (!definition || (!held(id, definition) && !sameShape(element, definition))) {
        stale.merge(element);
      } else kept.add(id);
    });
    // Removing a node takes its edges (and a group its members) with it; they are added back
    // below if still wanted.
    counts.removed = stale.length;
    const going = stale.union(stale.descendants());
    going.union(going.connectedEdges()).forEach((element) => {
      kept.delete(element.id());
    });
    cy.remove(stale);
    const toAdd: ElementDefinition[] = [];
    for (const [id, definition] of wanted) {
      if (kept.has(id) && held(id, definition)) continue;
      const existing = cy.getElementById(id);
      if (existing.empty() || existing.removed()) {
        toAdd.push({ ...definition, scratch: { [BASE_CLASSES]: classString(definition) } });
        continue;
      }
      if (patch(existing, definition)) counts.updated++;
    }
    if (toAdd.length > 0) cy.add(toAdd);
    counts.added = toAdd.length;
  });
  synced.set(cy, wanted);
  return counts;
}

const synced = new WeakMap<Core, Map<string, ElementDefinition>>();

const FIXED_KEYS = new Set(['id', 'source', 'target']);
const BASE_CLASSES = '_relgraphBaseClasses';

function classString(definition: ElementDefinition): string {
  const classes = definition.classes ?? '';
  return typeof classes === 'string' ? classes : classes.join(' ');
}

function isEdgeDefinition(definition: ElementDefinition): boolean {
  return (
    definition.group === 'edges' || (definition.group !== 'nodes' && 'source' in definition.data)
  );
}

function sameShape(element: SingularElementReturnValue, definition: ElementDefinition): boolean {
  const edge = isEdgeDefinition(definition);
  if (element.isEdge() !== edge) return false;
  // cytoscape cannot move a node to another group through its data: it is added anew.
  if (!edge) return (element.data('parent') ?? null) === (definition.data.parent ?? null);
  return (
    element.data('source') === definition.data.source &&
    element.data('target') === definition.data.target
  );
}

/**
 * Rewrites what differs; returns whether anything did. Positions are left alone: a new dataset
 * is laid out by the bridge, and a language switch must not undo a layout the reader ran.
 */
function patch(element: SingularElementReturnValue, definition: ElementDefinition): boolean {
  let changed = false;
  const current = element.data() as Record<string, unknown>;
  const changes = new Map<string, unknown>();
  const data = definition.data as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (FIXED_KEYS.has(key)) continue;
    if (current[key] !== data[key]) changes.set(key, data[key]);
  }
  if (changes.size > 0) {
    // cytoscape takes only plain objects here (not prototype-less ones).
    element.data(Object.fromEntries(changes));
    changed = true;
  }
  const gone = Object.keys(current).filter(
    (key) => !FIXED_KEYS.has(key) && !Object.hasOwn(data, key),
  );
  if (gone.length > 0) {
    element.removeData(gone.join(' '));
    changed = true;
  }
  const wantedClasses = classString(definition);
  // Only the classes that come from the mapping; the bridge's state classes stay.
  const previous = element.scratch(BASE_CLASSES) as string | undefined;
  if (previous !== wantedClasses) {
    if (previous) element.removeClass(previous);
    element.addClass(wantedClasses);
    element.scratch(BASE_CLASSES, wantedClasses);
    changed = true;
  }
  return changed;
}
