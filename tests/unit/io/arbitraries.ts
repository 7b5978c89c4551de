/**
 * Random valid datasets for the round-trip properties: Arabic and English text with the
 * characters that break naive writers (quotes, delimiters, "|", "\", line breaks, formula
 * starts), attribute names that collide with our own fields, and every optional section.
 * They stay inside what the formats promise to carry (see data/templates/README.md,
 * "What each format carries"): no empty lists or objects, no -0, and no characters XML 1.0
 * cannot hold in labels (attribute values may have them: they travel as JSON).
 */
import fc from 'fast-check';
import { ENTITY_KINDS, RELATION_FAMILIES, SUBKINDS, type Dataset } from '../../../src/model/schema';

const TEXT_UNITS = [
  'a',
  'Z',
  '7',
  ' ',
  '"',
  "'",
  ',',
  ';',
  '|',
  '\\',
  '=',
  '-',
  '+',
  '@',
  '\n',
  'é',
  'ب',
  'ع',
  'ة',
  'ـ',
  '😀',
  '<',
  '&',
];
const textArb = fc
  .oneof(
    fc.constantFrom(
      'Israel',
      'أذربيجان',
      'Joseph Epstein',
      'مركز توران للأبحاث',
      '=SUM(A1:A2)',
      "'=already escaped",
      '-5 units',
      '@handle',
      'He said "yes", then left',
      'line one\nline two',
      'a|b\\c',
      'رقم ٣٫٥',
    ),
    fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: 1, maxLength: 12 }),
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/);
const numberArb = fc
  .oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map((n) => (Object.is(n, -0) ? 0 : n));

const ATTRIBUTE_NAMES = [
  'weight',
  'note',
  'Modularity Class',
  'évaluation',
  'عمر',
  'label',
  'x',
  'color',
  'kind',
  'type',
  'source',
  'size',
  'r',
  '',
  ' padded',
  'a:number',
  'Label EN',
  'attributes',
  'relgraph_attributes',
  'id',
];
const attributeValueArb = fc.oneof(
  textArb,
  fc.constantFrom('', '  spaced  ', 'ctrl\u0001char', '\tlead', "'=x"),
  numberArb,
  fc.boolean(),
  fc.constant(null),
);
const attributesArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...ATTRIBUTE_NAMES), attributeValueArb), {
    minLength: 1,
    maxLength: 4,
    selector: ([name]) => name,
  })
  .map((pairs) => Object.fromEntries(pairs));

const bilingualArb = fc.record({ ar: textArb, en: textArb });
const partialArb = fc
  .record({ ar: textArb, en: textArb }, { requiredKeys: [] })
  .filter((v) => Object.keys(v).length > 0);
const listArb = fc.array(textArb, { minLength: 1, maxLength: 3 });

function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined });
}

