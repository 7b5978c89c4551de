import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { safeStorage } from '../../ui/safe-storage';
import { UI_LANGS, type UiLang } from '../../i18n/langs';
import { datasetVersion } from '../../model/revisions';
import { useAppStore } from '../../state/store';
import { ShareVersionNote } from '../revisions/ShareVersionNote';
import {
  clampHeight,
  DEFAULT_HEIGHT,
  embedSrc,
  frameStyle,
  iframeSnippet,
  MAX_HEIGHT,
  MIN_HEIGHT,
  versionedHref,
} from './links';
import './embed.css';
import { CloseIcon } from '../../ui/CloseIcon';

/** The dialog's choices, remembered between visits when storage is allowed. */
const savedChoices = z.object({
  hideLegend: z.catch(z.boolean(), false),
  hideToolbar: z.catch(z.boolean(), false),
  fixedHeight: z.catch(z.boolean(), false),
  height: z.catch(z.number(), DEFAULT_HEIGHT),
  sandbox: z.catch(z.boolean(), false),
  autosize: z.catch(z.boolean(), false),
});
type SavedChoices = z.infer<typeof savedChoices>;

const STORAGE_KEY = 'relgraph.share';
const DEFAULTS: SavedChoices = {
  hideLegend: false,
  hideToolbar: false,
  fixedHeight: false,
  height: DEFAULT_HEIGHT,
  sandbox: false,
  autosize: false,
};

