/**
 * The dataset format, version 1: the single source of truth for the TypeScript types
 * (z.infer), runtime validation (safeParse in load.ts) and the published JSON Schema
 * (scripts/build-schema.ts). Objects are strict: an unknown field is reported, never
 * silently dropped.
 */
// zod/mini: the same validation and JSON Schema as classic zod at about 5 KB gzip instead of
// about 90 KB, which matters because the loader is on the start-up path.
import * as z from 'zod/mini';

export const DATASET_VERSION = 1;
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(200),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, { error: 'badId' }),
    z.describe('Stable identifier: letters, digits, "_", ".", ":" or "-".'),
  );

const text = z.string().check(z.trim(), z.minLength(1));

const describe = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description)) as T;

/** Text required in both languages. */
export const bilingual = describe(
  z.strictObject({ ar: text, en: text }),
  'The same text in Arabic (ar) and English (en).',
);

/** Text in one or both languages (descriptions, translations). */
export const partialBilingual = describe(
  z.strictObject({ ar: z.optional(text), en: z.optional(text) }),
  'Text in Arabic (ar), English (en) or both.',
);

const aliases = describe(
  z.strictObject({ ar: z.optional(z.array(text)), en: z.optional(z.array(text)) }),
  'Other names people search for, per language (e.g. "Baku" for Azerbaijan).',
);

const httpUrl = z.string().check(
  z.refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: 'notHttpUrl' },
  ),
  z.describe('An absolute http:// or https:// address.'),
);

const year = z.int().check(z.minimum(-5000), z.maximum(3000));

/** A year or a range of years; either end of a range may be open. */
export const timeSpan = describe(
  z.strictObject({ from: z.optional(year), to: z.optional(year) }),
  'Years the relation holds: {from, to}; a single year has from = to.',
);

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

/**
 * Shapes a kind or an entity can take: the ones cytoscape draws and our legend, filters and PNG
 * key can draw too (src/theme/shapes.ts).
 */
export const NODE_SHAPES = [
  'ellipse',
  'round-rectangle',
  'rectangle',
  'diamond',
  'triangle',
  'pentagon',
  'hexagon',
  'octagon',
  'barrel',
  'star',
] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

const hexColor = z
  .string()
  .check(
    z.regex(/^#[0-9A-Fa-f]{6}$/, { error: 'badColor' }),
    z.describe('A colour as #RRGGBB, e.g. "#0072B2".'),
  );

/**
 * A kind the dataset defines: what its entities are called and how they look. A dataset that
 * declares none uses the seven built-in kinds (src/model/kinds.ts).
 */
export const entityKind = z.strictObject({
  id,
  label: bilingual,
  shape: z.enum(NODE_SHAPES),
  color: hexColor,
  size: describe(
    z.optional(z.number().check(z.minimum(8), z.maximum(200))),
    'Diameter on the canvas, in pixels at zoom 1 (default 34).',
  ),
  subkinds: describe(z.optional(z.array(id)), 'Subkinds an entity of this kind may have.'),
});

/** How one entity is drawn when its author chose it (a Gephi colour, a yEd fill…). */
export const entityLook = describe(
  z.strictObject({
    color: z.optional(hexColor),
    size: z.optional(z.number().check(z.minimum(4), z.maximum(400))),
    shape: z.optional(z.enum(NODE_SHAPES)),
  }),
  "The entity's own look, drawn instead of its kind's: colour, size (px at zoom 1), shape.",
);

/** How one relation line is drawn when its author chose it. */
export const relationLook = describe(
  z.strictObject({
    color: z.optional(hexColor),
    width: z.optional(z.number().check(z.minimum(0.5), z.maximum(40))),
  }),
  "The line's own look, drawn instead of its family's: colour, width (px at zoom 1).",
);

/** Subkinds allowed for each built-in kind; the loader checks the pairing. */
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

export const EVIDENCE_STATUSES = ['reported', 'claimed', 'disputed', 'unsourced'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const evidence = describe(
  z.strictObject({
    source: describe(id, 'Id of an entry in "sources".'),
    paragraph: describe(z.int().check(z.minimum(1)), '1-based paragraph number in the source.'),
    quote: describe(text, "The exact words, in the source's own language."),
    translation: describe(
      z.optional(partialBilingual),
      'The quote translated (English for an Arabic source, and so on).',
    ),
    status: describe(
      z.enum(EVIDENCE_STATUSES),
      'reported: the source states it; claimed: a claimant asserts it; disputed: it is contested; unsourced: no source was given (a line imported from another tool; the quote is its own label).',
    ),
    claimant: describe(z.optional(id), 'Entity who asserts it; required when status is "claimed".'),
    note: z.optional(partialBilingual),
  }),
  'Where a relation or claim comes from: who said it, where, in which words.',
);

export const entity = z.strictObject({
  id,
  kind: describe(id, 'A built-in kind, or the id of an entry in "entityKinds".'),
  subkind: z.optional(id),
  label: bilingual,
  aliases: z.optional(aliases),
  description: z.optional(partialBilingual),
  position: z.optional(position),
  evidence: z.optional(z.array(evidence)),
  attributes: z.optional(attributes),
  look: z.optional(entityLook),
  parent: describe(
    z.optional(id),
    'The group this entity belongs to (a yEd group, a Cytoscape compound parent): drawn around it.',
  ),
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
  label: describe(bilingual, 'Read from source to target: "supplies arms to".'),
  inverseLabel: describe(
    z.optional(bilingual),
    'Read from target to source: "receives arms from". Required when directed.',
  ),
});

export const relation = z.strictObject({
  id,
  type: describe(id, 'Id of an entry in "relationTypes".'),
  source: id,
  target: id,
  time: z.optional(timeSpan),
  description: z.optional(partialBilingual),
  evidence: z.array(evidence).check(z.minLength(1)),
  attributes: z.optional(attributes),
  look: z.optional(relationLook),
});

export const claim = z.strictObject({
  id,
  claimant: describe(id, 'The person or organization (or state) who asserts the claim.'),
  interest: describe(id, 'The interest or outcome claimed: an entity of kind "interest".'),
  beneficiaries: describe(z.optional(z.array(id)), 'Who it would benefit.'),
  concerns: describe(z.optional(z.array(id)), 'Whom or what it is about.'),
  statement: describe(z.optional(partialBilingual), 'The claim in one sentence.'),
  evidence: z.array(evidence).check(z.minLength(1)),
});

export const source = z.strictObject({
  id,
  title: partialBilingual,
  outlet: z.optional(partialBilingual),
  language: z
    .string()
    .check(
      z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'badLanguage' }),
      z.describe('BCP 47 language of the source text, e.g. "ar".'),
    ),
  date: describe(
    z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'badDate' }))),
    'YYYY, YYYY-MM or YYYY-MM-DD, only when known.',
  ),
  url: z.optional(httpUrl),
  paragraphs: describe(
    z.optional(z.array(z.string())),
    'The source text, one entry per paragraph, so references can be shown in full.',
  ),
  translations: describe(
    z.optional(
      z.strictObject({ ar: z.optional(z.array(z.string())), en: z.optional(z.array(z.string())) }),
    ),
    'Paragraph-aligned working translations.',
  ),
  note: z.optional(partialBilingual),
});

