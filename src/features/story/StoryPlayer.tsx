import { useEffect, useRef, type PointerEvent } from 'react';
import type { UiLang } from '../../i18n';
import { useTranslation } from 'react-i18next';
import type { GraphIndex } from '../../model/graph-index';
import { findStory, stepEvidence, type StepEvidence } from '../../model/story';
import { selectIndex } from '../../state/selectors';
import { useAppStore, useAppStoreApi, type AppStore } from '../../state/store';
import { EvidenceList } from '../../ui/EvidenceList';
import { ExportButton } from './ExportButton';
import { PrintHandoutButton } from './Handout';
import { ConsoleButton } from './PresenterConsole';
import { runStoryAction } from './story-keys';
import './story.css';

/** How far (px) a finger must travel sideways, and mostly sideways, to turn the step. */
const SWIPE_PX = 60;

/**
 * Swipe on the story panel (touch): towards the reading direction's start for the next step,
 * as a page turns (leftwards in English, rightwards in Arabic); the other way goes back. Only
 * the panel listens: on the graph a swipe pans.
 */
function useStorySwipe(store: AppStore) {
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onPointerDown: (event: PointerEvent) => {
      start.current = event.pointerType === 'touch' ? { x: event.clientX, y: event.clientY } : null;
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
      const forward = store.getState().lang === 'ar' ? dx > 0 : dx < 0;
      runStoryAction(store, forward ? 'next' : 'prev');
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}

/** Presenter mode: one step at a time, large type, for a projector or a shared screen. */
export function StoryPlayer() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const index = useAppStore(selectIndex);
  const position = useAppStore((s) => s.story);
  const lang = useAppStore((s) => s.lang);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const swipe = useStorySwipe(store);

  const story = position ? findStory(index, position.id) : undefined;
  const count = story?.steps.length ?? 0;
  const at = Math.min(position?.step ?? 0, Math.max(0, count - 1));
  const step = story?.steps[at];

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [story?.id]);

  if (!index || !story || !step) return null;
  const counter = t('story.stepOf', { step: at + 1, count });
  const cited = step.paragraphs ?? [];
  const evidence = stepEvidence(index, step, story.source);
  const actions = store.getState();

  return (
    <aside
      className="story-player"
      aria-label={t('story.region', { title: story.title[lang] })}
      data-testid="story-player"
      data-step={at + 1}
      {...swipe}
    >
      <header className="story-head">
        <p className="story-title">
          <bdi>{story.title[lang]}</bdi>
        </p>
        <p className="story-counter" data-testid="story-counter">
          {counter}
        </p>
        <div
          className="story-progress"
          role="progressbar"
          aria-label={t('story.progress')}
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={at + 1}
          aria-valuetext={counter}
        >
          <span style={{ inlineSize: `${((at + 1) / count) * 100}%` }} />
        </div>
      </header>

      <div className="story-body">
        <h2 className="story-step-title" tabIndex={-1} ref={headingRef} aria-live="polite">
          {step.title[lang]}
        </h2>
        <p className="story-caption" data-testid="story-caption">
          {step.caption[lang]}
        </p>
        {cited.length > 0 && (
          <p className="story-cites">
            {t('story.cites')}{' '}
            {cited.map((n) => t('story.paragraph', { n })).join(t('story.paragraphList'))}
          </p>
        )}
        <section className="story-evidence" aria-labelledby="story-evidence-title">
          <h3 id="story-evidence-title">{t('story.evidence')}</h3>
          {evidence.length === 0 ? (
            <p className="muted">{t('story.noEvidence')}</p>
          ) : (
            evidence.map((group) => (
              <div key={group.id} className="story-evidence-group">
                <p className="story-evidence-about">
                  <bdi>{evidenceHeading(index, group, lang)}</bdi>
                </p>
                <EvidenceList evidence={group.evidence} />
              </div>
            ))
          )}
        </section>
      </div>

      <footer className="story-foot">
        <nav className="story-nav" aria-label={t('story.region', { title: story.title[lang] })}>
          <button
            type="button"
            className="story-button"
            aria-label={t('story.previousStep')}
            disabled={at === 0}
            onClick={() => actions.prevStep()}
          >
            {t('story.previous')}
          </button>
          <button
            type="button"
            className="story-button primary"
            aria-label={t('story.nextStep')}
            disabled={at === count - 1}
            onClick={() => actions.nextStep()}
          >
            {t('story.next')}
          </button>
          <button
            type="button"
            className="story-button exit"
            onClick={() => runStoryAction(store, 'exit')}
          >
            {t('story.exit')}
          </button>
        </nav>
        <KeyHints lang={lang} />
        <div className="story-tools">
          <ExportButton />
          <PrintHandoutButton />
          <ConsoleButton />
        </div>
      </footer>
    </aside>
  );
}

/** "Azerbaijan — candidate for → International stabilization force", or the claim's sentence. */
function evidenceHeading(index: GraphIndex, group: StepEvidence, lang: UiLang): string {
  const name = (id: string) => index.entities.get(id)?.label[lang] ?? id;
  if (group.kind === 'relation') {
    const relation = index.relations.get(group.id);
    const type = relation && index.relationTypes.get(relation.type);
    if (!relation) return group.id;
    return `${name(relation.source)} — ${type?.label[lang] ?? relation.type} — ${name(relation.target)}`;
  }
  const claim = index.claims.get(group.id);
  if (!claim) return group.id;
  return claim.statement?.[lang] ?? `${name(claim.claimant)} — ${name(claim.interest)}`;
}

/**
 * The keys, each key name isolated (dir) so Latin names keep their order inside Arabic. The
 * arrow shown for "next" is the one that advances in this language.
 */
function KeyHints({ lang }: { lang: UiLang }) {
  const { t } = useTranslation();
  const [next, back] = lang === 'ar' ? ['←', '→'] : ['→', '←'];
  const key = (name: string) => (
    <kbd dir={/[\u0600-\u06ff]/.test(name) ? 'rtl' : 'ltr'}>{name}</kbd>
  );
  const rows: [string[], string][] = [
    [[next, t('story.keyNames.space'), t('story.keyNames.pageDown')], t('story.keyNext')],
    [[back, t('story.keyNames.pageUp')], t('story.keyBack')],
    [[t('story.keyNames.home'), t('story.keyNames.end')], t('story.keyJump')],
    [[t('story.keyNames.esc')], t('story.keyLeave')],
  ];
  return (
    <ul className="story-keys" aria-label={t('story.keysLabel')}>
      {rows.map(([keys, label]) => (
        <li key={label}>
          {keys.map((name) => (
            <span key={name}>{key(name)} </span>
          ))}
          <span className="story-key-label">{label}</span>
        </li>
      ))}
    </ul>
  );
}
