import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  API_VERSION,
  createEmbedApi,
  isTrustedMessage,
  parseCommand,
  startEmbedApi,
  type EmbedApi,
  type OutgoingMessage,
} from '../../../src/app/embed-api';
import type { GraphIndex } from '../../../src/model/graph-index';
import { loadDatasetText } from '../../../src/model/load';
import { NO_EMBED } from '../../../src/state/slices/embed';
import { createAppStore, type AppStore } from '../../../src/state/store';

const HOST = 'https://host.example';
const OTHER = 'https://other.example';

let seed: GraphIndex;
beforeAll(() => {
  const text = readFileSync(resolve(__dirname, '../../../data/azerbaijan-gaza.json'), 'utf8');
  const result = loadDatasetText(text);
  if (!result.ok) throw new Error('seed does not load');
  seed = result.index;
});

interface Posted {
  message: OutgoingMessage;
  targetOrigin: string;
}

/** A frame window whose parent records what is posted to it. */
function fakeFrame(ancestorOrigins?: string[]) {
  const posted: Posted[] = [];
  const parent = {
    postMessage: (message: OutgoingMessage, targetOrigin: string) => {
      if (targetOrigin === '*') throw new Error('never "*"');
      // What the browser does: structured clone, so the frame cannot hand out live objects.
      posted.push({ message: structuredClone(message), targetOrigin });
    },
  };
  const listeners = new Set<(event: MessageEvent) => void>();
  const win = {
    parent,
    location: ancestorOrigins ? { ancestorOrigins } : {},
    performance: { getEntriesByName: () => [] },
    setInterval: () => 0,
    clearInterval: () => undefined,
    addEventListener: (_: string, fn: (event: MessageEvent) => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: (event: MessageEvent) => void) => listeners.delete(fn),
  } as unknown as Window;
  return { win, parent, posted, listeners };
}

function readyStore(): AppStore {
  const store = createAppStore({ embed: { ...NO_EMBED, enabled: true, origins: [HOST] } });
  store.getState().datasetReady('azerbaijan-gaza.json', seed, []);
  return store;
}

const cmd = (fields: Record<string, unknown>) => ({ source: 'relgraph', version: 1, ...fields });
const flush = () => new Promise((done) => setTimeout(done, 0));

let api: EmbedApi | null = null;
afterEach(() => {
  api?.stop();
  api = null;
});

function setup(options: { origins?: string[]; ancestorOrigins?: string[]; ready?: boolean } = {}) {
  const frame = fakeFrame(options.ancestorOrigins);
  const store = readyStore();
  api = createEmbedApi({
    win: frame.win,
    store,
    origins: options.origins ?? [HOST],
    whenReady: options.ready === false ? new Promise(() => {}) : Promise.resolve(),
  });
  const send = (data: unknown, origin = HOST, source: unknown = frame.parent) =>
    api?.receive({ origin, source, data });
  const events = () => frame.posted.map((p) => p.message);
  return { ...frame, store, send, events };
}

