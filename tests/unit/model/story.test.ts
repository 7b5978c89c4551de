import { readFileSync } from 'node:fs';
import cytoscape, { type Core } from 'cytoscape';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachBridge, type Bridge } from '../../../src/graph/bridge';
import { toElements } from '../../../src/graph/elements';
import { EXPORT_BANDS_TOTAL, exportSize, fitScale } from '../../../src/graph/export-png';
import { EMPTY_FILTERS } from '../../../src/model/filters';
import { buildIndex, type GraphIndex } from '../../../src/model/graph-index';
import { loadDatasetText } from '../../../src/model/load';
import type { Dataset } from '../../../src/model/schema';
import {
  citedParagraphs,
  clampStep,
  moveStep,
  stepEvidence,
  stepFocus,
  stepSelection,
  storyStep,
} from '../../../src/model/story';
import { createAppStore, type AppStore } from '../../../src/state/store';
import {
  hashFromState,
  readParams,
  stateFromUrl,
  urlStateFromParams,
} from '../../../src/state/url';

const loaded = loadDatasetText(readFileSync('data/azerbaijan-gaza.json', 'utf8'));
if (!loaded.ok) throw new Error('seed dataset does not load');
const seed = loaded.index;
const STORY = 'azerbaijan-gaza-force';
const seedSteps = seed.data.stories.find((s) => s.id === STORY)?.steps ?? [];
const COUNT = seedSteps.length;

/** The seed with one extra story whose second step carries filters. */
function withFilteredStory(): GraphIndex {
  const data: Dataset = structuredClone(seed.data);
  data.stories.push({
    id: 'filtered',
    title: { en: 'Filtered', ar: 'مصفّى' },
    steps: [
      { title: { en: 'A', ar: 'أ' }, caption: { en: 'a', ar: 'أ' }, focus: ['israel'] },
      {
        title: { en: 'B', ar: 'ب' },
        caption: { en: 'b', ar: 'ب' },
        focus: ['iran-backs-hamas'],
        select: 'iran-backs-hamas',
        filters: { kinds: 'country,organization', status: 'claimed' },
      },
    ],
  });
  return buildIndex(data);
}

describe('story navigation (pure)', () => {
  it('clamps a step into the story', () => {
    expect(clampStep(-3, 9)).toBe(0);
    expect(clampStep(4, 9)).toBe(4);
    expect(clampStep(12, 9)).toBe(8);
    expect(clampStep(2.7, 9)).toBe(2);
    expect(clampStep(Number.NaN, 9)).toBe(0);
    expect(clampStep(5, 0)).toBe(0);
  });

  it('moves next, back, first, last and to a step without leaving the story', () => {
    expect(moveStep(0, 'next', 9)).toBe(1);
    expect(moveStep(8, 'next', 9)).toBe(8);
    expect(moveStep(0, 'prev', 9)).toBe(0);
    expect(moveStep(5, 'prev', 9)).toBe(4);
    expect(moveStep(5, 'first', 9)).toBe(0);
    expect(moveStep(2, 'last', 9)).toBe(8);
    expect(moveStep(2, { to: 6 }, 9)).toBe(6);
    expect(moveStep(2, { to: 60 }, 9)).toBe(8);
    expect(moveStep(2, { to: -1 }, 9)).toBe(0);
  });

  it('always lands inside the story, whatever the moves', () => {
    const move = fc.oneof(
      fc.constantFrom('next' as const, 'prev' as const, 'first' as const, 'last' as const),
      fc.integer({ min: -50, max: 50 }).map((to) => ({ to })),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(move), (count, moves) => {
        let step = 0;
        for (const m of moves) {
          step = moveStep(step, m, count);
          expect(step).toBeGreaterThanOrEqual(0);
          expect(step).toBeLessThan(count);
        }
      }),
    );
  });

  it('reads the paragraphs a caption cites, ranges included', () => {
    expect(citedParagraphs('… the Strip (¶1).')).toEqual([1]);
    expect(citedParagraphs('(¶3) and (¶4); see also ¶10')).toEqual([3, 4, 10]);
    expect(citedParagraphs('(¶8–9)')).toEqual([8, 9]);
    expect(citedParagraphs('no citation')).toEqual([]);
  });
});

