/**
 * Random small valid datasets, and random edits of them. An edit is drawn as plain numbers
 * and choices, then read against the dataset as it is when it runs ("the 3rd entity"), so a
 * sequence stays meaningful however the edits before it changed the lists; some choices are
 * deliberately wrong (an unknown id, an empty label) so refusals are exercised too.
 */
import fc from 'fast-check';
import * as edit from '../../../../src/model/edit';
import type { EditResult } from '../../../../src/model/edit';
import {
  ENTITY_KINDS,
  EVIDENCE_STATUSES,
  type Claim,
  type Dataset,
  type DatasetInput,
  type Entity,
  type Evidence,
  type NodeShape,
  type Relation,
  type StoryStep,
} from '../../../../src/model/schema';

const NAMES: readonly (readonly [en: string, ar: string])[] = [
  ['Israel', 'إسرائيل'],
  ['Azerbaijan', 'أذربيجان'],
  ['Baku', 'باكو'],
  ['Turan center', 'مركز توران'],
  ['A political source', 'مصدر سياسي'],
  ['Security', 'الأمن'],
  ['Gaza', 'غزة'],
  ['Joseph Epstein', 'جوزيف إبستين'],
  ['—', 'طهران'],
  ['Türkiye', 'تركيا'],
];

const SENTENCES = [
  'تتبلور مبادرة دولية لتشكيل قوة استقرار متعددة الجنسيات في غزة.',
  'وقال مصدر سياسي إن التنسيق بين القدس وباكو وثيق.',
  'Azerbaijan supplies oil to Israel, the report said.',
  '  Spaces   inside and around  ',
  'رقم ٣٫٥ و"اقتباس" 😀 هنا',
];

const CLAIMANT_KINDS = new Set(['person', 'organization', 'country']);

/** Without repeats by content: the same quote twice is one quote. */
const unique = <T>(items: T[]): T[] => [
  ...new Map(items.map((item) => [JSON.stringify(item), item])).values(),
];

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

const evidenceSpec = fc.record({
  paragraph: fc.nat(),
  start: fc.nat(),
  length: fc.integer({ min: 1, max: 30 }),
  status: fc.constantFrom(...EVIDENCE_STATUSES),
  claimant: fc.nat(),
});
type EvidenceSpec = typeof evidenceSpec extends fc.Arbitrary<infer T> ? T : never;

const datasetSpec = fc.record({
  paragraphs: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }),
  // Some datasets declare their kinds (as an importer or "Add a kind" leaves them).
  declaresKinds: fc.boolean(),
  entities: fc.array(
    fc.record({
      kind: fc.constantFrom(...ENTITY_KINDS),
      name: fc.nat(),
      parent: fc.option(fc.nat()),
    }),
    { minLength: 2, maxLength: 8 },
  ),
  relations: fc.array(
    fc.record({
      source: fc.nat(),
      target: fc.nat(),
      type: fc.nat(),
      evidence: fc.array(evidenceSpec, { minLength: 1, maxLength: 2 }),
    }),
    { maxLength: 8 },
  ),
  claims: fc.array(
    fc.record({
      claimant: fc.nat(),
      interest: fc.nat(),
      beneficiaries: fc.array(fc.nat(), { maxLength: 2 }),
      evidence: evidenceSpec,
    }),
    { maxLength: 4 },
  ),
  steps: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
});

/** A quote that is a trimmed substring of its paragraph, claimed by someone who may claim. */
function buildEvidence(
  spec: EvidenceSpec,
  paragraphs: readonly string[],
  claimants: readonly string[],
): Evidence {
  const paragraph = spec.paragraph % paragraphs.length;
  const text = paragraphs[paragraph] ?? '';
  const start = spec.start % text.length;
  let quote = text.slice(start, start + spec.length).trim();
  // Never half an emoji: a lone surrogate is not text.
  if (quote === '' || /[\uD800-\uDFFF]/.test(quote)) quote = text.trim();
  const claimant = pick(claimants, spec.claimant);
  const status = spec.status === 'claimed' && claimant === undefined ? 'reported' : spec.status;
  return {
    source: 'article',
    paragraph: paragraph + 1,
    quote,
    status,
    ...(status === 'claimed' || (claimant !== undefined && spec.claimant % 3 === 0)
      ? { claimant }
      : {}),
  };
}