function readChoices(): SavedChoices {
  try {
    const raw = safeStorage().getItem(STORAGE_KEY);
    if (!raw) return DEFAULTS;
    const parsed = savedChoices.safeParse(JSON.parse(raw));
    return parsed.success ? { ...parsed.data, height: clampHeight(parsed.data.height) } : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

type CopyOutcome = 'copied' | 'selected';

interface PolicyDocument {
  permissionsPolicy?: { allowsFeature(feature: string): boolean };
  featurePolicy?: { allowsFeature(feature: string): boolean };
}

/** False where the frame's permissions policy forbids the clipboard (asking would only fail). */
function clipboardAllowed(): boolean {
  if (!navigator.clipboard?.writeText) return false;
  const doc = document as Document & PolicyDocument;
  const policy = doc.permissionsPolicy ?? doc.featurePolicy;
  try {
    return policy ? policy.allowsFeature('clipboard-write') : true;
  } catch {
    return true;
  }
}

/**
 * Copies through the async clipboard API; where that is missing or refused (insecure context,
 * a frame without clipboard permission) selects the text and tries the legacy copy command, so
 * the reader can at least press Ctrl+C.
 */
async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<CopyOutcome> {
  try {
    if (clipboardAllowed()) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Fall through to selecting the text.
  }
  if (!field) return 'selected';
  field.focus();
  field.select();
  try {
    return document.execCommand('copy') ? 'copied' : 'selected';
  } catch {
    return 'selected';
  }
}

/** "Share" in the top bar: opens the dialog. */
interface DialogProps {
  onClose: () => void;
}

/**
 * Share or embed the current view: a link to it, an `<iframe>` snippet with its options and a
 * live preview of that snippet.
 */
export function ShareDialog({ onClose }: DialogProps) {
  const { t } = useTranslation();
  const ids = useId();
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const linkRef = useRef<HTMLInputElement | null>(null);
  const snippetRef = useRef<HTMLTextAreaElement | null>(null);
  const appLang = useAppStore((s) => s.lang);
  const index = useAppStore((s) => (s.load.status === 'ready' ? s.load.index : null));
  const [lang, setLang] = useState<UiLang>(appLang);
  const [choices, setChoices] = useState<SavedChoices>(readChoices);
  const [status, setStatus] = useState('');
  // The dataset's version goes into every link and snippet (`v=`), so a reader of an old one
  // is told when the data has changed since. Not for a file of the reader's own.
  const openedFile = useAppStore((s) => s.openedFile);
  const version = index && openedFile === null ? datasetVersion(index.data) : null;
  // The page address already carries the view (the app keeps the hash in step with the store).
  const [link] = useState(() => versionedHref(window.location.href, version));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);

  useEffect(() => {
    safeStorage().setItem(STORAGE_KEY, JSON.stringify(choices));
  }, [choices]);

  const change = (patch: Partial<SavedChoices>) => {
    setChoices((current) => ({ ...current, ...patch }));
    setStatus('');
  };

  const height = choices.fixedHeight && !choices.autosize ? clampHeight(choices.height) : null;
  const src = embedSrc(link, {
    lang,
    hideLegend: choices.hideLegend,
    hideToolbar: choices.hideToolbar,
    version,
    autosize: choices.autosize,
  });
  const title = index?.data.title[lang] ?? t('app.name');
  const resizer = choices.autosize
    ? new URL('vendor/open-iframe-resizer.js', document.baseURI).href
    : null;
  const snippet = iframeSnippet({ src, title, lang, height, sandbox: choices.sandbox, resizer });

  const copy = async (
    text: string,
    field: HTMLInputElement | HTMLTextAreaElement | null,
    ok: string,
  ) => {
    const outcome = await copyText(text, field);
    setStatus(outcome === 'copied' ? ok : t('embed.copyFailed'));
  };

  const close = () => {
    dialogRef.current?.close();
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog modal-dialog"
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      // Escape closes the dialog only; it must not also reach the app's "Escape clears the
      // selection" listener on the window.
      onKeyDown={(event) => event.key === 'Escape' && event.stopPropagation()}
      data-testid="share-dialog"
    >
      <header className="share-header modal-header">
        <h2 id={`${ids}-title`}>{t('embed.dialogTitle')}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={close}
          aria-label={t('embed.close')}
          title={t('embed.close')}
        >
          <CloseIcon size={20} />
        </button>
      </header>

      <section className="share-section" aria-labelledby={`${ids}-link`}>
        <h3 id={`${ids}-link`}>{t('embed.linkHeading')}</h3>
        <p className="share-help">{t('embed.linkHelp')}</p>
        {version !== null && index && <ShareVersionNote data={index.data} />}
        <div className="share-row">
          <label className="visually-hidden" htmlFor={`${ids}-link-field`}>
            {t('embed.linkLabel')}
          </label>
          <input
            ref={linkRef}
            id={`${ids}-link-field`}
            className="share-field"
            type="url"
            dir="ltr"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button
            type="button"
            className="share-copy"
            onClick={() => void copy(link, linkRef.current, t('embed.copiedLink'))}
          >
            {t('embed.copyLink')}
          </button>
        </div>
      </section>

      <section className="share-section" aria-labelledby={`${ids}-embed`}>
        <h3 id={`${ids}-embed`}>{t('embed.embedHeading')}</h3>
        <p className="share-help">{t('embed.embedHelp')}</p>
        <fieldset className="share-options">
          <legend>{t('embed.options')}</legend>
          <label className="share-option">
            <span>{t('embed.language')}</span>
            <select
              value={lang}
              onChange={(event) => {
                const value = UI_LANGS.find((code) => code === event.target.value);
                if (value) setLang(value);
                setStatus('');
              }}
            >
              {UI_LANGS.map((code) => (
                <option key={code} value={code} lang={code}>
                  {t(`languages.${code}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="share-option">
            <input
              type="checkbox"
              checked={choices.hideLegend}
              onChange={(event) => change({ hideLegend: event.target.checked })}
            />
            <span>{t('embed.hideLegend')}</span>
          </label>
          <label className="share-option">
            <input
              type="checkbox"
              checked={choices.hideToolbar}
              onChange={(event) => change({ hideToolbar: event.target.checked })}
            />
            <span>{t('embed.hideToolbar')}</span>
          </label>
          <label className="share-option">
            <input
              type="checkbox"
              checked={choices.fixedHeight}
              onChange={(event) => change({ fixedHeight: event.target.checked })}
            />
            <span>{t('embed.fixedHeight')}</span>
          </label>
          {choices.fixedHeight && (
            <label className="share-option share-height">
              <span>{t('embed.height')}</span>
              <input
                type="number"
                inputMode="numeric"
                min={MIN_HEIGHT}
                max={MAX_HEIGHT}
                step={10}
                dir="ltr"
                value={choices.height}
                onChange={(event) => change({ height: Number(event.target.value) })}
                onBlur={() => change({ height: clampHeight(choices.height) })}
              />
            </label>
          )}
          <label className="share-option">
            <input
              type="checkbox"
              checked={choices.autosize}
              aria-describedby={`${ids}-autosize-help`}
              onChange={(event) => change({ autosize: event.target.checked })}
              data-testid="share-autosize"
            />
            <span>
              {t('embed.autosize')}{' '}
              <span id={`${ids}-autosize-help`} className="share-help">
                {t('embed.autosizeHelp')}
              </span>
            </span>
          </label>
          <label className="share-option">
            <input
              type="checkbox"
              checked={choices.sandbox}
              aria-describedby={`${ids}-sandbox-help`}
              onChange={(event) => change({ sandbox: event.target.checked })}
            />
            <span>
              {t('embed.sandbox')}{' '}
              <span id={`${ids}-sandbox-help`} className="share-help">
                {t('embed.sandboxHelp')}
              </span>
            </span>
          </label>
        </fieldset>
        <label className="share-snippet-label" htmlFor={`${ids}-snippet`}>
          {t('embed.snippetLabel')}
        </label>
        <textarea
          ref={snippetRef}
          id={`${ids}-snippet`}
          className="share-field share-snippet"
          dir="ltr"
          readOnly
          rows={4}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="share-row share-actions">
          <button
            type="button"
            className="share-copy"
            onClick={() => void copy(snippet, snippetRef.current, t('embed.copiedSnippet'))}
          >
            {t('embed.copySnippet')}
          </button>
          <p className="share-status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      </section>

      <section className="share-section" aria-labelledby={`${ids}-preview`}>
        <h3 id={`${ids}-preview`}>{t('embed.preview')}</h3>
        <div className="share-preview">
          {/* Keyed by address: the embed options are read once at start, so a new address
              (even one that differs only in its hash) must load a new document. */}
          <iframe
            key={src}
            src={src}
            title={t('embed.previewTitle')}
            lang={lang}
            style={previewStyle(height)}
            allow="fullscreen"
            referrerPolicy="strict-origin-when-cross-origin"
            data-testid="share-preview"
          />
        </div>
      </section>
    </dialog>
  );
}

/** The preview frame, styled as the snippet styles it. */
function previewStyle(height: number | null): Record<string, string> {
  // React wants a plain object (it calls hasOwnProperty on it); our own CSS names only.
  const rules: [string, string][] = [];
  for (const rule of frameStyle(height).split(';')) {
    const [name, value] = rule.split(':');
    if (!name || value === undefined) continue;
    rules.push([name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value]);
  }
  return Object.fromEntries(rules);
}