describe('parseCommand: the message schema', () => {
  it('accepts each command of version 1', () => {
    expect(parseCommand(cmd({ type: 'select', id: 'israel' }))).toMatchObject({ kind: 'command' });
    expect(parseCommand(cmd({ type: 'select', id: null }))).toMatchObject({ kind: 'command' });
    expect(parseCommand(cmd({ type: 'setLanguage', lang: 'ar' }))).toMatchObject({
      kind: 'command',
    });
    expect(parseCommand(cmd({ type: 'goToStep', story: 's', step: 2 }))).toMatchObject({
      kind: 'command',
    });
    expect(parseCommand(cmd({ type: 'fit' }))).toMatchObject({ kind: 'command' });
  });

  it("treats anything that is not ours as someone else's message", () => {
    for (const data of [
      null,
      undefined,
      42,
      'select israel',
      [],
      { type: 'select', id: 'israel' },
      { source: 'other-widget', version: 1, type: 'select', id: 'israel' },
      { source: 'RELGRAPH', version: 1, type: 'fit' },
    ]) {
      expect(parseCommand(data), JSON.stringify(data)).toEqual({ kind: 'foreign' });
    }
  });

  it('flags our own messages that are malformed or of another version', () => {
    const bad = [
      cmd({ type: 'select' }),
      cmd({ type: 'select', id: '' }),
      cmd({ type: 'select', id: 42 }),
      cmd({ type: 'select', id: 'x'.repeat(201) }),
      cmd({ type: 'setLanguage', lang: 'fr' }),
      cmd({ type: 'goToStep', story: 's', step: 0 }),
      cmd({ type: 'goToStep', story: 's', step: 1.5 }),
      cmd({ type: 'goToStep', story: 's', step: '2' }),
      cmd({ type: 'eval', code: 'alert(1)' }),
      cmd({ type: 'fit', requestId: 7 }),
      { source: 'relgraph', type: 'fit' },
    ];
    for (const data of bad) {
      const parsed = parseCommand(data);
      expect(parsed.kind, JSON.stringify(data)).toBe('invalid');
    }
    expect(parseCommand({ source: 'relgraph', version: 2, type: 'fit' })).toEqual({
      kind: 'invalid',
      code: 'unsupportedVersion',
    });
    expect(parseCommand(cmd({ type: 'nope', requestId: 'r1' }))).toEqual({
      kind: 'invalid',
      code: 'invalidCommand',
      requestId: 'r1',
    });
  });

  it('drops unknown fields and never copies prototype keys', () => {
    const data = JSON.parse(
      '{"source":"relgraph","version":1,"type":"select","id":"israel","__proto__":{"polluted":1},"extra":1}',
    );
    const parsed = parseCommand(data);
    expect(parsed).toEqual({
      kind: 'command',
      command: { source: 'relgraph', version: 1, type: 'select', id: 'israel' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const cyclic: Record<string, unknown> = { source: 'relgraph', version: 1, type: 'select' };
    cyclic.id = cyclic;
    expect(() => parseCommand(cyclic)).not.toThrow();
    // A throwing proxy cannot come through postMessage (structured clone), but still: receive()
    // swallows it.
    const { send, events } = setup();
    expect(() => send(hostile)).not.toThrow();
    expect(events().filter((e) => e.type !== 'ready')).toEqual([]);
  });
});

describe('isTrustedMessage: exact origin and the parent window', () => {
  const parent = {};
  const allowed = new Set([HOST, 'http://127.0.0.1:8080']);

  it('accepts the parent from an allowed origin', () => {
    expect(isTrustedMessage({ origin: HOST, source: parent, data: null }, parent, allowed)).toBe(
      true,
    );
  });

  it('refuses look-alike origins (no prefix, suffix or substring match)', () => {
    for (const origin of [
      'https://host.example.evil.com',
      'https://evil.com/?https://host.example',
      'https://evilhost.example',
      'https://host.example/',
      'https://host.example:443',
      'http://host.example',
      'HTTPS://HOST.EXAMPLE',
      'https://host.exampl',
      'http://127.0.0.1:80800',
      'http://127.0.0.1',
      'null',
      '*',
      '',
    ]) {
      expect(
        isTrustedMessage({ origin, source: parent, data: null }, parent, allowed),
        origin,
      ).toBe(false);
    }
  });

  it('refuses an allowed origin when the sender is not the parent window', () => {
    const sibling = {};
    expect(isTrustedMessage({ origin: HOST, source: sibling, data: null }, parent, allowed)).toBe(
      false,
    );
    expect(isTrustedMessage({ origin: HOST, source: null, data: null }, parent, allowed)).toBe(
      false,
    );
  });
});

describe('createEmbedApi: commands', () => {
  it('selects an entity or a relation line from a trusted command', () => {
    const { send, store } = setup();
    send(cmd({ type: 'select', id: 'azerbaijan' }));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'azerbaijan' });
    const edge = [...seed.edgeById.keys()][0] ?? '';
    send(cmd({ type: 'select', id: edge }));
    expect(store.getState().selection).toEqual({ type: 'edge', id: edge });
    send(cmd({ type: 'select', id: null }));
    expect(store.getState().selection).toBeNull();
  });

  it('answers an unknown id with an error event and keeps the selection', async () => {
    const { send, store, events } = setup();
    await flush();
    send(cmd({ type: 'select', id: 'israel' }));
    send(cmd({ type: 'select', id: 'atlantis', requestId: 'q7' }));
    expect(store.getState().selection).toEqual({ type: 'node', id: 'israel' });
    expect(events().at(-1)).toMatchObject({
      source: 'relgraph',
      version: API_VERSION,
      type: 'error',
      code: 'unknownId',
      id: 'atlantis',
      requestId: 'q7',
    });
  });

  it('ignores commands from another origin or another window, silently', async () => {
    const { send, store, events } = setup();
    await flush();
    const before = events().length;
    send(cmd({ type: 'select', id: 'israel' }), OTHER);
    send(cmd({ type: 'select', id: 'israel' }), `${HOST}.evil.com`);
    send(cmd({ type: 'select', id: 'israel' }), HOST, {});
    send(cmd({ type: 'setLanguage', lang: 'ar' }), OTHER);
    send(cmd({ type: 'broken' }), OTHER);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().lang).toBe('en');
    expect(events().length).toBe(before);
  });

  it('ignores messages of other widgets, answers our malformed ones', async () => {
    const { send, events } = setup();
    await flush();
    const before = events().length;
    send({ type: 'select', id: 'israel' });
    send('hello');
    expect(events().length).toBe(before);
    send(cmd({ type: 'select', id: 7 }));
    send({ source: 'relgraph', version: 3, type: 'fit' });
    expect(
      events()
        .slice(before)
        .map((e) => e.type === 'error' && e.code),
    ).toEqual(['invalidCommand', 'unsupportedVersion']);
  });

  it('switches the language and fits the graph', () => {
    const { send, store } = setup();
    send(cmd({ type: 'setLanguage', lang: 'ar' }));
    expect(store.getState().lang).toBe('ar');
    send(cmd({ type: 'fit' }));
    expect(store.getState().camera?.kind).toBe('fit');
  });

  it('goes to a story step (1-based in the protocol) and refuses unknown stories and steps', async () => {
    const { send, store, events } = setup();
    await flush();
    const story = seed.data.stories[0];
    if (!story) throw new Error('the seed has a story');
    send(cmd({ type: 'goToStep', story: story.id, step: 3 }));
    expect(store.getState().story).toEqual({ id: story.id, step: 2 });
    expect(events().at(-1)).toMatchObject({ type: 'stepChanged', story: story.id, step: 3 });
    send(cmd({ type: 'goToStep', story: 'no-such-story', step: 1 }));
    expect(events().at(-1)).toMatchObject({ type: 'error', code: 'unknownStory' });
    send(cmd({ type: 'goToStep', story: story.id, step: story.steps.length + 1 }));
    expect(events().at(-1)).toMatchObject({ type: 'error', code: 'stepOutOfRange' });
    expect(store.getState().story).toEqual({ id: story.id, step: 2 });
  });

  it('answers notReady to select before the dataset is there', () => {
    const frame = fakeFrame();
    const store = createAppStore();
    api = createEmbedApi({ win: frame.win, store, origins: [HOST], whenReady: Promise.resolve() });
    api.receive({ origin: HOST, source: frame.parent, data: cmd({ type: 'select', id: 'x' }) });
    expect(frame.posted.at(-1)?.message).toMatchObject({ type: 'error', code: 'notReady' });
  });
});