export const camera = z.union([
  z.strictObject({ fit: z.literal(true) }),
  z.strictObject({ zoom: z.number().check(z.positive()), pan: position }),
]);

export const storyStep = z.strictObject({
  title: bilingual,
  caption: bilingual,
  focus: describe(
    z.array(id).check(z.minLength(1)),
    'Ids of entities, relations or claims in focus.',
  ),
  select: describe(z.optional(id), 'Entity or relation selected when the step is shown.'),
  camera: z.optional(camera),
  filters: z.optional(z.record(z.string(), z.string())),
  paragraphs: z.optional(z.array(z.int().check(z.minimum(1)))),
  notes: describe(
    z.optional(partialBilingual),
    'Speaker notes: shown in the presenter console only, never to the audience.',
  ),
});

export const story = z.strictObject({
  id,
  title: bilingual,
  description: z.optional(partialBilingual),
  source: describe(z.optional(id), 'Source whose paragraphs the steps cite.'),
  steps: z.array(storyStep).check(z.minLength(1)),
});

/** True for a day that exists: 2024-02-29 yes, 2026-02-29 and 2026-04-31 no. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A revision's note: what changed and why, in Arabic, English or both (not neither). */
export const revisionNote = describe(
  z.strictObject({ ar: z.optional(text), en: z.optional(text) }).check(
    z.refine((note) => note.ar !== undefined || note.en !== undefined, {
      error: 'revisionNoteEmpty',
    }),
  ),
  'What changed and why, in Arabic (ar), English (en) or both.',
);

/**
 * One correction or update of a published dataset. The list is oldest first (append a new
 * entry at the end); the dataset's version is 1 + the number of entries (see revisions.ts).
 */
export const revision = z.strictObject({
  date: describe(
    z
      .string()
      .check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'badRevisionDate', abort: true }),
        z.refine(isCalendarDate, { error: 'badRevisionDate' }),
      ),
    'The day the changed dataset was published: YYYY-MM-DD.',
  ),
  note: revisionNote,
});

export const dataset = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(DATASET_VERSION),
  id,
  title: bilingual,
  description: z.optional(partialBilingual),
  revisions: describe(
    z.optional(z.array(revision)),
    'Corrections and updates since the dataset was first published, oldest first: the date and a note of what changed and why. The dataset is then at version 1 + their number.',
  ),
  sources: z.array(source),
  entityKinds: describe(
    z.optional(z.array(entityKind)),
    'The kinds this dataset uses, with their names and look. Without it, the seven built-in kinds.',
  ),
  entities: z.array(entity),
  relationTypes: z.array(relationType),
  relations: z.array(relation),
  claims: z._default(z.array(claim), []),
  stories: z._default(z.array(story), []),
});

export type Bilingual = z.infer<typeof bilingual>;
export type PartialBilingual = z.infer<typeof partialBilingual>;
export type Evidence = z.infer<typeof evidence>;
export type Entity = z.infer<typeof entity>;
export type EntityKindDef = z.infer<typeof entityKind>;
export type EntityLook = z.infer<typeof entityLook>;
export type RelationLook = z.infer<typeof relationLook>;
export type RelationType = z.infer<typeof relationType>;
export type Relation = z.infer<typeof relation>;
export type Claim = z.infer<typeof claim>;
export type Source = z.infer<typeof source>;
export type Story = z.infer<typeof story>;
export type Revision = z.infer<typeof revision>;
export type StoryStep = z.infer<typeof storyStep>;
export type Dataset = z.infer<typeof dataset>;
export type DatasetInput = z.input<typeof dataset>;

/** The published JSON Schema (draft-07), for editors that validate through "$schema". */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(dataset, {
      target: 'draft-7',
      io: 'input',
      // A refinement has no JSON Schema form: say "at least one language" the schema's way.
      override: (ctx) => {
        if (ctx.zodSchema === revisionNote) ctx.jsonSchema.minProperties = 1;
      },
    }),
    title: 'relgraph dataset, version 1',
  };
}
