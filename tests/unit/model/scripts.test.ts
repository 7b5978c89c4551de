import { describe, expect, it } from 'vitest';
import { faceScripts, scriptsToDraw } from '../../../src/model/scripts';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../src/model/schema';

const seed = (): Dataset =>
  JSON.parse(readFileSync('data/azerbaijan-gaza.json', 'utf8')) as Dataset;

describe('faceScripts', () => {
  it('finds the scripts that need one of the app’s faces', () => {
    expect([...faceScripts(['أذربيجان'])]).toEqual(['arabic']);
    expect([...faceScripts(['Azerbaijan', '7'])]).toEqual(['latin']);
    expect([...faceScripts(['شركة SOCAR'])].sort()).toEqual(['arabic', 'latin']);
    // Hebrew, digits and isolates are drawn with the system's fonts.
    expect([...faceScripts(['ערוץ 7', '\u2067 2024 \u2069'])]).toEqual([]);
  });
});

describe('scriptsToDraw', () => {
  it('is the interface’s script and the labels’ in that language', () => {
    // The seed's English names are all Latin; one Arabic name has "SOCAR" in it.
    expect([...scriptsToDraw(seed(), 'en')]).toEqual(['latin']);
    expect([...scriptsToDraw(seed(), 'ar')].sort()).toEqual(['arabic', 'latin']);
    const data = seed();
    const socar = data.entities.find((entity) => entity.id === 'socar');
    if (!socar) throw new Error('the seed has SOCAR');
    socar.label = { ar: 'شركة النفط', en: 'أرامكو' };
    expect([...scriptsToDraw(data, 'ar')]).toEqual(['arabic']);
    expect([...scriptsToDraw(data, 'en')].sort()).toEqual(['arabic', 'latin']);
  });

  it('reads relation types’ labels too', () => {
    const data = seed();
    const type = data.relationTypes[0];
    if (!type) throw new Error('the fixture has relation types');
    type.label = { ar: 'يدعم', en: 'يدعم' };
    expect([...scriptsToDraw(data, 'en')].sort()).toEqual(['arabic', 'latin']);
  });
});
