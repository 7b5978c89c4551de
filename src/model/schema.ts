/**
 * The dataset format, version 1: the single source of truth for the TypeScript types
 * (z.infer), runtime validation (safeParse in load.ts) and the published JSON Schema
 * (scripts/build-schema.ts). Objects are strict: an unknown field is reported, never
 * silently dropped.
 */
import { z } from 'zod';

export const DATASET_VERSION = 1;
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, { error: 'badId' })
  .describe('Stable identifier: letters, digits, "_", ".", ":" or "-".');

const text = z.string().trim().min(1);

/** Text required in both languages. */
export const bilingual = z
  .strictObject({ ar: text, en: text })
  .describe('The same text in Arabic (ar) and English (en).');

/** Text in one or both languages (descriptions, translations). */
export const partialBilingual = z
  .strictObject({ ar: text.optional(), en: text.optional() })
  .describe('Text in Arabic (ar), English (en) or both.');

const aliases = z
  .strictObject({ ar: z.array(text).optional(), en: z.array(text).optional() })
  .describe('Other names people search for, per language (e.g. "Baku" for Azerbaijan).');

const httpUrl = z
  .string()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: 'notHttpUrl' },
  )
  .describe('An absolute http:// or https:// address.');

const year = z.number().int().min(-5000).max(3000);

/** A year or a range of years; either end of a range may be open. */
export const timeSpan = z
  .strictObject({ from: year.optional(), to: year.optional() })
  .describe('Years the relation holds: {from, to}; a single year has from = to.');

export const position = z.strictObject({ x: z.number(), y: z.number() });

/** Extra attributes carried through from other tools (GEXF, GraphML, Kumu, CSV). */
export const attributes = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

export const ENTITY_KINDS = [
  'country',
  'organization',
  'person',
  'interest',
  'place',
  'asset',
  'event',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Subkinds allowed for each kind; the loader checks the pairing. */
export const SUBKINDS = {
  country: ['state'],
  organization: [
    'armed-group',
    'company',
    'news-outlet',
    'research-center',
    'multinational-force',
    'government-body',
    'political-party',
    'ngo',
    'other',
  ],
  person: ['expert', 'official', 'journalist', 'unnamed-source', 'group', 'other'],
  interest: ['security', 'diplomatic', 'economic', 'humanitarian', 'legitimacy', 'other'],
  place: ['territory', 'region', 'city', 'border', 'other'],
  asset: ['gas-field', 'oil', 'infrastructure', 'weapon-system', 'other'],
  event: ['war', 'conflict', 'initiative', 'deal', 'other'],
} as const satisfies Record<EntityKind, readonly string[]>;

const allSubkinds = [...new Set(Object.values(SUBKINDS).flat())] as [string, ...string[]];

export const EVIDENCE_STATUSES = ['reported', 'claimed', 'disputed'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const evidence = z
  .strictObject({
    source: id.describe('Id of an entry in "sources".'),
    paragraph: z.number().int().min(1).describe('1-based paragraph number in the source.'),
    quote: text.describe("The exact words, in the source's own language."),
    translation: partialBilingual
      .optional()
      .describe('The quote translated (English for an Arabic source, and so on).'),
    status: z
      .enum(EVIDENCE_STATUSES)
      .describe(
        'reported: the source states it; claimed: a claimant asserts it; disputed: it is contested.',
      ),
    claimant: id.optional().describe('Entity who asserts it; required when status is "claimed".'),
    note: partialBilingual.optional(),
  })
  .describe('Where a relation or claim comes from: who said it, where, in which words.');

export const entity = z.strictObject({
  id,
  kind: z.enum(ENTITY_KINDS),
  subkind: z.enum(allSubkinds).optional(),
  label: bilingual,
  aliases: aliases.optional(),
  description: partialBilingual.optional(),
  position: position.optional(),
  evidence: z.array(evidence).optional(),
  attributes: attributes.optional(),
});

export const RELATION_FAMILIES = [
  'cooperation',
  'hostility',
  'proxy',
  'membership',
  'claim',
  'other',
] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

export const relationType = z.strictObject({
  id,
  family: z.enum(RELATION_FAMILIES),
  directed: z.boolean(),
  label: bilingual.describe('Read from source to target: "supplies arms to".'),
  inverseLabel: bilingual
    .optional()
    .describe('Read from target to source: "receives arms from". Required when directed.'),
});

export const relation = z.strictObject({
  id,
  type: id.describe('Id of an entry in "relationTypes".'),
  source: id,
  target: id,
  time: timeSpan.optional(),
  description: partialBilingual.optional(),
  evidence: z.array(evidence).min(1),
  attributes: attributes.optional(),
});

export const claim = z.strictObject({
  id,
  claimant: id.describe('The person or organization (or state) who asserts the claim.'),
  interest: id.describe('The interest or outcome claimed: an entity of kind "interest".'),
  beneficiaries: z.array(id).optional().describe('Who it would benefit.'),
  concerns: z.array(id).optional().describe('Whom or what it is about.'),
  statement: partialBilingual.optional().describe('The claim in one sentence.'),
  evidence: z.array(evidence).min(1),
});

export const source = z.strictObject({
  id,
  title: partialBilingual,
  outlet: partialBilingual.optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'badLanguage' })
    .describe('BCP 47 language of the source text, e.g. "ar".'),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'badDate' })
    .optional()
    .describe('YYYY, YYYY-MM or YYYY-MM-DD, only when known.'),
  url: httpUrl.optional(),
  paragraphs: z
    .array(z.string())
    .optional()
    .describe('The source text, one entry per paragraph, so references can be shown in full.'),
  translations: z
    .strictObject({ ar: z.array(z.string()).optional(), en: z.array(z.string()).optional() })
    .optional()
    .describe('Paragraph-aligned working translations.'),
  note: partialBilingual.optional(),
});

