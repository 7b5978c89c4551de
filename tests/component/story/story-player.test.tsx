import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StoryLauncher } from '../../../src/features/story/StoryLauncher';
import { StoryPlayer } from '../../../src/features/story/StoryPlayer';
import { storyKeyAction, useStoryKeys } from '../../../src/features/story/story-keys';
import { useAppStoreApi } from '../../../src/state/store';
import { renderWithApp, seedIndex } from '../render';

/** The player as the app shell mounts it: the story keys belong to the shell. */
function PlayerWithKeys() {
  useStoryKeys(useAppStoreApi());
  return <StoryPlayer />;
}

const STORY = 'azerbaijan-gaza-force';
const steps = seedIndex().data.stories.find((s) => s.id === STORY)?.steps ?? [];
const COUNT = steps.length;

function renderPlayer(lang: 'en' | 'ar' = 'en', step = 0) {
  const rendered = renderWithApp(<PlayerWithKeys />, { lang });
  act(() => rendered.store.getState().startStory(STORY, step));
  return rendered;
}

const caption = () => screen.getByTestId('story-caption').textContent;
const press = (key: string, target: Element | Window = window) =>
  act(() => {
    fireEvent.keyDown(target, { key });
  });

describe('StoryPlayer', () => {
  it('shows the step title, caption, cited ¶ and the evidence, in English', () => {
    renderPlayer('en', 2);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(steps[2]?.title.en ?? '');
    expect(caption()).toBe(steps[2]?.caption.en);
    expect(screen.getByText('Cites ¶2')).toBeInTheDocument();
    const evidence = screen.getByRole('region', { name: 'In the source’s words' });
    expect(within(evidence).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.getByTestId('story-counter')).toHaveTextContent(`Step 3 of ${COUNT}`);
  });

  it('has a progress bar that follows the step', () => {
    renderPlayer('en');
    const bar = screen.getByRole('progressbar', { name: 'Progress through the story' });
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuemin', '1');
    expect(bar).toHaveAttribute('aria-valuemax', String(COUNT));
    press('ArrowRight');
    expect(bar).toHaveAttribute('aria-valuenow', '2');
    expect(bar).toHaveAttribute('aria-valuetext', `Step 2 of ${COUNT}`);
  });

  it('advances with →, Space, Page Down and Enter, goes back with ← and Page Up, jumps with Home and End', () => {
    const { store } = renderPlayer('en');
    press('ArrowRight');
    expect(caption()).toBe(steps[1]?.caption.en);
    press(' ');
    press('PageDown');
    press('Enter');
    expect(store.getState().story?.step).toBe(4);
    expect(caption()).toBe(steps[4]?.caption.en);
    press('ArrowLeft');
    press('PageUp');
    expect(store.getState().story?.step).toBe(2);
    press('End');
    expect(caption()).toBe(steps[COUNT - 1]?.caption.en);
    press('ArrowRight');
    expect(store.getState().story?.step).toBe(COUNT - 1);
    press('Home');
    expect(caption()).toBe(steps[0]?.caption.en);
  });

  it('in Arabic, ← advances and → goes back; Page Down still advances', () => {
    const { store } = renderPlayer('ar');
    expect(caption()).toBe(steps[0]?.caption.ar);
    expect(screen.getByTestId('story-counter')).toHaveTextContent(`الخطوة 1 من ${COUNT} خطوات`);
    press('ArrowLeft');
    expect(caption()).toBe(steps[1]?.caption.ar);
    press('ArrowLeft');
    press('ArrowRight');
    expect(store.getState().story?.step).toBe(1);
    press('PageDown');
    expect(store.getState().story?.step).toBe(2);
    // The key hint says so: ← next, → back.
    const hints = screen.getByRole('list', { name: 'المفاتيح' });
    expect(within(hints).getAllByRole('listitem')[0]).toHaveTextContent(/^←/);
    expect(within(hints).getAllByRole('listitem')[0]).toHaveTextContent('التالي');
  });

  it('uses the Arabic plural forms in the step counter', () => {
    const { i18n } = renderPlayer('ar');
    const counter = (count: number) => i18n.t('story.stepOf', { step: 1, count });
    expect(counter(1)).toBe('الخطوة 1 من خطوة واحدة');
    expect(counter(2)).toBe('الخطوة 1 من خطوتين');
    expect(counter(9)).toBe('الخطوة 1 من 9 خطوات');
    expect(counter(11)).toBe('الخطوة 1 من 11 خطوة');
    expect(counter(100)).toBe('الخطوة 1 من 100 خطوة');
  });

  it('switches language mid-story without losing the step', () => {
    const { store } = renderPlayer('en', 4);
    act(() => store.getState().setLang('ar'));
    expect(caption()).toBe(steps[4]?.caption.ar);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(steps[4]?.title.ar ?? '');
    expect(store.getState().story?.step).toBe(4);
  });

  it('leaves with Esc, keeping the last step’s selection', () => {
    const { store } = renderPlayer('en', 5);
    press('Escape');
    expect(store.getState()).toMatchObject({ story: null, presenting: false });
    expect(store.getState().selection).toEqual({
      type: 'edge',
      id: 'socar-bought-stake-in-tamar',
    });
    expect(screen.queryByTestId('story-player')).toBeNull();
  });

  it('lets Space and Enter press a focused button instead of advancing', () => {
    const { store } = renderPlayer('en', 3);
    const previous = screen.getByRole('button', { name: 'Previous step' });
    press(' ', previous);
    press('Enter', previous);
    expect(store.getState().story?.step).toBe(3);
    fireEvent.click(previous);
    expect(store.getState().story?.step).toBe(2);
    // The arrows still work from a button.
    press('ArrowRight', previous);
    expect(store.getState().story?.step).toBe(3);
  });

  it('ignores keys typed into a field', () => {
    const { store } = renderWithApp(
      <>
        <input aria-label="field" />
        <StoryPlayer />
      </>,
    );
    act(() => store.getState().startStory(STORY, 1));
    press('ArrowRight', screen.getByRole('textbox', { name: 'field' }));
    expect(store.getState().story?.step).toBe(1);
  });

  it('has buttons for previous, next and leaving, disabled at the ends', () => {
    const { store } = renderPlayer('en');
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(store.getState().story?.step).toBe(1);
    act(() => store.getState().lastStep());
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Leave the story' }));
    expect(store.getState().story).toBeNull();
  });

  it('offers the picture at 1×, 2× and 4× and the print handout', () => {
    renderPlayer('en');
    const group = screen.getByRole('group', { name: 'Download PNG' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1×', '2×', '4×']);
    expect(screen.getByRole('button', { name: 'Print handout' })).toBeInTheDocument();
  });
});

describe('storyKeyAction', () => {
  it('maps the arrows by reading direction and the other keys the same in both languages', () => {
    expect(storyKeyAction('ArrowRight', 'en')).toBe('next');
    expect(storyKeyAction('ArrowLeft', 'en')).toBe('prev');
    expect(storyKeyAction('ArrowRight', 'ar')).toBe('prev');
    expect(storyKeyAction('ArrowLeft', 'ar')).toBe('next');
    for (const lang of ['en', 'ar'] as const) {
      expect(storyKeyAction('PageDown', lang)).toBe('next');
      expect(storyKeyAction(' ', lang)).toBe('next');
      expect(storyKeyAction('Enter', lang)).toBe('next');
      expect(storyKeyAction('PageUp', lang)).toBe('prev');
      expect(storyKeyAction('Home', lang)).toBe('first');
      expect(storyKeyAction('End', lang)).toBe('last');
      expect(storyKeyAction('Escape', lang)).toBe('exit');
      expect(storyKeyAction('a', lang)).toBeNull();
    }
  });
});

describe('StoryLauncher', () => {
  it('starts the story at its first step in presenter mode', () => {
    const { store } = renderWithApp(<StoryLauncher />);
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(store.getState()).toMatchObject({ story: { id: STORY, step: 0 }, presenting: true });
  });
});
