/**
 * Edit mode's link to the browser: the autosave runs for the whole page, and this tab remembers
 * which draft it is editing (sessionStorage survives a reload and a crashed tab the browser
 * brings back), so `edit=1` on reload restores that draft before any dataset is fetched. A
 * window closed and opened again has a new session: its earlier drafts are listed by the editor.
 */
import { safeStorage } from '../ui/safe-storage';
import {
  draftKeyOf,
  installAutosave,
  openDraftStore,
  type Autosave,
  type DraftStore,
  type DraftSummary,
} from './edit-draft';
import type { AppStore } from './store';

const TAB_DRAFT = 'relgraph-edit-draft';

let opened: Promise<DraftStore | null> | null = null;
let autosave: Autosave | null = null;

function drafts(): Promise<DraftStore | null> {
  opened ??= openDraftStore().catch(() => null);
  return opened;
}

/** Starts the autosave and keeps this tab's draft key; once per page. */
export function startEditSession(store: AppStore): void {
  const session = safeStorage('session');
  store.subscribe((state, previous) => {
    if (!state.editing) return;
    const key = draftKeyOf(state);
    if (key && (key !== draftKeyOf(previous) || !previous.editing)) session.setItem(TAB_DRAFT, key);
  });
  void drafts().then((draftStore) => {
    autosave = installAutosave(store, draftStore);
  });
}

/**
 * `edit=1` on start: the draft this tab was editing, when the browser kept it and the address
 * still means it: the reader's own file (`open=session`, a new dataset too) or the same
 * dataset file. A link to another dataset opens that one.
 */
export async function restoreTabDraft(
  store: AppStore,
  address: { openedFile: boolean; file: string },
): Promise<boolean> {
  const key = safeStorage('session').getItem(TAB_DRAFT);
  if (!key) return false;
  const draftStore = await drafts();
  const draft = await draftStore?.load(key).catch(() => null);
  if (!draft) return false;
  if (!address.openedFile && draft.file !== address.file) return false;
  return store.getState().draftRestored(draft).ok;
}

/** Drafts kept in this browser, newest first (empty when there is no storage). */
export async function listDrafts(): Promise<DraftSummary[]> {
  const draftStore = await drafts();
  return (await draftStore?.list().catch(() => [])) ?? [];
}

/** Brings back a kept draft (the editor's "Continue"). */
export async function continueDraft(store: AppStore, key: string): Promise<boolean> {
  const draftStore = await drafts();
  const draft = await draftStore?.load(key).catch(() => null);
  return draft ? store.getState().draftRestored(draft).ok : false;
}

export async function discardDraft(key: string): Promise<void> {
  const draftStore = await drafts();
  await draftStore?.remove(key).catch(() => undefined);
}

/** "Edit here instead": this tab writes from now on; the other one is told and stops. */
export async function takeOverEditing(): Promise<void> {
  await autosave?.takeOver();
}
