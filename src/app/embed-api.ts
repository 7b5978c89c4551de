/**
 * # Relgraph host-page API (postMessage), version 1
 *
 * A page that embeds the explorer in an `<iframe>` can drive it and listen to it with
 * `window.postMessage`. The API is off unless the app runs inside a frame
 * (`window.parent !== window`) **and** the frame URL names the host origins it trusts:
 *
 * ```
 * https://example.org/relgraph/#embed=1&lang=ar&origins=https://news.example,https://cms.example
 * ```
 *
 * `origins` is a comma-separated list of exact origins (scheme, host and port, no path, no
 * trailing slash, no wildcard). Invalid entries are dropped. The list is read once at start.
 *
 * ## Envelope
 *
 * Every message, in both directions, is a plain object:
 *
 * ```ts
 * { source: 'relgraph', version: 1, type: string, requestId?: string, ...fields }
 * ```
 *
 * ## Commands (host → frame)
 *
 * | type          | fields                                 | effect                                       |
 * |---------------|----------------------------------------|----------------------------------------------|
 * | `select`      | `id: string \| null`                   | selects the entity or relation line with this id; `null` clears. Unknown id → `error` `unknownId` |
 * | `setLanguage` | `lang: 'ar' \| 'en'`                    | switches the interface and labels             |
 * | `goToStep`    | `story: string`, `step: number` (1-based) | opens a step of a story of the dataset     |
 * | `fit`         | —                                      | fits the whole graph into the frame           |
 *
 * A command is accepted only when **all** of these hold, otherwise it is ignored silently:
 * `event.source === window.parent`; `event.origin` is exactly (`===`) one of `origins`; the data
 * is a well-formed command (checked with a zod schema). A message with `source: 'relgraph'` from
 * the trusted parent that is malformed, or of another version, is answered with an `error`
 * event (`invalidCommand`, `unsupportedVersion`); nothing ever throws.
 *
 * ## Events (frame → host)
 *
 * | type               | fields                                                          | when |
 * |--------------------|-----------------------------------------------------------------|------|
 * | `ready`            | `dataset: {id, version} \| null`, `lang`, `selection`          | once, after the graph is first drawn (`performance.mark('graph:ready')`) |
 * | `selectionChanged` | `selection: {type: 'node' \| 'edge', id} \| null`                | after `ready`, whenever the selection changes (clicks, commands, Escape) |
 * | `languageChanged`  | `lang: 'ar' \| 'en'`                                            | after `ready`, whenever the language changes |
 * | `stepChanged`      | `story: string`, `step: number` (1-based)                      | after `ready`, when the story step changes (when the app has stories) |
 * | `error`            | `code`, `message` (English, for developers), `requestId?`, `id?` | a command could not be carried out, or the dataset failed to load (`loadFailed`) |
 *
 * Error codes: `unknownId`, `unknownStory`, `stepOutOfRange`, `unsupported`, `notReady`,
 * `invalidCommand`, `unsupportedVersion`, `loadFailed`, `private`.
 *
 * A file the reader opened in the frame themselves (File menu, drop) is theirs, not the host's:
 * while it is shown, `ready` says `dataset: null` and `selection: null`, no `selectionChanged`
 * or `stepChanged` is posted, and `select` and `goToStep` answer `private`. (A framed app never
 * reopens such a file from `open=session` either: src/app/bootstrap.ts.) `requestId` (any string up to 100
 * characters) is copied from the command that caused the error.
 *
 * Events are posted to `window.parent` only, once per allowed origin, with that origin as
 * `targetOrigin` (never `'*'`): the browser delivers them only if the parent really has that
 * origin. Where the browser tells the parent's origin (`location.ancestorOrigins`), only that one
 * is used.
 *
 * ## Host side
 *
 * ```js
 * const frame = document.querySelector('iframe');
 * const appOrigin = new URL(frame.src).origin;
 * window.addEventListener('message', (event) => {
 *   if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
 *   if (event.data?.source !== 'relgraph') return;
 *   console.log(event.data.type, event.data);
 * });
 * frame.contentWindow.postMessage(
 *   { source: 'relgraph', version: 1, type: 'select', id: 'azerbaijan' },
 *   appOrigin,
 * );
 * ```
 *
 * Wait for `ready` before sending `select` (earlier, it answers `notReady`).
 */
import * as z from 'zod/mini';
import type { UiLang } from '../i18n';
import type { Selection } from '../state/slices/selection';
import type { AppState, AppStore } from '../state/store';

export const API_SOURCE = 'relgraph';
export const API_VERSION = 1;

const requestId = z.optional(z.string().check(z.maxLength(100)));
const elementId = z.string().check(z.minLength(1), z.maxLength(200));

/** The envelope: just enough to tell our messages (of any version) from anyone else's. */
const envelope = z.object({
  source: z.literal(API_SOURCE),
  version: z.optional(z.unknown()),
  type: z.optional(z.unknown()),
  requestId: z.optional(z.unknown()),
});

const base = { source: z.literal(API_SOURCE), version: z.literal(API_VERSION), requestId };

