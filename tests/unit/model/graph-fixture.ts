/**
 * A small graph shaped like the seed dataset, shared by the neighbours, paths and filters tests.
 *
 *   israel ─cooperates─ azerbaijan ─hostile(claimed by expert)─ iran
 *   iran ─backs→ hamas (2000–2023), hezbollah (undated), huseynyun (claimed by political-source)
 *   hezbollah ─hostile─ israel (2006); hamas ─hostile─ israel (2023–2024)
 *   socar ─supplies→ israel (2024–); azerbaijan ─member→ force (disputed)
 *   claim c1: political-source claims stability, benefiting israel and azerbaijan, about iran
 */
import type { GraphIndex } from '../../../src/model/graph-index';
import { fromDataset } from '../../../src/model/load';
import { dataset, type EntityKind, type EvidenceStatus } from '../../../src/model/schema';

const ent = (id: string, kind: EntityKind) => ({ id, kind, label: { en: id, ar: id } });

const ev = (status: EvidenceStatus = 'reported', source = 's1', claimant?: string) => [
  { source, paragraph: 1, quote: 'quote', status, ...(claimant ? { claimant } : {}) },
];

const rel = (
  id: string,
  type: string,
  source: string,
  target: string,
  extra: { time?: { from?: number; to?: number }; evidence?: ReturnType<typeof ev> } = {},
) => ({ id, type, source, target, evidence: ev(), ...extra });

export function buildIndex(input: {
  entities: { id: string; kind: EntityKind; attributes?: Record<string, string | number> }[];
  relations: ReturnType<typeof rel>[];
  types?: { id: string; family: 'cooperation' | 'hostility' | 'proxy'; directed: boolean }[];
}): GraphIndex {
  const result = fromDataset(
    dataset.parse({
      version: 1,
      id: 'fixture',
      title: { ar: 'اختبار', en: 'Fixture' },
      sources: [{ id: 's1', title: { en: 'S1' }, language: 'ar' }],
      entities: input.entities.map((e) => ({
        ...ent(e.id, e.kind),
        ...(e.attributes ? { attributes: e.attributes } : {}),
      })),
      relationTypes: (input.types ?? []).map((t) => ({
        ...t,
        label: { en: t.id, ar: t.id },
        ...(t.directed ? { inverseLabel: { en: t.id, ar: t.id } } : {}),
      })),
      relations: input.relations,
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.index;
}

export { rel };

export function seedLike(): GraphIndex {
  const result = fromDataset(
    dataset.parse({
      version: 1,
      id: 'seed-like',
      title: { ar: 'اختبار', en: 'Seed-like' },
      sources: [
        { id: 's1', title: { ar: 'مقال' }, language: 'ar' },
        { id: 's2', title: { en: 'Report' }, language: 'en' },
      ],
      entities: [
        ent('israel', 'country'),
        ent('azerbaijan', 'country'),
        ent('iran', 'country'),
        ent('hamas', 'organization'),
        ent('hezbollah', 'organization'),
        ent('huseynyun', 'organization'),
        ent('socar', 'organization'),
        ent('force', 'organization'),
        ent('political-source', 'person'),
        ent('expert', 'person'),
        ent('stability', 'interest'),
        ent('gaza', 'place'),
      ],
      relationTypes: [
        { id: 'cooperates', family: 'cooperation', directed: false, label: { en: 'c', ar: 'c' } },
        { id: 'hostile', family: 'hostility', directed: false, label: { en: 'h', ar: 'h' } },
        {
          id: 'backs',
          family: 'proxy',
          directed: true,
          label: { en: 'backs', ar: 'يدعم' },
          inverseLabel: { en: 'backed by', ar: 'مدعوم من' },
        },
        {
          id: 'supplies',
          family: 'cooperation',
          directed: true,
          label: { en: 'supplies', ar: 'يزود' },
          inverseLabel: { en: 'supplied by', ar: 'يتزود من' },
        },
        {
          id: 'member',
          family: 'membership',
          directed: true,
          label: { en: 'member of', ar: 'عضو في' },
          inverseLabel: { en: 'has member', ar: 'يضم' },
        },
      ],
      relations: [
        rel('r1', 'cooperates', 'israel', 'azerbaijan', { time: { from: 1992 } }),
        rel('r2', 'backs', 'iran', 'hamas', { time: { from: 2000, to: 2023 } }),
        rel('r3', 'backs', 'iran', 'hezbollah'),
        rel('r4', 'backs', 'iran', 'huseynyun', {
          evidence: ev('claimed', 's1', 'political-source'),
        }),
        rel('r5', 'hostile', 'hezbollah', 'israel', { time: { from: 2006, to: 2006 } }),
        rel('r6', 'hostile', 'hamas', 'israel', { time: { from: 2023, to: 2024 } }),
        rel('r7', 'supplies', 'socar', 'israel', {
          time: { from: 2024 },
          evidence: ev('reported', 's2'),
        }),
        rel('r8', 'member', 'azerbaijan', 'force', { evidence: ev('disputed', 's2', 'expert') }),
        rel('r9', 'hostile', 'azerbaijan', 'iran', { evidence: ev('claimed', 's2', 'expert') }),
      ],
      claims: [
        {
          id: 'c1',
          claimant: 'political-source',
          interest: 'stability',
          beneficiaries: ['israel', 'azerbaijan'],
          concerns: ['iran'],
          evidence: ev('claimed', 's1', 'political-source'),
        },
      ],
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.index;
}
