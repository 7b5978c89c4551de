import { problem, type Problem } from './problems';
import type { Dataset, Entity } from './schema';

/**
 * Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). In a name they make
 * it read otherwise than it is written: U+202E + "learsI" shows as "Israel" but is not found by
 * a search for Israel. The canvas adds its own isolates (graph/labels.ts); none belong in data.
 * Marks (LRM, RLM, ALM) stay: they only nudge neutral characters, as Arabic text needs.
 */
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

function codesIn(text: string): string[] {
  return [...new Set(text.match(CONTROLS) ?? [])]
    .sort()
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** The dataset with those controls removed from entity names, and one warning per entity. */
export function stripBidiControls(data: Dataset): { data: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  let changed = false;
  const entities = data.entities.map((entity, i): Entity => {
    const names = [
      ...Object.values(entity.label),
      ...Object.values(entity.aliases ?? {}).flat(),
    ].join('');
    const codes = codesIn(names);
    if (codes.length === 0) return entity;
    changed = true;
    problems.push(
      problem(
        'bidiControls',
        ['entities', i, 'label'],
        { id: entity.id, codes: codes.join(', ') },
        'warning',
      ),
    );
    const clean = (s: string) => s.replace(CONTROLS, '');
    return {
      ...entity,
      label: { ar: clean(entity.label.ar), en: clean(entity.label.en) },
      ...(entity.aliases
        ? {
            aliases: Object.fromEntries(
              Object.entries(entity.aliases).map(([lang, list]) => [lang, list.map(clean)]),
            ) as Entity['aliases'],
          }
        : {}),
    };
  });
  return { data: changed ? { ...data, entities } : data, problems };
}
