/**
 * The format registry (src/io/formats.ts) is the one list detection, the file picker, the
 * download menu, messages and the CLI read: every format we read is in it once, every format we
 * write is written by one entry, and what it says is what those places do.
 */
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_FORMATS } from '../../../src/features/io/download';
import { ACCEPTED_FILES } from '../../../src/features/io/open-files';
import { detectFormat } from '../../../src/io/detect';
import { ACCEPTED_EXTENSIONS, FORMATS, exportSpec, formatSpec } from '../../../src/io/formats';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '../../../src/io/types';

describe('the format registry', () => {
  it('has each format we read once, and each format we write once', () => {
    expect(FORMATS.map((spec) => spec.id).sort()).toEqual([...IMPORT_FORMATS].sort());
    const written = FORMATS.flatMap((spec) => (spec.writes ? [spec.writes.id] : []));
    expect([...written].sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(DOWNLOAD_FORMATS).toEqual(written);
    expect(exportSpec('json').id).toBe('relgraph');
    expect(formatSpec('kumu').writes).toBeUndefined();
  });

  it('lets the file picker offer every extension a format is chosen by', () => {
    expect(ACCEPTED_FILES).toBe(ACCEPTED_EXTENSIONS);
    for (const spec of FORMATS) {
      for (const ext of spec.extensions) {
        expect(ACCEPTED_EXTENSIONS.split(',')).toContain(`.${ext}`);
        expect(detectFormat(`graph.${ext.toUpperCase()}`, '')).toBe(spec.id);
      }
    }
  });

  it('recognises each format by its content when the name does not say', () => {
    expect(detectFormat('a.xml', '<?xml version="1.0"?>\n<gexf version="1.3">')).toBe('gexf');
    expect(detectFormat('a.xml', '<!-- yEd --><y:graphml xmlns:y="x">')).toBe('graphml');
    expect(detectFormat('a.xml', '<root/>')).toBeUndefined();
    expect(detectFormat('a.json', '{"version": 1, "entities": []}')).toBe('relgraph');
    expect(detectFormat('a.json', '{"elements": [], "connections": []}')).toBe('kumu');
    expect(detectFormat('a.json', '{"nodes": [{"data": {"id": "a"}}], "edges": []}')).toBe(
      'cytoscape',
    );
    expect(detectFormat('a.json', '{"version": 1')).toBe('relgraph');
    expect(detectFormat('entities.txt', 'id,label_en')).toBe('csv');
    expect(detectFormat('notes.txt', 'hello')).toBeUndefined();
  });
});
