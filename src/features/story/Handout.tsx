import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { stepEvidence } from '../../model/story';
import type { Evidence } from '../../model/schema';
import { findStory } from '../../model/story';
import { selectIndex } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { attributionText } from '../../ui/attribution';
import { langProps } from '../../ui/text';
import { blobToDataUrl, exportTexts } from './texts';

interface HandoutPage {
  step: number;
  image: string;
}

/** Waits until every picture of a print root is decoded, so the printout never lacks one. */
export async function imagesReady(root: HTMLElement | null): Promise<void> {
  const images = [...(root?.querySelectorAll('img') ?? [])];
  await Promise.all(images.map((img) => img.decode?.().catch(() => undefined)));
}

/**
 * "Print handout": draws every step of the story (its focus and camera) as a picture, lays the
 * steps out one per printed page with title, caption and the source's words, then opens the
 * print dialog. The handout stays in the page (hidden on screen) until the story ends.
 */
export function PrintHandoutButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const position = useAppStore((s) => s.story);
  const lang = useAppStore((s) => s.lang);
  const [pages, setPages] = useState<HandoutPage[] | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const printWhenReady = useRef(false);
  const rootRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!pages || !printWhenReady.current) return;
    printWhenReady.current = false;
    let cancelled = false;
    void imagesReady(rootRef.current).then(() => {
      if (!cancelled) window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [pages]);

  const story = position ? findStory(index, position.id) : undefined;
  // Ctrl+P (⌘P) while presenting prints this handout, not the presenter screen (whose graph
  // and story panel overlap on paper); the browser's own Print menu gets print.css's fallback.
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'p') {
        return;
      }
      event.preventDefault();
      buttonRef.current?.click();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  if (!index || !story) return null;

  const build = async () => {
    setBusy(true);
    const built: HandoutPage[] = [];
    try {
      for (let step = 0; step < story.steps.length; step++) {
        setStatus(t('story.print.preparing', { step: step + 1, count: story.steps.length }));
        const state = store.getState();
        const result = await state.requestExport({
          scale: 1,
          step,
          texts: exportTexts(t, state.lang, index, state.story, step),
        });
        if (!result.ok) throw new Error(result.detail ?? result.reason);
        built.push({ step, image: await blobToDataUrl(result.blob) });
      }
      setStatus('');
      printWhenReady.current = true;
      setPages(built);
    } catch (error) {
      setStatus(t('story.print.failed', { detail: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="story-button print-handout"
        disabled={busy}
        onClick={() => void build()}
      >
        {t('story.print.handout')}
      </button>
      <p className="export-status" role="status">
        {status}
      </p>
      {pages &&
        createPortal(
          <div
            className="handout print-root"
            ref={rootRef}
            data-testid="handout"
            lang={lang}
            dir={lang === 'ar' ? 'rtl' : 'ltr'}
          >
            {pages.map(({ step, image }) => {
              const item = story.steps[step];
              if (!item) return null;
              const counter = t('story.stepOf', { step: step + 1, count: story.steps.length });
              const quotes = stepEvidence(index, item, story.source).flatMap((g) => g.evidence);
              return (
                <section key={step} className="handout-page" data-step={step + 1}>
                  <p className="handout-kicker">
                    <bdi>{story.title[lang]}</bdi> · {counter}
                  </p>
                  <h2>{item.title[lang]}</h2>
                  <img
                    src={image}
                    alt={t('story.print.imageAlt', { step: step + 1, title: item.title[lang] })}
                  />
                  <p className="handout-caption">{item.caption[lang]}</p>
                  {quotes.length > 0 && (
                    <ul className="handout-quotes">
                      {quotes.map((quote, i) => (
                        <HandoutQuote key={i} quote={quote} />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>,
          document.body,
        )}
    </>
  );
}

/** A quote as the source wrote it, its translation into the reader's language, the paragraph. */
function HandoutQuote({ quote }: { quote: Evidence }) {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const sourceLang = index?.sources.get(quote.source)?.language ?? 'und';
  const other = lang === 'ar' ? 'en' : 'ar';
  const translationLang = sourceLang.startsWith(lang) ? other : lang;
  const translation = quote.translation?.[translationLang];
  // On paper a claim must not read as a report: each quote says whose word it is.
  const whose = index
    ? attributionText(t, index, lang, quote.status, quote.claimant ? [quote.claimant] : [])
    : '';
  return (
    <li data-status={quote.status}>
      <span className="handout-status">{whose}</span>{' '}
      <q {...langProps(sourceLang)}>{quote.quote}</q>{' '}
      <span className="handout-paragraph">{t('story.paragraph', { n: quote.paragraph })}</span>
      {translation && (
        <span className="handout-translation" {...langProps(translationLang)}>
          {translation}
        </span>
      )}
    </li>
  );
}
