import { readFileSync } from 'node:fs';
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachBridge, type Bridge } from '../../../src/graph/bridge';
import { LABELLED_LINES } from '../../../src/graph/highlight';
import { STYLESHEET } from '../../../src/graph/style';
import { toElements } from '../../../src/graph/elements';
import { loadDatasetText } from '../../../src/model/load';
import { createAppStore, type AppStore } from '../../../src/state/store';

const loaded = loadDatasetText(readFileSync('data/azerbaijan-gaza.json', 'utf8'));
if (!loaded.ok) throw new Error('seed dataset does not load');
const index = loaded.index;
const words = { claims: 'claims', benefits: 'would benefit', concerns: 'concerns' };

describe('graph bridge (store ⇄ cytoscape)', () => {
  let cy: Core;
  let store: AppStore;
  let bridge: Bridge;

  beforeEach(() => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLESHEET,
      elements: toElements(index, 'en', words),
    });
    store = createAppStore();
    store.getState().datasetReady('seed', index, []);
    bridge = attachBridge(cy, store, { onReady: () => {} });
  });
  afterEach(() => {
    bridge.detach();
    cy.destroy();
  });

  it('resizes cytoscape only when its box really changed (each resize redraws everything)', () => {
    const box = { clientWidth: cy.width(), clientHeight: cy.height(), closest: () => null };
    vi.spyOn(cy, 'container').mockReturnValue(box as never);
    const resize = vi.spyOn(cy, 'resize').mockImplementation(() => cy);
    bridge.resize();
    expect(resize).not.toHaveBeenCalled();
    box.clientWidth += 120;
    bridge.resize();
    expect(resize).toHaveBeenCalledTimes(1);
    // cytoscape's destroy reads the real container.
    vi.restoreAllMocks();
  });

  it('turns a tap into one store selection, however often the store changes', () => {
    const select = vi.spyOn(store.getState(), 'select');
    // Unrelated state changes must not re-bind handlers (react-cytoscapejs#68).
    for (let i = 0; i < 5; i++) store.getState().setLegendOpen(i % 2 === 0);
    cy.getElementById('azerbaijan').emit('tap');
    expect(select).toHaveBeenCalledTimes(1);
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });
  });

  it('applies a selection as classes without touching positions', () => {
    cy.nodes().forEach((n, i) => void n.position({ x: i * 10, y: i * 5 }));
    const before = cy.nodes().map((n) => ({ ...n.position() }));
    store.getState().select({ type: 'node', id: 'azerbaijan' });
    expect(cy.getElementById('azerbaijan').hasClass('selected')).toBe(true);
    expect(cy.getElementById('socar').hasClass('faded')).toBe(false);
    expect(cy.getElementById('turan-research-center').hasClass('faded')).toBe(true);
    expect(cy.nodes().map((n) => ({ ...n.position() }))).toEqual(before);
    store.getState().clearSelection();
    expect(cy.elements('.faded, .selected').length).toBe(0);
  });

  it('a tap on a node closes the hover tooltip (the details name it in both languages)', () => {
    cy.getElementById('azerbaijan').emit('mouseover');
    expect(store.getState().hover?.id).toBe('azerbaijan');
    cy.getElementById('azerbaijan').emit('tap');
    expect(store.getState().hover).toBeNull();
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });
  });

  it("labels a selected entity's lines only when they are few enough to be read", () => {
    store.getState().select({ type: 'node', id: 'azerbaijan' });
    const hub = cy.getElementById('azerbaijan').connectedEdges();
    expect(hub.length).toBeGreaterThan(LABELLED_LINES);
    expect(hub.filter('.focus.focus-quiet').length).toBe(hub.length);
    expect(hub[0]?.style('label')).toBe('');
    expect(hub[0]?.data('label')).not.toBe('');
    store.getState().select({ type: 'node', id: 'iran' });
    const few = cy.getElementById('iran').connectedEdges();
    expect(few.length).toBeLessThanOrEqual(LABELLED_LINES);
    expect(few.filter('.focus').length).toBe(few.length);
    expect(cy.elements('.focus-quiet').length).toBe(0);
    // A line selected on its own always says who claims it.
    const line = hub[0]?.id() as string;
    store.getState().select({ type: 'edge', id: line });
    expect(cy.getElementById(line).style('label')).not.toBe('');
  });

  it('a tap on the background clears the selection', () => {
    store.getState().select({ type: 'node', id: 'israel' });
    cy.emit('tap');
    expect(store.getState().selection).toBeNull();
  });

  it('hides filtered elements with a class and shows them again on reset', () => {
    store.getState().setFilters({ status: 'reported' });
    const claimEdge = cy.edges('[edgeKind = "claims"]').first();
    expect(claimEdge.hasClass('hidden')).toBe(true);
    store.getState().resetFilters();
    expect(cy.elements('.hidden').length).toBe(0);
  });

  it('emphasises every element of the shortest paths', () => {
    store.getState().setPathQuery({ from: 'israel', to: 'huseynyun', directed: false });
    expect(cy.getElementById('azerbaijan').hasClass('on-path')).toBe(true);
    expect(cy.getElementById('turan-research-center').hasClass('faded')).toBe(true);
  });

  it('stops listening when detached', () => {
    bridge.detach();
    store.getState().select({ type: 'node', id: 'azerbaijan' });
    expect(cy.getElementById('azerbaijan').hasClass('selected')).toBe(false);
    cy.getElementById('israel').emit('tap');
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });
    bridge = attachBridge(cy, store, { onReady: () => {} });
  });
});