describe('createEmbedApi: events', () => {
  it('posts ready once the graph is drawn, with the dataset id and version', async () => {
    const { events } = setup();
    await flush();
    expect(events()).toEqual([
      {
        source: 'relgraph',
        version: 1,
        type: 'ready',
        dataset: { id: seed.data.id, version: seed.data.version },
        lang: 'en',
        selection: null,
      },
    ]);
  });

  it('posts nothing before ready, then selection and language changes', async () => {
    let markReady: () => void = () => {};
    const frame = fakeFrame();
    const store = readyStore();
    api = createEmbedApi({
      win: frame.win,
      store,
      origins: [HOST],
      whenReady: new Promise<void>((done) => (markReady = done)),
    });
    store.getState().select({ type: 'node', id: 'iran' });
    expect(frame.posted).toEqual([]);
    markReady();
    await flush();
    expect(frame.posted.map((p) => p.message.type)).toEqual(['ready']);
    expect(frame.posted[0]?.message).toMatchObject({ selection: { type: 'node', id: 'iran' } });
    store.getState().select({ type: 'node', id: 'israel' });
    store.getState().select({ type: 'node', id: 'israel' });
    store.getState().setLang('ar');
    store.getState().clearSelection();
    expect(frame.posted.slice(1).map((p) => p.message)).toEqual([
      {
        source: 'relgraph',
        version: 1,
        type: 'selectionChanged',
        selection: { type: 'node', id: 'israel' },
      },
      { source: 'relgraph', version: 1, type: 'languageChanged', lang: 'ar' },
      { source: 'relgraph', version: 1, type: 'selectionChanged', selection: null },
    ]);
  });

  it("posts to each allowed origin as targetOrigin, never '*'", async () => {
    const { posted } = setup({ origins: [HOST, OTHER] });
    await flush();
    expect(posted.map((p) => p.targetOrigin)).toEqual([HOST, OTHER]);
  });

  it("posts only to the parent's origin when the browser tells it (ancestorOrigins)", async () => {
    const known = setup({ origins: [HOST, OTHER], ancestorOrigins: [OTHER] });
    await flush();
    expect(known.posted.map((p) => p.targetOrigin)).toEqual([OTHER]);
    api?.stop();
    const stranger = setup({ origins: [HOST], ancestorOrigins: ['https://evil.example'] });
    await flush();
    expect(stranger.posted).toEqual([]);
    api?.stop();
    const masked = setup({ origins: [HOST], ancestorOrigins: ['null'] });
    await flush();
    expect(masked.posted.map((p) => p.targetOrigin)).toEqual([HOST]);
  });

  it('reports a dataset that failed to load', () => {
    const frame = fakeFrame();
    const store = createAppStore();
    api = createEmbedApi({
      win: frame.win,
      store,
      origins: [HOST],
      whenReady: new Promise(() => {}),
    });
    store.getState().datasetUnreachable('x.json', { reason: 'http', params: { status: 404 } });
    expect(frame.posted.map((p) => p.message)).toMatchObject([
      { type: 'error', code: 'loadFailed' },
    ]);
  });

  it('stops posting and handling after stop()', async () => {
    const { send, store, posted } = setup();
    await flush();
    api?.stop();
    const before = posted.length;
    send(cmd({ type: 'select', id: 'israel' }));
    store.getState().setLang('ar');
    expect(store.getState().selection).toBeNull();
    expect(posted.length).toBe(before);
  });
});

