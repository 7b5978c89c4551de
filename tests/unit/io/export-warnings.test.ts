// @vitest-environment node
import './dom';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { describeProblem } from '../../../src/i18n/problems';
import { exportDataset } from '../../../src/io';
import { exportDatasetSync } from '../../../src/io/sync';
import { seed } from './helpers';

describe('exports never change text without a word', () => {
  const data = seed();
  const broken = {
    ...data,
    entities: data.entities.map((e, i) =>
      i === 2 ? { ...e, label: { ...e.label, en: `${e.label.en}\u0007\uD800` } } : e,
    ),
  };

  it.each(['gexf', 'graphml'] as const)('%s says where XML replaced characters', async (format) => {
    for (const result of [exportDatasetSync(broken, format), await exportDataset(broken, format)]) {
      expect(result.warnings).toHaveLength(1);
      const [warning] = result.warnings;
      expect(warning?.path).toEqual(['entities', 2, 'label', 'en']);
      expect(warning?.params).toEqual({ count: 2, format: format.toUpperCase() });
      expect(describeProblem(createI18n('en'), warning!).message).toContain(
        `2 character(s) here cannot be written in ${format.toUpperCase()}`,
      );
      expect(describeProblem(createI18n('ar'), warning!).message).toContain('لا يمكن كتابتها');
    }
  });

  it('JSON, Cytoscape and CSV carry them as they are, with no warning', () => {
    for (const format of ['json', 'cytoscape', 'csv'] as const) {
      expect(exportDatasetSync(broken, format).warnings).toEqual([]);
    }
    expect(exportDatasetSync(data, 'gexf').warnings).toEqual([]);
  });
});