export const datasetArb: fc.Arbitrary<DatasetInput> = datasetSpec.map((spec) => {
  // At least one who may claim and one interest, so claims can be made.
  const kinds = spec.entities.map((e, i) => (i === 0 ? 'person' : i === 1 ? 'interest' : e.kind));
  const entities: Entity[] = spec.entities.map((e, i) => {
    const [en, ar] = NAMES[e.name % NAMES.length] ?? ['x', 'س'];
    const parent = e.parent !== null && i > 0 ? `e${e.parent % i}` : undefined;
    return {
      id: `e${i}`,
      kind: kinds[i] ?? 'place',
      label: { ar: `${ar} ${i}`, en: `${en} ${i}` },
      ...(parent ? { parent } : {}),
    };
  });
  const ids = entities.map((e) => e.id);
  const claimants = entities.filter((e) => CLAIMANT_KINDS.has(e.kind)).map((e) => e.id);
  const interests = entities.filter((e) => e.kind === 'interest').map((e) => e.id);
  const relations: Relation[] = [];
  spec.relations.forEach((r, i) => {
    const source = pick(ids, r.source) ?? 'e0';
    const target = pick(ids, r.target) ?? 'e1';
    if (source === target) return;
    relations.push({
      id: `r${i}`,
      type: r.type % 2 === 0 ? 'cooperates' : 'supplies',
      source,
      target,
      evidence: unique(r.evidence.map((e) => buildEvidence(e, spec.paragraphs, claimants))),
    });
  });
  const claims: Claim[] = spec.claims.map((c, i) => ({
    id: `c${i}`,
    claimant: pick(claimants, c.claimant) ?? 'e0',
    interest: pick(interests, c.interest) ?? 'e1',
    ...(c.beneficiaries.length > 0
      ? { beneficiaries: [...new Set(c.beneficiaries.map((n) => pick(ids, n) ?? 'e0'))] }
      : {}),
    evidence: [buildEvidence(c.evidence, spec.paragraphs, claimants)],
  }));
  const elements = [...ids, ...relations.map((r) => r.id), ...claims.map((c) => c.id)];
  const steps: StoryStep[] = spec.steps.map((focus, i) => ({
    title: { ar: `خطوة ${i}`, en: `Step ${i}` },
    caption: { ar: 'نص', en: 'Text' },
    focus: [...new Set(focus.map((n) => pick(elements, n) ?? 'e0'))],
  }));
  return {
    version: 1,
    id: 'random',
    title: { ar: 'عشوائي', en: 'Random' },
    sources: [
      { id: 'article', title: { ar: 'مقال' }, language: 'ar', paragraphs: spec.paragraphs },
      { id: 'bare', title: { en: 'Bare' }, language: 'en' },
    ],
    ...(spec.declaresKinds ? { entityKinds: edit.builtinKindDefs() } : {}),
    entities,
    relationTypes: [
      {
        id: 'cooperates',
        family: 'cooperation',
        directed: false,
        label: { ar: 'يتعاون', en: 'cooperates' },
      },
      {
        id: 'supplies',
        family: 'cooperation',
        directed: true,
        label: { ar: 'يزوّد', en: 'supplies' },
        inverseLabel: { ar: 'يتلقى', en: 'is supplied by' },
      },
    ],
    relations,
    claims,
    stories:
      steps.length > 0
        ? [{ id: 'story', title: { ar: 'قصة', en: 'Story' }, source: 'article', steps }]
        : [],
  };
});

// ---- Commands --------------------------------------------------------------------------

/** Mostly a real id of the list, sometimes one nobody has. */
const choice = fc.oneof(
  { weight: 9, arbitrary: fc.nat() },
  { weight: 1, arbitrary: fc.constant(-1) },
);
const text = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('Name', 'اسم', ' padded ', 'Iran', 'إيران') },
  { weight: 1, arbitrary: fc.constant('') },
);
const bilingual = fc.record({ ar: text, en: text });

