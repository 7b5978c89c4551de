import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { enterFullscreen, leaveFullscreen } from './fullscreen';

/** "Present": starts the dataset's story (a choice when it has several) in presenter mode. */
export function StoryLauncher() {
  const { t } = useTranslation();
  const index = useAppStore(selectIndex);
  const lang = useAppStore((s) => s.lang);
  const presenting = useAppStore((s) => s.presenting);
  const startStory = useAppStore((s) => s.startStory);
  const stories = index?.data.stories ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  // However the story ends (Esc, the button, Back), full screen ends with it.
  const wasPresenting = useRef(presenting);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (wasPresenting.current && !presenting) {
      leaveFullscreen();
      // The story panel that had focus is gone: focus comes back to Present, not the page start.
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost) buttonRef.current?.focus();
    }
    wasPresenting.current = presenting;
  }, [presenting]);
  if (stories.length === 0 || presenting) return null;
  const story = stories.find((s) => s.id === chosen) ?? stories[0];
  if (!story) return null;

  const start = () => {
    enterFullscreen();
    startStory(story.id, 0);
  };

  return (
    <div className="story-launcher">
      {stories.length > 1 && (
        <label>
          <span className="visually-hidden">{t('story.choose')}</span>
          <select value={story.id} onChange={(event) => setChosen(event.target.value)}>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[lang]}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        ref={buttonRef}
        type="button"
        className="present-button"
        title={t('story.presentTitle', { title: story.title[lang] })}
        onClick={start}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            d="M3 4h18v12H3zM12 16v4M8 20h8"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
          <path d="M10 7.5v5l4-2.5z" fill="currentColor" />
        </svg>
        {t('story.present')}
      </button>
    </div>
  );
}