describe('startEmbedApi: only in a frame, only with allowed origins', () => {
  it('stays off in a top-level window', () => {
    const frame = fakeFrame();
    const win = frame.win as unknown as { parent: unknown };
    win.parent = win;
    const store = createAppStore({ embed: { ...NO_EMBED, origins: [HOST] } });
    expect(startEmbedApi(frame.win, store)).toBeNull();
    expect(frame.listeners.size).toBe(0);
  });

  it('stays off without origins', () => {
    const frame = fakeFrame();
    const store = createAppStore({ embed: { ...NO_EMBED, enabled: true } });
    expect(startEmbedApi(frame.win, store)).toBeNull();
    expect(frame.listeners.size).toBe(0);
  });

  it('listens in a frame with origins, and stops', () => {
    const frame = fakeFrame();
    const store = readyStore();
    const stop = startEmbedApi(frame.win, store);
    expect(frame.listeners.size).toBe(1);
    const [listener] = [...frame.listeners];
    listener?.({ origin: HOST, source: frame.parent, data: cmd({ type: 'fit' }) } as MessageEvent);
    expect(store.getState().camera?.kind).toBe('fit');
    stop?.();
    expect(frame.listeners.size).toBe(0);
  });
});

describe("a file the reader opened in the frame is not the host's", () => {
  function privateSetup() {
    const frame = fakeFrame();
    const store = readyStore();
    store.getState().fileOpened('my-notes.gexf', seed, []);
    api = createEmbedApi({ win: frame.win, store, origins: [HOST], whenReady: Promise.resolve() });
    const send = (data: unknown) => api?.receive({ origin: HOST, source: frame.parent, data });
    return { store, send, events: () => frame.posted.map((p) => p.message) };
  }

  it('ready names no dataset and no selection', async () => {
    const { events } = privateSetup();
    await flush();
    expect(events()).toEqual([
      expect.objectContaining({ type: 'ready', dataset: null, selection: null }),
    ]);
  });

  it('select and goToStep answer "private" whether or not the id exists; no selection leaks', async () => {
    const { send, events, store } = privateSetup();
    await flush();
    send(cmd({ type: 'select', id: 'azerbaijan', requestId: 'a' }));
    send(cmd({ type: 'select', id: 'no-such-id', requestId: 'b' }));
    send(cmd({ type: 'goToStep', story: 'azerbaijan-force', step: 1, requestId: 'c' }));
    store.getState().select({ type: 'node', id: 'iran' });
    store.getState().setLang('ar');
    const after = events().slice(1);
    expect(
      after.map((e) => [
        e.type,
        'code' in e ? e.code : null,
        'requestId' in e ? e.requestId : null,
      ]),
    ).toEqual([
      ['error', 'private', 'a'],
      ['error', 'private', 'b'],
      ['error', 'private', 'c'],
      ['languageChanged', null, null],
    ]);
    expect(store.getState().selection).toEqual({ type: 'node', id: 'iran' });
  });
});