function idOf(list: readonly { id: string }[], n: number): string {
  return n < 0 ? 'nobody' : (pick(list, n)?.id ?? 'nobody');
}

function elementOf(data: Dataset, n: number): string {
  return idOf([...data.entities, ...data.relations, ...data.claims], n);
}

const stepArb = fc.record({
  title: bilingual,
  caption: bilingual,
  focus: fc.oneof(
    { weight: 9, arbitrary: fc.array(choice, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant<number[]>([]) },
  ),
  select: fc.option(choice, { freq: 2 }),
  paragraphs: fc.option(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 2 }), { freq: 2 }),
});
type StepSpec = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function buildStep(data: Dataset, spec: StepSpec): StoryStep {
  return {
    title: spec.title,
    caption: spec.caption,
    focus: spec.focus.map((n) => elementOf(data, n)),
    ...(spec.select !== null ? { select: elementOf(data, spec.select) } : {}),
    ...(spec.paragraphs !== null ? { paragraphs: spec.paragraphs } : {}),
  };
}

const selectionArb = fc.record({
  source: choice,
  paragraph: fc.integer({ min: 0, max: 4 }),
  start: fc.integer({ min: -1, max: 50 }),
  length: fc.integer({ min: 0, max: 30 }),
  status: fc.constantFrom(...EVIDENCE_STATUSES),
  claimant: fc.option(choice),
});
type SelectionSpec = typeof selectionArb extends fc.Arbitrary<infer T> ? T : never;

/** Evidence from a selection, as the UI would make it; falls back to a quote it typed. */
function buildEvidenceFrom(data: Dataset, spec: SelectionSpec): Evidence {
  const claimant = spec.claimant === null ? undefined : idOf(data.entities, spec.claimant);
  const made = edit.makeEvidence(data, {
    source: idOf(data.sources, spec.source),
    paragraph: spec.paragraph,
    start: spec.start,
    end: spec.start + spec.length,
    status: spec.status,
    ...(claimant !== undefined ? { claimant } : {}),
  });
  if (made.ok) return made.evidence;
  return {
    source: idOf(data.sources, spec.source),
    paragraph: 1,
    quote: 'typed',
    status: spec.status,
  };
}

export interface Command {
  name: string;
  run: (data: Dataset) => EditResult;
}

const command = <T>(
  name: string,
  args: fc.Arbitrary<T>,
  run: (data: Dataset, args: T) => EditResult,
) => args.map((value): Command => ({ name, run: (data) => run(data, value) }));

