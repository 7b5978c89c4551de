import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ProblemsList } from '../../../src/features/editor/ProblemsList';
import { buildIndex } from '../../../src/model/graph-index';
import { renderWithApp, seedIndex } from '../render';

function withUntranslated() {
  const data = structuredClone(seedIndex().data);
  const iran = data.entities.find((e) => e.id === 'iran');
  if (!iran) throw new Error('the seed has Iran');
  iran.description = { en: 'Backs armed groups across the region.' };
  return buildIndex(data);
}

describe('the editor’s problems pane', () => {
  it('lists texts in one language only, in Arabic, and jumps to them', () => {
    const onJump = vi.fn();
    renderWithApp(<ProblemsList onJump={onJump} />, { lang: 'ar', index: withUntranslated() });
    const section = screen.getByRole('region', { name: /للترجمة/ });
    const item = within(section)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('إيران'));
    expect(item).toHaveTextContent('الوصف بالإنجليزية فقط');
    fireEvent.click(within(item as HTMLElement).getByRole('button', { name: 'إيران' }));
    expect(onJump).toHaveBeenCalledWith('entities', 'iran');
  });

  it('says when every text is in both languages and nothing is wrong, in English', () => {
    const data = structuredClone(seedIndex().data);
    for (const entity of data.entities) delete entity.description;
    for (const relation of data.relations) delete relation.description;
    for (const claim of data.claims ?? []) delete claim.statement;
    for (const source of data.sources) {
      source.title = { ar: source.title.ar ?? 'مقال', en: source.title.en ?? 'Article' };
      delete source.outlet;
    }
    for (const story of data.stories ?? []) {
      delete story.description;
      for (const step of story.steps) delete step.notes;
    }
    delete data.description;
    renderWithApp(<ProblemsList onJump={() => undefined} />, { index: buildIndex(data) });
    expect(screen.getByText('Every text is in both languages.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('No problems');
  });

  it.each(['en', 'ar'] as const)(
    'lists names an import filled with the same words on both sides (%s)',
    (lang) => {
      const data = structuredClone(seedIndex().data);
      const iran = data.entities.find((e) => e.id === 'iran');
      const type = data.relationTypes.find((item) => item.id === 'faces-proxy');
      if (!iran || !type) throw new Error('the seed has Iran and faces-proxy');
      iran.label = { ar: 'Iran', en: 'Iran' };
      type.label = { ar: 'في مواجهة', en: 'في مواجهة' };
      const onJump = vi.fn();
      renderWithApp(<ProblemsList onJump={onJump} />, { lang, index: buildIndex(data) });
      const items = within(
        screen.getByRole('region', { name: lang === 'ar' ? /للترجمة/ : /To translate/ }),
      ).getAllByRole('listitem');
      const named = (name: string) => items.find((li) => li.textContent?.startsWith(name));
      expect(named('Iran')).toHaveTextContent(
        lang === 'ar'
          ? 'الاسم: الكلمات نفسها في اللغتين، بالإنجليزية فقط'
          : 'name: the same words in both languages, only in English',
      );
      const faces = named('في مواجهة');
      expect(faces).toHaveTextContent(lang === 'ar' ? 'بالعربية فقط' : 'only in Arabic');
      fireEvent.click(within(faces as HTMLElement).getByRole('button'));
      expect(onJump).toHaveBeenCalledWith('relationTypes', 'faces-proxy');
    },
  );
});