describe('what a step puts in focus', () => {
  it('draws a relation as its line and both ends', () => {
    const focus = stepFocus(seed, { focus: ['socar-bought-stake-in-tamar'] });
    expect([...focus.edges]).toEqual(['socar-bought-stake-in-tamar']);
    expect([...focus.nodes].sort()).toEqual(['socar', 'tamar']);
  });

  it('draws a claim as all its lines (claims, would benefit, concerns) and their ends', () => {
    const focus = stepFocus(seed, { focus: ['claim-deterrence'] });
    expect([...focus.edges].sort()).toEqual([
      'benefit:claim-deterrence:azerbaijan',
      'benefit:claim-deterrence:israel',
      'claim:claim-deterrence',
    ]);
    expect([...focus.nodes].sort()).toEqual([
      'azerbaijan',
      'interest-deterrence',
      'israel',
      'political-source',
    ]);
  });

  it('selects an entity as a node, a relation as a line, a claim as its "claims" line', () => {
    expect(stepSelection(seed, { select: 'huseynyun' })).toEqual({ type: 'node', id: 'huseynyun' });
    expect(stepSelection(seed, { select: 'iran-backs-hamas' })).toEqual({
      type: 'edge',
      id: 'iran-backs-hamas',
    });
    expect(stepSelection(seed, { select: 'claim-deterrence' })).toEqual({
      type: 'edge',
      id: 'claim:claim-deterrence',
    });
    expect(stepSelection(seed, {})).toBeNull();
  });

  it('gives the evidence of the cited paragraphs only, each quote once', () => {
    // close-relations has evidence in ¶5, ¶6 and ¶8: a ¶5 step shows the ¶5 quote only.
    const groups = stepEvidence(
      seed,
      { focus: ['israel', 'israel-azerbaijan-close-relations'], paragraphs: [5] },
      'article',
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.evidence.map((e) => e.paragraph)).toEqual([5]);
    // Without cited paragraphs, all of it.
    const all = stepEvidence(seed, { focus: ['israel-azerbaijan-close-relations'] }, 'article');
    expect(all[0]?.evidence.map((e) => e.paragraph)).toEqual([5, 6, 8]);
    // The same quote behind two elements is shown once.
    const twice = stepEvidence(seed, { focus: ['iran-backs-hamas', 'iran-backs-hamas'] });
    expect(twice).toHaveLength(1);
  });

  it('finds the step of a position, clamped', () => {
    expect(storyStep(seed, { id: STORY, step: 99 })).toBe(seedSteps[COUNT - 1]);
    expect(storyStep(seed, { id: 'nope', step: 0 })).toBeUndefined();
    expect(storyStep(seed, null)).toBeUndefined();
  });
});

describe('story state (store)', () => {
  let store: AppStore;
  beforeEach(() => {
    store = createAppStore();
    store.getState().datasetReady('seed', seed, []);
  });

  it('starts presenting at a step, applies its selection, and walks within bounds', () => {
    store.getState().startStory(STORY, 1);
    expect(store.getState()).toMatchObject({ story: { id: STORY, step: 1 }, presenting: true });
    expect(store.getState().selection).toEqual({
      type: 'edge',
      id: 'azerbaijan-candidate-for-force',
    });
    store.getState().prevStep();
    store.getState().prevStep();
    expect(store.getState().story?.step).toBe(0);
    store.getState().lastStep();
    expect(store.getState().story?.step).toBe(COUNT - 1);
    store.getState().nextStep();
    expect(store.getState().story?.step).toBe(COUNT - 1);
    store.getState().firstStep();
    expect(store.getState().story?.step).toBe(0);
    store.getState().goToStep(4);
    expect(store.getState().story?.step).toBe(4);
    expect(store.getState().selection).toEqual({
      type: 'edge',
      id: 'azerbaijan-used-israeli-made-systems',
    });
    store.getState().goToStep(100);
    expect(store.getState().story?.step).toBe(COUNT - 1);
  });

  it('ends the story keeping the last selection and giving back the filters', () => {
    store.getState().setFilters({ kinds: ['country'] });
    const before = store.getState().filters;
    store.setState({
      load: { status: 'ready', file: 'x', index: withFilteredStory(), warnings: [] },
    });
    store.getState().startStory('filtered');
    expect(store.getState().filters).toEqual(EMPTY_FILTERS);
    store.getState().nextStep();
    expect(store.getState().filters).toMatchObject({
      kinds: ['country', 'organization'],
      status: 'claimed',
    });
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'iran-backs-hamas' });
    store.getState().endStory();
    expect(store.getState()).toMatchObject({ story: null, presenting: false });
    expect(store.getState().filters).toBe(before);
    expect(store.getState().selection).toEqual({ type: 'edge', id: 'iran-backs-hamas' });
  });

  it('opens a link before the data is there, then clamps and applies the step', () => {
    const early = createAppStore(
      stateFromUrl(urlStateFromParams(readParams({ search: '', hash: `#story=${STORY}&step=40` }))),
    );
    expect(early.getState()).toMatchObject({ story: { id: STORY, step: 39 }, presenting: true });
    early.getState().datasetReady('seed', seed, []);
    expect(early.getState().story).toEqual({ id: STORY, step: COUNT - 1 });
    expect(early.getState().selection).toEqual({ type: 'node', id: 'stabilization-force' });
  });

  it('leaves a link to a story the dataset does not have', () => {
    store.getState().startStory('no-such-story', 2);
    expect(store.getState()).toMatchObject({ story: null, presenting: false });
  });

  it('writes story and 1-based step to the URL and reads them back', () => {
    store.getState().startStory(STORY, 2);
    const hash = hashFromState(store.getState(), null);
    const params = new URLSearchParams(hash.slice(1));
    expect(params.get('story')).toBe(STORY);
    expect(params.get('step')).toBe('3');
    const back = stateFromUrl(urlStateFromParams(readParams({ search: '', hash })));
    expect(back).toMatchObject({ story: { id: STORY, step: 2 }, presenting: true });
    const plain = urlStateFromParams(readParams({ search: '', hash: `#story=${STORY}&step=x` }));
    expect(plain.story).toEqual({ id: STORY, step: 0 });
    expect(urlStateFromParams(readParams({ search: '', hash: '#step=3' })).story).toBeNull();
  });

  it('hands an export request to whoever draws it and resolves with the answer', async () => {
    const texts = {
      dir: 'ltr' as const,
      title: 't',
      subtitle: '',
      shown: '',
      footer: 'f',
      legend: {
        kinds: { heading: '', items: [] },
        families: { heading: '', items: [] },
        status: { heading: '', items: [] },
        rings: { unnamed: '', armed: '' },
      },
    };
    const answer = store.getState().requestExport({ scale: 2, texts });
    const request = store.getState().exportRequest;
    expect(request).toMatchObject({ scale: 2 });
    store.getState().finishExport(request?.seq ?? -1, { ok: false, reason: 'noGraph' });
    await expect(answer).resolves.toEqual({ ok: false, reason: 'noGraph' });
    expect(store.getState().exportRequest).toBeNull();
  });
});

