// @vitest-environment node
/**
 * What a picture's key says: only what the graph holds, and, when the reader coloured the graph
 * by an attribute, what each colour means.
 */
import { describe, expect, it } from 'vitest';
import { exportTexts } from '../../../src/features/story/texts';
import { createI18n } from '../../../src/i18n';
import { EMPTY_FILTERS } from '../../../src/model/filters';
import { buildIndex } from '../../../src/model/graph-index';
import { importedIndex } from '../io/imported';
import { seed } from '../io/helpers';

const NOW = new Date('2026-12-02T12:00:00Z');

const miserables = () => importedIndex('miserables.graphml');

describe("a picture's key", () => {
  it('lists the kinds of the file and says the colours are its author’s', () => {
    const { t } = createI18n('en');
    const texts = exportTexts(t, 'en', miserables(), null, undefined, undefined, NOW);
    expect(texts.legend.kinds.items.map((i) => i.label)).toEqual(['Entity']);
    expect(texts.legend.ownLook).toBe("Colours and sizes as the file's author drew them");
    expect(texts.legend.rings).toEqual({});
    expect(texts.legend.colorKey).toBeUndefined();
  });

  it('coloured by an attribute: says what each colour means, in Arabic too', () => {
    const index = miserables();
    const view = {
      filters: EMPTY_FILTERS,
      selection: null,
      colorBy: 'attr:Modularity Class' as const,
    };
    const en = exportTexts(createI18n('en').t, 'en', index, null, undefined, view, NOW);
    expect(en.legend.colorKey?.heading).toBe('Colour: Modularity Class');
    expect(en.legend.colorKey?.items[0]).toEqual({ label: '8 (15)', color: '#0072B2' });
    expect(en.legend.ownLook).toBeUndefined();
    const ar = exportTexts(createI18n('ar').t, 'ar', index, null, undefined, view, NOW);
    expect(ar.legend.colorKey?.heading).toBe('اللون: Modularity Class');
  });

  it('the seed keeps its seven-kind key with the rings', () => {
    const texts = exportTexts(
      createI18n('en').t,
      'en',
      buildIndex(seed()),
      null,
      undefined,
      undefined,
      NOW,
    );
    expect(texts.legend.kinds.items.map((i) => i.kind)).toContain('country');
    expect(texts.legend.rings.armed).toBe('Armed group (red ring)');
  });
});