/** Drops undefined keys, as a parsed file would not have them. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    ids: fc.uniqueArray(idArb, { minLength: 12, maxLength: 12 }),
    kinds: fc.array(fc.constantFrom(...ENTITY_KINDS), { minLength: 2, maxLength: 5 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .chain(({ ids, kinds, seed }) => {
    // Make sure claims have a claimant and an interest to point at.
    const allKinds = [...kinds, 'person', 'interest'] as (typeof ENTITY_KINDS)[number][];
    const entityIds = ids.slice(0, allKinds.length);
    const relationIds = ids.slice(allKinds.length, allKinds.length + 3);
    const claimIds = ids.slice(allKinds.length + 3, allKinds.length + 5);
    const claimants = entityIds.filter((_, i) =>
      ['person', 'organization', 'country'].includes(allKinds[i] as string),
    );
    const interests = entityIds.filter((_, i) => allKinds[i] === 'interest');

    const sourceArb = fc
      .record({
        id: fc.constantFrom('src-a', 'src-b'),
        title: partialArb,
        outlet: optional(partialArb),
        language: fc.constantFrom('ar', 'en'),
        date: optional(fc.constantFrom('2025', '2024-05', '2023-01-31')),
        url: optional(fc.constantFrom('https://example.org/a?b=1&c=2', 'http://example.com/')),
        text: optional(
          fc.array(fc.oneof(textArb, fc.constant(''), fc.constant('  padded  ')), {
            minLength: 1,
            maxLength: 3,
          }),
        ),
        withTranslation: fc.boolean(),
        note: optional(partialArb),
      })
      .filter((s) => s.text === undefined || s.text.some((p) => p !== ''))
      .map(({ text, withTranslation, ...rest }) =>
        compact({
          ...rest,
          paragraphs: text,
          translations:
            text && withTranslation
              ? { en: text.map((p, i) => (i === 0 ? 'translated' : p)) }
              : undefined,
        }),
      );
    return fc
      .uniqueArray(sourceArb, { minLength: 1, maxLength: 2, selector: (s) => s.id })
      .chain((sources) => {
        const evidenceArb = (mustClaim: boolean) =>
          fc
            .record({
              source: fc.constantFrom(...sources.map((s) => s.id)),
              paragraph: fc.integer({ min: 1, max: 3 }),
              quote: textArb,
              translation: optional(partialArb),
              status: mustClaim
                ? fc.constant('claimed' as const)
                : fc.constantFrom('reported', 'claimed', 'disputed'),
              claimant: fc.constantFrom(...claimants),
              withClaimant: fc.boolean(),
              note: optional(partialArb),
            })
            .map(({ withClaimant, claimant, paragraph, source, ...rest }) => {
              const count = sources.find((s) => s.id === source)?.paragraphs?.length;
              return compact({
                ...rest,
                source,
                paragraph: count ? Math.min(paragraph, count) : paragraph,
                claimant: rest.status === 'claimed' || withClaimant ? claimant : undefined,
              });
            });
        const evidenceList = fc.array(evidenceArb(false), { minLength: 1, maxLength: 2 });
        const entityArb = (id: string, kind: (typeof ENTITY_KINDS)[number]) =>
          fc
            .record({
              subkind: optional(fc.constantFrom(...SUBKINDS[kind])),
              label: bilingualArb,
              aliases: optional(
                fc
                  .record({ ar: listArb, en: listArb }, { requiredKeys: [] })
                  .filter((v) => Object.keys(v).length > 0),
              ),
              description: optional(partialArb),
              position: optional(fc.record({ x: numberArb, y: numberArb })),
              evidence: optional(evidenceList),
              attributes: optional(attributesArb),
            })
            .map((e) => compact({ id, kind, ...e }));
        const typeArb = fc
          .record({
            id: fc.constantFrom('allied-with', 'supplies', 'opposes'),
            family: fc.constantFrom(...RELATION_FAMILIES),
            directed: fc.boolean(),
            label: bilingualArb,
            inverseLabel: bilingualArb,
          })
          .map(({ directed, inverseLabel, ...t }) =>
            compact({ ...t, directed, inverseLabel: directed ? inverseLabel : undefined }),
          );
        return fc
          .record({
            entities: fc.tuple(
              ...entityIds.map((id, i) =>
                entityArb(id, allKinds[i] as (typeof ENTITY_KINDS)[number]),
              ),
            ),
            relationTypes: fc.uniqueArray(typeArb, {
              minLength: 1,
              maxLength: 3,
              selector: (t) => t.id,
            }),
            title: bilingualArb,
            description: optional(partialArb),
            schema: optional(fc.constant('https://example.org/schema/graph-v1.json')),
            withStory: fc.boolean(),
          })
          .chain(({ entities, relationTypes, title, description, schema, withStory }) => {
            const relationArb = (id: string) =>
              fc
                .record({
                  type: fc.constantFrom(...relationTypes.map((t) => t.id)),
                  source: fc.constantFrom(...entityIds),
                  target: fc.constantFrom(...entityIds),
                  time: optional(
                    fc
                      .record(
                        {
                          from: fc.integer({ min: 1900, max: 2030 }),
                          to: fc.integer({ min: 1900, max: 2030 }),
                        },
                        { requiredKeys: [] },
                      )
                      .filter(
                        (t) =>
                          Object.keys(t).length > 0 &&
                          (t.from === undefined || t.to === undefined || t.from <= t.to),
                      ),
                  ),
                  description: optional(partialArb),
                  evidence: evidenceList,
                  attributes: optional(attributesArb),
                })
                .map((r) => compact({ id, ...r }));
            const claimArb = (id: string) =>
              fc
                .record({
                  claimant: fc.constantFrom(...claimants),
                  interest: fc.constantFrom(...interests),
                  beneficiaries: optional(
                    fc.array(fc.constantFrom(...entityIds), { minLength: 1, maxLength: 2 }),
                  ),
                  concerns: optional(
                    fc.array(fc.constantFrom(...entityIds), { minLength: 1, maxLength: 2 }),
                  ),
                  statement: optional(partialArb),
                  evidence: fc.array(evidenceArb(true), { minLength: 1, maxLength: 2 }),
                })
                .map((c) => compact({ id, ...c }));
            return fc
              .record({
                relations: fc
                  .tuple(...relationIds.map(relationArb))
                  .chain((all) =>
                    fc.integer({ min: 0, max: all.length }).map((n) => all.slice(0, n)),
                  ),
                claims: fc
                  .tuple(...claimIds.map(claimArb))
                  .chain((all) =>
                    fc.integer({ min: 0, max: all.length }).map((n) => all.slice(0, n)),
                  ),
                storyTitle: bilingualArb,
              })
              .map(({ relations, claims, storyTitle }) =>
                compact({
                  $schema: schema,
                  version: 1 as const,
                  id: `generated-${seed}`,
                  title,
                  description,
                  sources,
                  entities,
                  relationTypes,
                  relations,
                  claims,
                  stories: withStory
                    ? [
                        {
                          id: 'story',
                          title: storyTitle,
                          steps: [
                            {
                              title: storyTitle,
                              caption: title,
                              focus: [entityIds[0] as string],
                              camera: { zoom: 1.5, pan: { x: 10, y: -20 } },
                              filters: { kind: 'person' },
                            },
                          ],
                        },
                      ]
                    : [],
                }),
              );
          });
      });
  }) as unknown as fc.Arbitrary<Dataset>;