describe('exported picture size', () => {
  it('is the view times the scale, plus the header, legend and footer bands', () => {
    expect(EXPORT_BANDS_TOTAL).toBe(252);
    expect(exportSize(2, 800, 600)).toEqual({ width: 1600, height: 1704, graphHeight: 1200 });
    expect(exportSize(1, 640, 480)).toEqual({ width: 640, height: 732, graphHeight: 480 });
  });

  it('lowers the scale when the browser could not draw that large', () => {
    expect(fitScale(4, 1280, 800)).toBe(4);
    const scale = fitScale(4, 5000, 4000);
    expect(scale).toBeLessThan(4);
    const { width, height } = exportSize(scale, 5000, 4000);
    expect(width).toBeLessThanOrEqual(16384);
    expect(height).toBeLessThanOrEqual(16384);
    expect(width * height).toBeLessThanOrEqual(268_435_456);
  });
});

describe('story on the graph (bridge, headless cytoscape)', () => {
  let cy: Core;
  let store: AppStore;
  let bridge: Bridge;
  const words = { claims: 'claims', benefits: 'would benefit', concerns: 'concerns' };

  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(seed, 'en', words) });
    store = createAppStore();
    store.getState().datasetReady('seed', seed, []);
    bridge = attachBridge(cy, store, { onReady: () => {} });
  });
  afterEach(() => {
    bridge.detach();
    cy.destroy();
  });

  it('makes the focus stand out and fades the rest, without moving any node', () => {
    cy.nodes().forEach((n, i) => void n.position({ x: i * 10, y: i * 5 }));
    const before = cy.nodes().map((n) => ({ ...n.position() }));
    store.getState().startStory(STORY, 2);
    for (const id of ['huseynyun', 'iran', 'iran-backs-huseynyun', 'claim:claim-deterrence']) {
      expect(cy.getElementById(id).hasClass('story-focus'), id).toBe(true);
      expect(cy.getElementById(id).hasClass('faded'), id).toBe(false);
    }
    expect(cy.getElementById('tamar').hasClass('faded')).toBe(true);
    expect(cy.getElementById('huseynyun').hasClass('selected')).toBe(true);
    expect(cy.getElementById('iran-backs-huseynyun').hasClass('focus')).toBe(true);
    store.getState().nextStep();
    expect(cy.getElementById('claim:claim-humanitarian-framing').hasClass('story-focus')).toBe(
      true,
    );
    expect(cy.getElementById('huseynyun').hasClass('faded')).toBe(true);
    expect(cy.nodes().map((n) => ({ ...n.position() }))).toEqual(before);
    store.getState().endStory();
    expect(cy.elements('.story-focus').length).toBe(0);
  });

  it('answers an export request even when it cannot draw', async () => {
    const result = await store.getState().requestExport({
      scale: 1,
      texts: {
        dir: 'ltr',
        title: '',
        subtitle: '',
        shown: '',
        footer: '',
        legend: {
          kinds: { heading: '', items: [] },
          families: { heading: '', items: [] },
          status: { heading: '', items: [] },
          rings: { unnamed: '', armed: '' },
        },
      },
    });
    // Headless cytoscape cannot render: the request is answered (never left hanging), not a file.
    expect(result.ok).toBe(false);
    expect(store.getState().exportRequest).toBeNull();
  });
});
