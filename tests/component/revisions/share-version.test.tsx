/**
 * The Share dialog's link and embed code carry the version of the data shown (`v=`), replacing
 * the one the page was opened with, and say so.
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShareDialog } from '../../../src/features/embed/ShareDialog';
import { renderWithApp } from '../render';
import { unrevisedIndex } from './fixtures';

const hashOf = (href: string) => new URLSearchParams(new URL(href).hash.slice(1));

let before = '';
beforeEach(() => {
  before = window.location.href;
  window.history.replaceState(null, '', '/#lang=en&node=iran&v=1');
});
afterEach(() => window.history.replaceState(null, '', before));

describe('the Share dialog', () => {
  it('puts the dataset version into the link and the embed code', () => {
    renderWithApp(<ShareDialog onClose={() => {}} />);
    const link = screen.getByLabelText<HTMLInputElement>('Link').value;
    expect(hashOf(link).get('v')).toBe('2');
    expect(hashOf(link).get('node')).toBe('iran');
    const snippet = screen.getByLabelText<HTMLTextAreaElement>('Embed code').value;
    const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(hashOf(src).get('v')).toBe('2');
    expect(hashOf(src).get('embed')).toBe('1');
    expect(screen.getByTestId('share-version')).toHaveTextContent(
      'Version 2 of this dataset, updated on 2 December 2026.',
    );
  });

  it('says version 1 for data never revised, in Arabic too', () => {
    renderWithApp(<ShareDialog onClose={() => {}} />, { lang: 'ar', index: unrevisedIndex() });
    expect(hashOf(screen.getByLabelText<HTMLInputElement>('الرابط').value).get('v')).toBe('1');
    expect(screen.getByTestId('share-version')).toHaveTextContent(
      'الإصدار 1 من مجموعة البيانات هذه.',
    );
  });

  it("leaves the version out for a file of the reader's own", () => {
    renderWithApp(<ShareDialog onClose={() => {}} />, { state: { openedFile: 'mine.json' } });
    expect(screen.queryByTestId('share-version')).toBeNull();
  });
});
