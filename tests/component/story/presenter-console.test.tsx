/**
 * The presenter console shows the step's speaker notes (a bilingual field of the story format,
 * never shown to the audience), in the reader's language or, failing that, the other one, in
 * its own direction; and the step after.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PresenterConsole } from '../../../src/features/story/PresenterConsole';
import { StoryPlayer } from '../../../src/features/story/StoryPlayer';
import { loadDatasetValue } from '../../../src/model/load';
import { renderWithApp, seedIndex } from '../render';

function withNotes() {
  const data = structuredClone(seedIndex().data);
  const story = data.stories?.[0];
  if (!story?.steps[0] || !story.steps[1]) throw new Error('the seed has a story of two steps');
  story.steps[0].notes = { en: 'Pause here.\nAsk who has heard of Tamar.', ar: 'توقّف هنا.' };
  story.steps[1].notes = { en: 'Only in English.' };
  const loaded = loadDatasetValue(data);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return { index: loaded.index, story };
}

describe('presenter console', () => {
  it("shows the notes of the step in the reader's language, and the next step", () => {
    const { index, story } = withNotes();
    renderWithApp(<PresenterConsole />, {
      index,
      lang: 'ar',
      state: { story: { id: story.id, step: 0 }, presenting: true, presenterConsole: true },
    });
    const notes = screen.getByTestId('console-notes');
    expect(notes).toHaveTextContent('توقّف هنا.');
    expect(notes).toHaveAttribute('lang', 'ar');
    expect(screen.getByTestId('console-next')).toHaveTextContent(story.steps[1]!.title.ar);
  });

  it('falls back to the other language, marked as such, when a note has only one', () => {
    const { index, story } = withNotes();
    renderWithApp(<PresenterConsole />, {
      index,
      lang: 'ar',
      state: { story: { id: story.id, step: 1 }, presenting: true, presenterConsole: true },
    });
    const notes = screen.getByTestId('console-notes');
    expect(notes).toHaveTextContent('Only in English.');
    expect(notes).toHaveAttribute('lang', 'en');
    expect(notes).toHaveAttribute('dir', 'ltr');
  });

  it('never shows the notes to the audience', () => {
    const { index, story } = withNotes();
    renderWithApp(<StoryPlayer />, {
      index,
      state: { story: { id: story.id, step: 0 }, presenting: true },
    });
    expect(screen.getByTestId('story-player')).not.toHaveTextContent('Pause here.');
  });

  describe('timer', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('runs from the opening, stands still while paused, and resets', () => {
      vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00Z') });
      const { index, story } = withNotes();
      renderWithApp(<PresenterConsole />, {
        index,
        state: { story: { id: story.id, step: 0 }, presenting: true, presenterConsole: true },
      });
      const timer = screen.getByRole('timer');
      act(() => void vi.advanceTimersByTime(65_000));
      expect(timer).toHaveTextContent('1:05');
      fireEvent.click(screen.getByRole('button', { name: 'Pause the timer' }));
      act(() => void vi.advanceTimersByTime(120_000));
      expect(timer).toHaveTextContent('1:05');
      const resume = screen.getByRole('button', { name: 'Continue the timer' });
      expect(resume).toHaveAttribute('aria-pressed', 'true');
      fireEvent.click(resume);
      act(() => void vi.advanceTimersByTime(10_000));
      expect(timer).toHaveTextContent('1:15');
      fireEvent.click(screen.getByRole('button', { name: 'Reset the timer' }));
      expect(timer).toHaveTextContent('0:00');
    });
  });
});
