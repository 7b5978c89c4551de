/**
 * Revisions of a published dataset: the schema (real YYYY-MM-DD dates, a note in at least one
 * language, oldest first), the messages that say what to fix in both languages, the version
 * derived from them, and the published JSON Schema saying the same for editors.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { describeProblem } from '../../../src/i18n/problems';
import { loadDatasetText, loadDatasetValue } from '../../../src/model/load';
import {
  datasetVersion,
  isOutdatedLink,
  latestRevision,
  parseVersion,
  revisionsNewestFirst,
} from '../../../src/model/revisions';
import type { DatasetInput } from '../../../src/model/schema';

const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../..')}/`;
const read = (file: string) => readFileSync(`${ROOT}${file}`, 'utf8');
const minimal = JSON.parse(read('tests/fixtures/valid/minimal.json')) as DatasetInput;

function withRevisions(revisions: unknown): unknown {
  return { ...minimal, revisions };
}

function problemsOf(value: unknown) {
  const result = loadDatasetValue(value);
  return result.ok ? [] : result.problems.map((p) => ({ code: p.code, path: p.path.join('.') }));
}

describe('revisions in the schema', () => {
  it('are optional: a dataset without them loads as before, at version 1', () => {
    const result = loadDatasetValue(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.index.data.revisions).toBeUndefined();
    expect(datasetVersion(result.index.data)).toBe(1);
    expect(latestRevision(result.index.data)).toBeNull();
  });

  it('accept real days in the form YYYY-MM-DD and a note in one or both languages', () => {
    const result = loadDatasetValue(
      withRevisions([
        { date: '2024-02-29', note: { en: 'Leap day correction.' } },
        { date: '2026-12-02', note: { ar: 'تصحيح.' } },
        { date: '2026-12-02', note: { ar: 'تصحيح آخر في اليوم نفسه.', en: 'Another, same day.' } },
      ]),
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each([
    ['2026-02-29', 'not a leap year'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'no 13th month'],
    ['2026-00-10', 'no month 0'],
    ['2026-12-00', 'no day 0'],
    ['2026-12', 'a month, not a day'],
    ['2026', 'a year, not a day'],
    ['2026-1-5', 'digits missing'],
    ['02/12/2026', 'a spreadsheet date'],
    ['2026-12-02T10:00', 'a time'],
    [' 2026-12-02', 'a space'],
  ])('refuse %s (%s), with one problem that says the form', (date) => {
    expect(problemsOf(withRevisions([{ date, note: { en: 'x' } }]))).toEqual([
      { code: 'badRevisionDate', path: 'revisions.0.date' },
    ]);
  });

  it('refuse a date that is not text, or missing', () => {
    expect(problemsOf(withRevisions([{ date: 20261202, note: { en: 'x' } }]))).toEqual([
      { code: 'wrongType', path: 'revisions.0.date' },
    ]);
    expect(problemsOf(withRevisions([{ note: { en: 'x' } }]))).toEqual([
      { code: 'required', path: 'revisions.0.date' },
    ]);
  });

  it('need a note, in at least one language', () => {
    expect(problemsOf(withRevisions([{ date: '2026-12-02' }]))).toEqual([
      { code: 'required', path: 'revisions.0.note' },
    ]);
    expect(problemsOf(withRevisions([{ date: '2026-12-02', note: {} }]))).toEqual([
      { code: 'revisionNoteEmpty', path: 'revisions.0.note' },
    ]);
    expect(problemsOf(withRevisions([{ date: '2026-12-02', note: { en: '   ' } }]))).toEqual([
      { code: 'missingLanguage', path: 'revisions.0.note.en' },
    ]);
    expect(problemsOf(withRevisions([{ date: '2026-12-02', note: { fr: 'Corrigé.' } }]))).toEqual([
      { code: 'unknownField', path: 'revisions.0.note.fr' },
      { code: 'revisionNoteEmpty', path: 'revisions.0.note' },
    ]);
  });

  it('refuse unknown fields and a list that is not a list', () => {
    expect(
      problemsOf(withRevisions([{ date: '2026-12-02', note: { en: 'x' }, author: 'me' }])),
    ).toEqual([{ code: 'unknownField', path: 'revisions.0.author' }]);
    expect(problemsOf(withRevisions({ date: '2026-12-02' }))).toEqual([
      { code: 'wrongType', path: 'revisions' },
    ]);
  });

  it('are listed oldest first: an earlier date after a later one is an error', () => {
    expect(
      problemsOf(
        withRevisions([
          { date: '2026-12-02', note: { en: 'second' } },
          { date: '2026-11-30', note: { en: 'first' } },
        ]),
      ),
    ).toEqual([{ code: 'revisionsOrder', path: 'revisions.1.date' }]);
  });

  it('say what to fix, in English and in Arabic, and on which line', () => {
    const text = JSON.stringify(
      withRevisions([
        { date: '2026-12-02', note: { en: 'second' } },
        { date: '2026-02-30', note: {} },
        { date: '2026-11-30', note: { en: 'third' } },
      ]),
      null,
      2,
    );
    const result = loadDatasetText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const en = createI18n('en');
    const ar = createI18n('ar');
    const messages = result.problems.map((p) => describeProblem(en, p));
    expect(messages.map((m) => m.message)).toEqual([
      'The date "2026-02-30" is not a day of the calendar in the form YYYY-MM-DD (for example 2026-12-02). Write the day the changed dataset was published.',
      'This revision has no note. Say what changed and why, in Arabic (ar), English (en) or both.',
    ]);
    expect(messages[0]?.where).toMatch(/^line \d+ \(revisions\[1\]\.date\)$/);
    const arabic = result.problems.map((p) => describeProblem(ar, p).message);
    expect(arabic[0]).toContain('ليس يومًا صحيحًا من التقويم');
    expect(arabic[1]).toContain('لا تحمل هذه المراجعة ملاحظة');
    expect(describeProblem(ar, result.problems[0]!).where).toContain('revisions[1].date');

    // Once the shapes are right, the order is checked.
    const ordered = loadDatasetValue(
      withRevisions([
        { date: '2026-12-02', note: { en: 'second' } },
        { date: '2026-11-30', note: { en: 'first' } },
      ]),
    );
    if (ordered.ok) throw new Error('expected a problem');
    expect(describeProblem(en, ordered.problems[0]!).message).toBe(
      'This revision (2026-11-30) comes after one dated 2026-12-02. List revisions oldest first, and add each new one at the end.',
    );
    expect(describeProblem(ar, ordered.problems[0]!).message).toContain('من الأقدم إلى الأحدث');
  });
});

describe('the dataset version', () => {
  const data = {
    revisions: [
      { date: '2026-11-30', note: { en: 'first' } },
      { date: '2026-12-02', note: { en: 'second', ar: 'الثانية' } },
    ],
  };

  it('is 1 as first published, plus one per revision', () => {
    expect(datasetVersion({})).toBe(1);
    expect(datasetVersion({ revisions: [] })).toBe(1);
    expect(datasetVersion(data)).toBe(3);
  });

  it('numbers each revision by the version it made, newest first', () => {
    expect(revisionsNewestFirst(data).map((r) => [r.version, r.date])).toEqual([
      [3, '2026-12-02'],
      [2, '2026-11-30'],
    ]);
    expect(latestRevision(data)).toMatchObject({ version: 3, date: '2026-12-02' });
    // The dataset's own list is left as it is.
    expect(data.revisions[0]?.date).toBe('2026-11-30');
  });

  it('reads v= as a whole number from 1, anything else as absent', () => {
    expect(parseVersion('2')).toBe(2);
    expect(parseVersion('12')).toBe(12);
    for (const bad of [
      null,
      undefined,
      '',
      '0',
      '-1',
      '+2',
      '02',
      '2.5',
      '1e3',
      'two',
      ' 2',
      '2 ',
    ]) {
      expect(parseVersion(bad), String(bad)).toBeNull();
    }
    expect(parseVersion('9999999999')).toBeNull();
  });

  it('calls a link outdated only when it names an earlier version', () => {
    expect(isOutdatedLink(1, data)).toBe(true);
    expect(isOutdatedLink(2, data)).toBe(true);
    expect(isOutdatedLink(3, data)).toBe(false);
    expect(isOutdatedLink(4, data)).toBe(false);
    expect(isOutdatedLink(null, data)).toBe(false);
    expect(isOutdatedLink(1, {})).toBe(false);
  });
});

describe('the seed dataset', () => {
  it('records its correction of 2 December 2026 in both languages: version 2', () => {
    const result = loadDatasetText(read('data/azerbaijan-gaza.json'));
    if (!result.ok) throw new Error('the seed does not load');
    const { revisions } = result.index.data;
    expect(revisions).toHaveLength(1);
    expect(revisions?.[0]?.date).toBe('2026-12-02');
    expect(revisions?.[0]?.note.en).toMatch(/Arutz 7/);
    expect(revisions?.[0]?.note.ar).toMatch(/ערוץ 7/);
    expect(datasetVersion(result.index.data)).toBe(2);
  });
});

describe('the published JSON Schema', () => {
  const schema = JSON.parse(read('public/schema/dataset-v1.json')) as Record<string, unknown>;
  const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

  it('tells editors the form of a date and that a note needs a language', () => {
    expect(validate(withRevisions([{ date: '2026-12-02', note: { en: 'x' } }]))).toBe(true);
    expect(validate(withRevisions([{ date: '2026-12', note: { en: 'x' } }]))).toBe(false);
    expect(validate.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ keyword: 'pattern', instancePath: '/revisions/0/date' }),
      ]),
    );
    expect(validate(withRevisions([{ date: '2026-12-02', note: {} }]))).toBe(false);
    expect(validate.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ keyword: 'minProperties', instancePath: '/revisions/0/note' }),
      ]),
    );
  });
});
