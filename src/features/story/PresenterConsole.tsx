import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findStory } from '../../model/story';
import { selectIndex } from '../../state/selectors';
import { useAppStore, useAppStoreApi } from '../../state/store';
import { langProps, pickText } from '../../ui/text';
import { runStoryAction } from './story-keys';

/** Opens the presenter console: this story, in a second window kept on the same step. */
export function ConsoleButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const open = () => {
    store.getState().openedConsole();
    const url = new URL(window.location.href);
    const hash = new URLSearchParams(url.hash.slice(1));
    hash.set('console', '1');
    url.hash = hash.toString();
    window.open(url.toString(), 'relgraph-console', 'popup,width=900,height=700');
  };
  return (
    <button
      type="button"
      className="story-button"
      title={t('story.console.openHint')}
      onClick={open}
      data-testid="open-console"
    >
      {t('story.console.open')}
    </button>
  );
}

function minutes(ms: number): string {
  const total = Math.floor(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The presenter's own window (`console=1`): the step now with its notes, the one after, a
 * timer, and the same keys and buttons as the story, which move the audience window too
 * (story-channel.ts). The audience sees none of it.
 */
export function PresenterConsole() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const position = useAppStore((s) => s.story);
  const lang = useAppStore((s) => s.lang);
  const timer = usePresentingTimer();

  const resume = useAppStore((s) => s.endedAt);
  const story = position ? findStory(index, position.id) : undefined;
  if (!index) return null;
  if (!story || !position) {
    return (
      <main className="presenter-console" data-testid="presenter-console" data-step="">
        <p role="status" data-testid="console-ended">
          {t('story.console.ended')}
        </p>
        {resume && findStory(index, resume.id) ? (
          <button
            type="button"
            className="story-button primary"
            onClick={() => store.getState().startStory(resume.id, resume.step)}
          >
            {t('story.console.resume', { step: resume.step + 1 })}
          </button>
        ) : null}
      </main>
    );
  }
  const at = Math.min(position.step, story.steps.length - 1);
  const step = story.steps[at];
  const next = story.steps[at + 1];
  if (!step) return null;
  const notes = pickText(step.notes, lang);
  return (
    <main className="presenter-console" data-testid="presenter-console" data-step={at + 1}>
      <header className="console-head">
        <h1>{t('story.console.title', { title: story.title[lang] })}</h1>
        <p className="console-timer" aria-label={t('story.console.timer')} role="timer">
          {minutes(timer.elapsed)}
        </p>
        <button
          type="button"
          className="story-button"
          aria-pressed={!timer.running}
          onClick={timer.toggle}
        >
          {t(timer.running ? 'story.console.pause' : 'story.console.continue')}
        </button>
        <button type="button" className="story-button" onClick={timer.reset}>
          {t('story.console.reset')}
        </button>
      </header>
      <section className="console-now" aria-labelledby="console-now">
        <h2 id="console-now">
          {t('story.console.now')} ·{' '}
          {t('story.stepOf', { step: at + 1, count: story.steps.length })}
        </h2>
        <p className="console-step-title" data-testid="console-now">
          {step.title[lang]}
        </p>
        <p>{step.caption[lang]}</p>
        <h3>{t('story.console.notes')}</h3>
        {notes ? (
          <p className="console-notes" data-testid="console-notes" {...langProps(notes.lang)}>
            {notes.text}
          </p>
        ) : (
          <p className="muted" data-testid="console-notes">
            {t('story.console.noNotes')}
          </p>
        )}
      </section>
      <section className="console-next" aria-labelledby="console-next">
        <h2 id="console-next">{t('story.console.next')}</h2>
        <p data-testid="console-next">{next ? next.title[lang] : t('story.console.end')}</p>
      </section>
      <nav className="console-nav" aria-label={t('story.console.synced')}>
        <button
          type="button"
          className="story-button"
          disabled={at === 0}
          onClick={() => runStoryAction(store, 'prev')}
        >
          {t('story.previous')}
        </button>
        <button
          type="button"
          className="story-button primary"
          disabled={!next}
          onClick={() => runStoryAction(store, 'next')}
        >
          {t('story.next')}
        </button>
        <p className="muted">{t('story.console.synced')}</p>
      </nav>
    </main>
  );
}

/**
 * The time spent presenting: it runs from the console's opening, and the presenter pauses it
 * while the room takes questions (or until the talk starts) and resets it.
 */
function usePresentingTimer() {
  const [before, setBefore] = useState(0);
  const [since, setSince] = useState<number | null>(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [since]);
  const elapsed = before + (since === null ? 0 : Math.max(0, now - since));
  return {
    elapsed,
    running: since !== null,
    toggle: () => {
      const at = Date.now();
      setNow(at);
      if (since === null) setSince(at);
      else {
        setBefore(before + Math.max(0, at - since));
        setSince(null);
      }
    },
    reset: () => {
      const at = Date.now();
      setBefore(0);
      setNow(at);
      setSince((was) => (was === null ? null : at));
    },
  };
}