export const camera = z.union([
  z.strictObject({ fit: z.literal(true) }),
  z.strictObject({ zoom: z.number().positive(), pan: position }),
]);

export const storyStep = z.strictObject({
  title: bilingual,
  caption: bilingual,
  focus: z.array(id).min(1).describe('Ids of entities, relations or claims in focus.'),
  select: id.optional().describe('Entity or relation selected when the step is shown.'),
  camera: camera.optional(),
  filters: z.record(z.string(), z.string()).optional(),
  paragraphs: z.array(z.number().int().min(1)).optional(),
});

export const story = z.strictObject({
  id,
  title: bilingual,
  description: partialBilingual.optional(),
  source: id.optional().describe('Source whose paragraphs the steps cite.'),
  steps: z.array(storyStep).min(1),
});

export const dataset = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(DATASET_VERSION),
  id,
  title: bilingual,
  description: partialBilingual.optional(),
  sources: z.array(source),
  entities: z.array(entity),
  relationTypes: z.array(relationType),
  relations: z.array(relation),
  claims: z.array(claim).default([]),
  stories: z.array(story).default([]),
});

export type Bilingual = z.infer<typeof bilingual>;
export type PartialBilingual = z.infer<typeof partialBilingual>;
export type Evidence = z.infer<typeof evidence>;
export type Entity = z.infer<typeof entity>;
export type RelationType = z.infer<typeof relationType>;
export type Relation = z.infer<typeof relation>;
export type Claim = z.infer<typeof claim>;
export type Source = z.infer<typeof source>;
export type Story = z.infer<typeof story>;
export type StoryStep = z.infer<typeof storyStep>;
export type Dataset = z.infer<typeof dataset>;
export type DatasetInput = z.input<typeof dataset>;

/** The published JSON Schema (draft-07), for editors that validate through "$schema". */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(dataset, { target: 'draft-7', io: 'input' }),
    title: 'relgraph dataset, version 1',
  };
}
