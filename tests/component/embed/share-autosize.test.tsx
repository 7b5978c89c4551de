/**
 * The Share dialog offers an embed that fits its content: autosize=1 in the frame's address,
 * and the resizer script the build ships, after the iframe.
 */
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShareDialog } from '../../../src/features/embed/ShareDialog';
import { renderWithApp } from '../render';

let before = '';
beforeEach(() => {
  before = window.location.href;
  window.localStorage.clear();
  window.history.replaceState(null, '', '/#lang=en&node=iran');
});
afterEach(() => window.history.replaceState(null, '', before));

const snippetIn = (label: string) => screen.getByLabelText<HTMLTextAreaElement>(label).value;

describe('Share: fit the frame to the graph', () => {
  for (const [lang, label, option] of [
    ['en', 'Embed code', "Fit the frame's height to the graph"],
    ['ar', 'شيفرة التضمين', 'مواءمة ارتفاع الإطار مع الشبكة'],
  ] as const) {
    it(`(${lang}) adds autosize=1 and the resizer script; off again, neither`, () => {
      renderWithApp(<ShareDialog onClose={() => {}} />, { lang });
      expect(snippetIn(label)).not.toContain('autosize');
      fireEvent.click(screen.getByLabelText(new RegExp(option.replace(/[()']/g, '.'))));
      const snippet = snippetIn(label);
      const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
      expect(new URLSearchParams(new URL(src).hash.slice(1)).get('autosize')).toBe('1');
      expect(snippet).toContain('data-relgraph-autosize=""');
      expect(snippet).toContain('style="width:100%;border:0"');
      expect(snippet).toMatch(
        /<script type="module">\s+import \{ initialize \} from "http:\/\/[^"]+\/vendor\/open-iframe-resizer\.js";\s+initialize\(\{\}, 'iframe\[data-relgraph-autosize\]'\);\s+<\/script>$/,
      );
      fireEvent.click(screen.getByTestId('share-autosize'));
      expect(snippetIn(label)).not.toContain('autosize');
      expect(snippetIn(label)).not.toContain('<script');
    });
  }
});
