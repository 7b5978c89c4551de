import { describe, expect, it } from 'vitest';
import {
  addSource,
  createDataset,
  deleteSource,
  setDatasetInfo,
  splitParagraphs,
  updateSource,
} from '../../../../src/model/edit';
import { checkEdited } from '../../../../src/model/edit';
import { expectEdit, expectRefusal, fixture } from './fixture';

describe('splitParagraphs', () => {
  it('splits on lines of any ending, trims them and drops blank ones', () => {
    expect(
      splitParagraphs('First line.\r\n\r\n  Second line.  \rThird\n\n\t\nFourth\u2029Fifth\n'),
    ).toEqual(['First line.', 'Second line.', 'Third', 'Fourth', 'Fifth']);
  });

  it('keeps Arabic text as it is, marks and all', () => {
    const text = '\uFEFFتتبلور مبادرة دولية.\r\n\r\n\u200Fقال مصدر سياسي: «التنسيق وثيق».  \n';
    expect(splitParagraphs(text)).toEqual([
      'تتبلور مبادرة دولية.',
      '\u200Fقال مصدر سياسي: «التنسيق وثيق».',
    ]);
    expect(splitParagraphs(' \r\n \n')).toEqual([]);
  });
});

describe('sources', () => {
  it('adds a source from pasted text, with an id from its title', () => {
    const data = fixture();
    const { dataset } = expectEdit(
      data,
      addSource(data, {
        title: { en: 'Reuters report', ar: ' ' },
        language: 'en',
        date: '2024-02-29',
        url: 'https://example.org/a',
        text: 'One.\n\nTwo.',
      }),
    );
    expect(dataset.sources.at(-1)).toEqual({
      id: 'reuters-report',
      title: { en: 'Reuters report' },
      language: 'en',
      date: '2024-02-29',
      url: 'https://example.org/a',
      paragraphs: ['One.', 'Two.'],
    });
    const arabic = expectEdit(
      data,
      addSource(data, { title: { ar: 'مقال' }, language: 'ar', paragraphs: ['نص'] }),
    );
    expect(arabic.dataset.sources.at(-1)?.id).toBe('mqal');
  });

  it('refuses bad addresses, dates and languages, and a source without a title', () => {
    const data = fixture();
    const base = { title: { en: 'A' }, language: 'en' };
    expectRefusal(addSource(data, { ...base, url: 'javascript:alert(1)' }), 'notHttpUrl', 'url');
    expectRefusal(addSource(data, { ...base, url: 'example.org' }), 'notHttpUrl', 'url');
    for (const date of ['2024-13', '2023-02-29', '24', '2024-1-1']) {
      expectRefusal(addSource(data, { ...base, date }), 'badDate', 'date');
    }
    for (const date of ['2024', '2024-12', '2024-02-29'])
      expectEdit(data, addSource(data, { ...base, date }));
    expectRefusal(addSource(data, { ...base, language: 'Arabic' }), 'badLanguage', 'language');
    expectRefusal(addSource(data, { ...base, title: { en: ' ' } }), 'titleMissing', 'title');
    expectRefusal(addSource(data, { ...base, id: 'article' }), 'duplicateId', 'id');
  });

  it('updates a source, refusing to drop paragraphs that evidence cites', () => {
    const data = fixture();
    const { dataset } = expectEdit(
      data,
      updateSource(data, 'notes', {
        text: 'Azerbaijan supplies oil to Israel.\nMore.\nAnd more.',
        date: '2025',
      }),
    );
    expect(dataset.sources[1]?.paragraphs).toHaveLength(3);
    const shrunk = expectRefusal(
      updateSource(data, 'article', { text: 'Only one.' }),
      'paragraphInUse',
      'text',
    );
    expect(shrunk?.params).toEqual({ paragraph: 3, count: 1 });
    // Without its text a source takes any paragraph number.
    expectEdit(data, updateSource(data, 'article', { paragraphs: undefined }));
    expectRefusal(updateSource(data, 'nothing', { date: '2020' }), 'unknownSource');
    expectRefusal(updateSource(data, 'notes', { url: 'ftp://x' }), 'notHttpUrl');
  });

  it('deletes a source no one cites, and refuses one in use', () => {
    const data = fixture();
    expectEdit(data, deleteSource(data, 'bare'));
    const inUse = expectRefusal(deleteSource(data, 'article'), 'sourceInUse');
    // Six quotes and the story.
    expect(inUse?.params.count).toBe(7);
    expectRefusal(deleteSource(data, 'nothing'), 'unknownSource');
  });
});

describe('dataset', () => {
  it('creates an empty dataset that loads', () => {
    const created = createDataset({
      id: 'new',
      title: { ar: ' جديد ', en: 'New' },
      description: { en: '' },
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.dataset).toEqual({
      version: 1,
      id: 'new',
      title: { ar: 'جديد', en: 'New' },
      sources: [],
      entities: [],
      relationTypes: [],
      relations: [],
      claims: [],
      stories: [],
    });
    expect(checkEdited(created.dataset)).toEqual({ ok: true, warnings: [] });
    expect(createDataset({ id: '-', title: { ar: 'a', en: 'b' } })).toMatchObject({
      ok: false,
      refusal: { code: 'badId', field: 'id' },
    });
    expect(createDataset({ id: 'x', title: { ar: 'a', en: '' } })).toMatchObject({
      ok: false,
      refusal: { code: 'textMissing', field: 'title', params: { lang: 'en' } },
    });
  });

  it('sets the title, id and description', () => {
    const data = fixture();
    const { dataset } = expectEdit(
      data,
      setDatasetInfo(data, {
        id: 'renamed',
        title: { ar: 'عنوان', en: 'Title' },
        description: { ar: 'وصف' },
      }),
    );
    expect(Object.keys(dataset).slice(0, 5)).toEqual([
      'version',
      'id',
      'title',
      'description',
      'sources',
    ]);
    expectRefusal(setDatasetInfo(data, { title: { ar: '', en: 'x' } }), 'textMissing', 'title');
    expectRefusal(setDatasetInfo(data, { id: 'a b' }), 'badId', 'id');
    expectRefusal(setDatasetInfo(data, { id: undefined }), 'required', 'id');
  });
});