/** Commands a host may send (version 1). Unknown fields are dropped. */
export const commandSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('select'), id: z.nullable(elementId) }),
  z.object({ ...base, type: z.literal('setLanguage'), lang: z.enum(['ar', 'en']) }),
  z.object({
    ...base,
    type: z.literal('goToStep'),
    story: elementId,
    step: z.int().check(z.minimum(1), z.maximum(100_000)),
  }),
  z.object({ ...base, type: z.literal('fit') }),
]);
export type Command = z.infer<typeof commandSchema>;

export const ERROR_CODES = [
  'unknownId',
  'unknownStory',
  'stepOutOfRange',
  'unsupported',
  'notReady',
  'invalidCommand',
  'unsupportedVersion',
  'loadFailed',
  'private',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Events the frame posts (version 1), without the envelope. */
export type ApiEvent =
  | {
      type: 'ready';
      /** null while the reader's own file is shown (see "private" above). */
      dataset: { id: string; version: number } | null;
      lang: UiLang;
      selection: Selection;
    }
  | { type: 'selectionChanged'; selection: Selection }
  | { type: 'languageChanged'; lang: UiLang }
  | { type: 'stepChanged'; story: string; step: number }
  | { type: 'error'; code: ErrorCode; message: string; requestId?: string; id?: string };

export type OutgoingMessage = ApiEvent & { source: typeof API_SOURCE; version: typeof API_VERSION };

/** The parts of a MessageEvent we look at. */
export interface IncomingMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The trust check, before anything else is read: the sender is our parent window and its origin
 * is exactly one of the allowed ones (exact string equality, no prefix or substring match).
 */
export function isTrustedMessage(
  event: IncomingMessage,
  parent: unknown,
  allowed: ReadonlySet<string>,
): boolean {
  return (
    parent !== null &&
    event.source === parent &&
    typeof event.origin === 'string' &&
    allowed.has(event.origin)
  );
}

export type Parsed =
  | { kind: 'command'; command: Command }
  | { kind: 'foreign' }
  | { kind: 'invalid'; code: 'invalidCommand' | 'unsupportedVersion'; requestId?: string };

/** Classifies message data: a valid command, someone else's message, or a broken one of ours. */
export function parseCommand(data: unknown): Parsed {
  const head = envelope.safeParse(data);
  if (!head.success) return { kind: 'foreign' };
  const id = typeof head.data.requestId === 'string' ? head.data.requestId.slice(0, 100) : null;
  const withId = id === null ? {} : { requestId: id };
  if (head.data.version !== API_VERSION) {
    return { kind: 'invalid', code: 'unsupportedVersion', ...withId };
  }
  const parsed = commandSchema.safeParse(data);
  if (!parsed.success) return { kind: 'invalid', code: 'invalidCommand', ...withId };
  return { kind: 'command', command: parsed.data };
}

/** The story step shown, 1-based as in the URL and the protocol (the store counts from 0). */
export function storyPosition(state: AppState): { story: string; step: number } | null {
  return state.story ? { story: state.story.id, step: state.story.step + 1 } : null;
}

export interface EmbedApiOptions {
  /** The frame's window (for `parent`, `location.ancestorOrigins` and listeners). */
  win: Window;
  store: AppStore;
  /** Allowed host origins, already validated (see parseOrigins). */
  origins: readonly string[];
  /** Resolves when the graph has been drawn. Default: `performance.mark('graph:ready')`. */
  whenReady?: Promise<unknown>;
}

export interface EmbedApi {
  /** Handles one message (the `message` listener calls this; exposed for tests). */
  receive: (event: IncomingMessage) => void;
  stop: () => void;
}

/** Builds the API without listening; `startEmbedApi` wires it to the window. */
export function createEmbedApi({ win, store, origins, whenReady }: EmbedApiOptions): EmbedApi {
  const allowed = new Set(origins);
  let ready = false;
  let stopped = false;

  const targets = (): string[] => {
    const ancestor = win.location?.ancestorOrigins?.[0];
    if (ancestor && ancestor !== 'null') return allowed.has(ancestor) ? [ancestor] : [];
    return [...allowed];
  };

  const post = (event: ApiEvent) => {
    if (stopped) return;
    const message: OutgoingMessage = { source: API_SOURCE, version: API_VERSION, ...event };
    for (const origin of targets()) {
      try {
        win.parent.postMessage(message, origin);
      } catch {
        // A detached parent or an unclonable value: nothing useful to do.
      }
    }
  };

  const fail = (code: ErrorCode, message: string, extra: { requestId?: string; id?: string }) =>
    post({ type: 'error', code, message, ...extra });

  const run = (command: Command) => {
    const state = store.getState();
    const extra = command.requestId === undefined ? {} : { requestId: command.requestId };
    if ((command.type === 'select' || command.type === 'goToStep') && state.openedFile !== null) {
      fail('private', 'The reader opened a file of their own; it is not shared.', extra);
      return;
    }
    switch (command.type) {
      case 'setLanguage':
        state.setLang(command.lang);
        return;
      case 'fit':
        state.moveCamera('fit');
        return;
      case 'select': {
        if (command.id === null) {
          state.clearSelection();
          return;
        }
        if (state.load.status !== 'ready') {
          fail('notReady', 'The dataset is not loaded yet: wait for "ready".', extra);
          return;
        }
        const { index } = state.load;
        if (index.entities.has(command.id)) state.select({ type: 'node', id: command.id });
        else if (index.edgeById.has(command.id)) state.select({ type: 'edge', id: command.id });
        else {
          fail('unknownId', 'No entity or relation has this id.', { ...extra, id: command.id });
        }
        return;
      }
      case 'goToStep': {
        if (typeof state.startStory !== 'function') {
          fail('unsupported', 'This version of the app has no stories.', extra);
          return;
        }
        if (state.load.status !== 'ready') {
          fail('notReady', 'The dataset is not loaded yet: wait for "ready".', extra);
          return;
        }
        const story = state.load.index.data.stories.find((s) => s.id === command.story);
        if (!story) {
          fail('unknownStory', 'The dataset has no story with this id.', {
            ...extra,
            id: command.story,
          });
          return;
        }
        if (command.step > story.steps.length) {
          fail('stepOutOfRange', `This story has ${story.steps.length} steps.`, extra);
          return;
        }
        state.startStory(command.story, command.step - 1);
        return;
      }
    }
  };

  const receive = (event: IncomingMessage) => {
    if (stopped) return;
    try {
      if (!isTrustedMessage(event, win.parent, allowed)) return;
      const parsed = parseCommand(event.data);
      if (parsed.kind === 'foreign') return;
      if (parsed.kind === 'invalid') {
        const extra = parsed.requestId === undefined ? {} : { requestId: parsed.requestId };
        const message =
          parsed.code === 'unsupportedVersion'
            ? `Only version ${API_VERSION} is understood.`
            : 'Malformed command: see the protocol for the fields of each type.';
        fail(parsed.code, message, extra);
        return;
      }
      run(parsed.command);
    } catch {
      // Never let a host's message break the app.
    }
  };

  const unsubscribe = store.subscribe((next, previous) => {
    if (next.load !== previous.load && next.load.status !== previous.load.status) {
      if (next.load.status === 'invalid' || next.load.status === 'unreachable') {
        fail('loadFailed', `The dataset ${next.load.file} could not be shown.`, {});
      }
    }
    if (!ready) return;
    if (next.lang !== previous.lang) post({ type: 'languageChanged', lang: next.lang });
    if (next.openedFile !== null) return;
    if (!sameSelection(next.selection, previous.selection)) {
      post({ type: 'selectionChanged', selection: next.selection });
    }
    const step = storyPosition(next);
    const before = storyPosition(previous);
    if (step && (step.story !== before?.story || step.step !== before.step)) {
      post({ type: 'stepChanged', ...step });
    }
  });

  void (whenReady ?? graphReady(win)).then(() => {
    const state = store.getState();
    if (stopped || ready || state.load.status !== 'ready') return;
    ready = true;
    const { data } = state.load.index;
    const own = state.openedFile !== null;
    post({
      type: 'ready',
      dataset: own ? null : { id: data.id, version: data.version },
      lang: state.lang,
      selection: own ? null : state.selection,
    });
  });

  return {
    receive,
    stop: () => {
      stopped = true;
      unsubscribe();
    },
  };
}

function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a !== null && b !== null && a.type === b.type && a.id === b.id);
}