export const COMMANDS: fc.Arbitrary<Command>[] = [
  command(
    'setDatasetInfo',
    fc.record({ title: bilingual, description: fc.option(bilingual) }),
    (d, a) => edit.setDatasetInfo(d, { title: a.title, description: a.description ?? undefined }),
  ),
  command(
    'addSource',
    fc.record({
      title: bilingual,
      language: fc.constantFrom('ar', 'en', 'EN'),
      date: fc.constantFrom(undefined, '2024', '2024-02-30', '2025-01-09'),
      text: fc.constantFrom('One.\n\nTwo.', '  ', 'سطر\r\nسطر آخر'),
    }),
    (d, a) => edit.addSource(d, a),
  ),
  command(
    'updateSource',
    fc.record({ n: choice, text: fc.constantFrom('Only one.', 'a\nb\nc\nd\ne\nf') }),
    (d, a) => edit.updateSource(d, idOf(d.sources, a.n), { text: a.text }),
  ),
  command('deleteSource', choice, (d, n) => edit.deleteSource(d, idOf(d.sources, n))),
  command(
    'addEntity',
    fc.record({
      kind: fc.constantFrom(...ENTITY_KINDS, 'planet'),
      label: bilingual,
      parent: fc.option(choice),
    }),
    (d, a) =>
      edit.addEntity(d, {
        kind: a.kind,
        label: a.label,
        ...(a.parent !== null ? { parent: idOf(d.entities, a.parent) } : {}),
      }),
  ),
  command(
    'updateEntity',
    fc.record({
      n: choice,
      kind: fc.option(fc.constantFrom(...ENTITY_KINDS)),
      label: fc.option(bilingual),
      // null: leave the parent; { to: null }: remove it.
      parent: fc.option(fc.record({ to: fc.option(choice) })),
    }),
    (d, a) => {
      const changes: Partial<edit.EntityFields> = {};
      if (a.kind !== null) Object.assign(changes, { kind: a.kind, subkind: undefined });
      if (a.label !== null) changes.label = a.label;
      if (a.parent !== null)
        changes.parent = a.parent.to === null ? undefined : idOf(d.entities, a.parent.to);
      return edit.updateEntity(d, idOf(d.entities, a.n), changes);
    },
  ),
  command(
    'moveEntities',
    fc.array(fc.record({ n: choice, x: fc.integer(), y: fc.double() }), { maxLength: 4 }),
    (d, a) =>
      edit.moveEntities(d, new Map(a.map((m) => [idOf(d.entities, m.n), { x: m.x, y: m.y }]))),
  ),
  command('deleteEntity', choice, (d, n) => edit.deleteEntity(d, idOf(d.entities, n))),
  command('mergeEntities', fc.record({ keep: choice, drop: choice }), (d, a) =>
    edit.mergeEntities(d, { keep: idOf(d.entities, a.keep), drop: idOf(d.entities, a.drop) }),
  ),
  command(
    'addRelationType',
    fc.record({ directed: fc.boolean(), label: bilingual, inverse: fc.option(bilingual) }),
    (d, a) =>
      edit.addRelationType(d, {
        family: 'other',
        directed: a.directed,
        label: a.label,
        ...(a.inverse ? { inverseLabel: a.inverse } : {}),
      }),
  ),
  command('updateRelationType', fc.record({ n: choice, directed: fc.boolean() }), (d, a) =>
    edit.updateRelationType(d, idOf(d.relationTypes, a.n), { directed: a.directed }),
  ),
  command('deleteRelationType', choice, (d, n) =>
    edit.deleteRelationType(d, idOf(d.relationTypes, n)),
  ),
  command(
    'addEntityKind',
    fc.record({
      label: bilingual,
      color: fc.constantFrom('#332288', '#88CCEE', '#AA4499', 'teal'),
      shape: fc.constantFrom('star', 'pentagon', 'octagon', 'blob'),
    }),
    (d, a) => edit.addEntityKind(d, { ...a, shape: a.shape as NodeShape }),
  ),
  command(
    'updateEntityKind',
    fc.record({ n: choice, color: fc.constantFrom('#117733', 'green'), label: bilingual }),
    (d, a) =>
      edit.updateEntityKind(d, idOf(d.entityKinds ?? [], a.n), {
        color: a.color,
        label: a.label,
      }),
  ),
  command('deleteEntityKind', fc.record({ n: choice, unused: fc.boolean() }), (d, a) => {
    // Mostly a kind no entity is of, as the UI offers; sometimes one in use, which is refused.
    const kinds = (d.entityKinds ?? []).filter(
      (kind) => !a.unused || !d.entities.some((entity) => entity.kind === kind.id),
    );
    return edit.deleteEntityKind(d, idOf(kinds, a.n));
  }),
  command(
    'addRelation',
    fc.record({
      type: choice,
      source: choice,
      target: choice,
      evidence: fc.array(selectionArb, { maxLength: 2 }),
    }),
    (d, a) =>
      edit.addRelation(d, {
        type: idOf(d.relationTypes, a.type),
        source: idOf(d.entities, a.source),
        target: idOf(d.entities, a.target),
        evidence: a.evidence.map((s) => buildEvidenceFrom(d, s)),
      }),
  ),
  command(
    'updateRelation',
    fc.record({ n: choice, target: choice, description: fc.option(bilingual) }),
    (d, a) =>
      edit.updateRelation(d, idOf(d.relations, a.n), {
        target: idOf(d.entities, a.target),
        description: a.description ?? undefined,
      }),
  ),
  command('deleteRelation', choice, (d, n) => edit.deleteRelation(d, idOf(d.relations, n))),
  command(
    'addClaim',
    fc.record({
      // Mostly parties that fit (someone who may claim, an interest), sometimes any entity.
      fit: fc.boolean(),
      claimant: choice,
      interest: choice,
      concerns: fc.array(choice, { maxLength: 2 }),
      evidence: selectionArb,
    }),
    (d, a) => {
      const claimants = a.fit ? d.entities.filter((e) => CLAIMANT_KINDS.has(e.kind)) : d.entities;
      const interests = a.fit ? d.entities.filter((e) => e.kind === 'interest') : d.entities;
      return edit.addClaim(d, {
        claimant: idOf(claimants, a.claimant),
        interest: idOf(interests, a.interest),
        concerns: a.concerns.map((n) => idOf(d.entities, n)),
        evidence: [buildEvidenceFrom(d, a.evidence)],
      });
    },
  ),
  command(
    'updateClaim',
    fc.record({ n: choice, beneficiaries: fc.array(choice, { maxLength: 2 }) }),
    (d, a) =>
      edit.updateClaim(d, idOf(d.claims, a.n), {
        beneficiaries: a.beneficiaries.map((n) => idOf(d.entities, n)),
      }),
  ),
  command('deleteClaim', choice, (d, n) => edit.deleteClaim(d, idOf(d.claims, n))),
  command(
    'attachEvidence',
    fc.record({
      collection: fc.constantFrom('entities', 'relations', 'claims' as const),
      n: choice,
      evidence: selectionArb,
    }),
    (d, a) =>
      edit.attachEvidence(d, {
        target: { collection: a.collection, id: idOf(d[a.collection], a.n) },
        evidence: buildEvidenceFrom(d, a.evidence),
      }),
  ),
  command(
    'detachEvidence',
    fc.record({
      collection: fc.constantFrom('entities', 'relations', 'claims' as const),
      n: choice,
      index: fc.nat(2),
    }),
    (d, a) =>
      edit.detachEvidence(d, {
        target: { collection: a.collection, id: idOf(d[a.collection], a.n) },
        index: a.index,
      }),
  ),
  command('addStory', fc.record({ title: bilingual, step: stepArb }), (d, a) =>
    edit.addStory(d, { title: a.title, firstStep: buildStep(d, a.step) }),
  ),
  command('updateStory', fc.record({ n: choice, title: bilingual }), (d, a) =>
    edit.updateStory(d, idOf(d.stories, a.n), { title: a.title }),
  ),
  command('deleteStory', choice, (d, n) => edit.deleteStory(d, idOf(d.stories, n))),
  command(
    'captureStoryStep',
    fc.record({ n: choice, step: stepArb, at: fc.option(fc.nat(4)) }),
    (d, a) =>
      edit.captureStoryStep(d, {
        story: idOf(d.stories, a.n),
        step: buildStep(d, a.step),
        ...(a.at !== null ? { at: a.at } : {}),
      }),
  ),
  command('updateStoryStep', fc.record({ n: choice, index: fc.nat(2), step: stepArb }), (d, a) =>
    edit.updateStoryStep(d, {
      story: idOf(d.stories, a.n),
      index: a.index,
      step: buildStep(d, a.step),
    }),
  ),
  command('moveStoryStep', fc.record({ n: choice, from: fc.nat(2), to: fc.nat(2) }), (d, a) =>
    edit.moveStoryStep(d, { story: idOf(d.stories, a.n), from: a.from, to: a.to }),
  ),
  command('deleteStoryStep', fc.record({ n: choice, index: fc.nat(3) }), (d, a) =>
    edit.deleteStoryStep(d, { story: idOf(d.stories, a.n), index: a.index }),
  ),
];

export const commandArb: fc.Arbitrary<Command> = fc.oneof(...COMMANDS);