/** Resolves once `performance.mark('graph:ready')` exists (the app marks it after first draw). */
export function graphReady(win: Window, name = 'graph:ready'): Promise<void> {
  const perf = win.performance;
  return new Promise((resolve) => {
    if (perf.getEntriesByName(name).length > 0) {
      resolve();
      return;
    }
    const Observer = (win as Window & { PerformanceObserver?: typeof PerformanceObserver })
      .PerformanceObserver;
    if (Observer?.supportedEntryTypes?.includes('mark')) {
      const observer = new Observer((list) => {
        if (list.getEntriesByName(name).length === 0) return;
        observer.disconnect();
        resolve();
      });
      observer.observe({ type: 'mark', buffered: true });
      return;
    }
    const timer = win.setInterval(() => {
      if (perf.getEntriesByName(name).length > 0) {
        win.clearInterval(timer);
        resolve();
      }
    }, 50);
  });
}

/**
 * Starts the API when the app is framed and the URL allows at least one host origin.
 * Returns the teardown, or null when the API stays off.
 */
export function startEmbedApi(win: Window, store: AppStore): (() => void) | null {
  const { origins } = store.getState().embed;
  let framed: boolean;
  try {
    framed = win.parent !== win;
  } catch {
    framed = true;
  }
  if (!framed || origins.length === 0) return null;
  const api = createEmbedApi({ win, store, origins });
  const onMessage = (event: MessageEvent) => api.receive(event);
  win.addEventListener('message', onMessage);
  return () => {
    win.removeEventListener('message', onMessage);
    api.stop();
  };
}
