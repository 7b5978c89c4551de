/**
 * The seed dataset (data/azerbaijan-gaza.json) against its source of record: it validates
 * against the v1 schema, every paragraph of the article maps to elements that cite it, every
 * quote is the article's own words, every reference resolves, and the only figures are the
 * article's. The article and its working translation are kept in data/sources/ so this runs in
 * a clean clone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset, SUBKINDS, type Dataset, type Evidence } from '../../../src/model/schema';

const root = process.cwd();
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

const raw: unknown = JSON.parse(read('data/azerbaijan-gaza.json'));
const parsed = dataset.safeParse(raw);
// Later checks run on the raw value even if validation fails, so every failure is reported.
const data = (parsed.success ? parsed.data : raw) as Dataset;

/** The article: the non-empty lines of the Arabic file, one paragraph each. */
const arabicParagraphs = read('data/sources/article.ar.txt')
  .split('\n')
  .filter((line) => line.trim() !== '');

/** The working translation: each "¶N " block joined into one line. */
const englishParagraphs = read('data/sources/article.en.md')
  .split(/\n\s*\n/)
  .map((block) => /^¶(\d+) ([\s\S]*)$/.exec(block.trim()))
  .filter((match): match is RegExpExecArray => match !== null)
  .map((match) => (match[2] ?? '').replace(/\s+/g, ' ').trim());

const PARAGRAPHS = Array.from({ length: 11 }, (_, index) => index + 1);
const ARTICLE_YEARS = [2020, 2023, 2024, 2025];
const CLAIMANT_KINDS = new Set(['person', 'organization', 'country']);

interface Cited {
  owner: string;
  evidence: Evidence;
}

function allEvidence(): Cited[] {
  const out: Cited[] = [];
  for (const entity of data.entities)
    for (const evidence of entity.evidence ?? []) out.push({ owner: entity.id, evidence });
  for (const relation of data.relations)
    for (const evidence of relation.evidence) out.push({ owner: relation.id, evidence });
  for (const claim of data.claims)
    for (const evidence of claim.evidence) out.push({ owner: claim.id, evidence });
  return out;
}

const entities = new Map(data.entities.map((entity) => [entity.id, entity]));
const relations = new Map(data.relations.map((relation) => [relation.id, relation]));
const claims = new Map(data.claims.map((claim) => [claim.id, claim]));
const relationTypes = new Map(data.relationTypes.map((type) => [type.id, type]));
const source = data.sources.find((entry) => entry.id === 'article');

/** Paragraph number → ids of the entities, relations and claims whose evidence cites it. */
const checklist = new Map<number, Set<string>>(PARAGRAPHS.map((n) => [n, new Set<string>()]));
for (const { owner, evidence } of allEvidence()) checklist.get(evidence.paragraph)?.add(owner);

/** Evidence of one element that cites paragraph n. */
function citing(id: string, n: number): Evidence[] {
  const element = entities.get(id) ?? relations.get(id) ?? claims.get(id);
  return (element?.evidence ?? []).filter((evidence) => evidence.paragraph === n);
}

/** Elements each paragraph must map to, with the claimant where the article attributes it. */
const EXPECTED: Record<number, { id: string; claimant?: string }[]> = {
  1: [
    { id: 'stabilization-initiative' },
    { id: 'stabilization-force' },
    { id: 'gaza-war' },
    { id: 'gaza-war-in-gaza' },
    { id: 'initiative-follows-gaza-war' },
    { id: 'initiative-seeks-to-form-force' },
    { id: 'force-mission-in-gaza' },
    { id: 'israel-seeks-partners-for-initiative' },
    { id: 'azerbaijan-candidate-for-force', claimant: 'foreign-reports' },
    { id: 'other-muslim-countries-candidates-for-force', claimant: 'foreign-reports' },
  ],
  2: [
    { id: 'political-source' },
    { id: 'arutz-7' },
    { id: 'political-source-spoke-to-arutz-7' },
    { id: 'huseynyun', claimant: 'political-source' },
    { id: 'iran-backs-hamas', claimant: 'political-source' },
    { id: 'iran-backs-hezbollah', claimant: 'political-source' },
    { id: 'iran-backs-huseynyun', claimant: 'political-source' },
    { id: 'israel-faces-hamas', claimant: 'political-source' },
    { id: 'israel-faces-hezbollah', claimant: 'political-source' },
    { id: 'azerbaijan-faces-huseynyun', claimant: 'political-source' },
    { id: 'huseynyun-in-caucasus', claimant: 'political-source' },
    { id: 'claim-joining-serves-israeli-interest', claimant: 'political-source' },
    { id: 'claim-deterrence', claimant: 'political-source' },
  ],
  3: [
    { id: 'claim-mission-legitimacy', claimant: 'political-source' },
    { id: 'claim-humanitarian-framing', claimant: 'political-source' },
    { id: 'claim-regional-participation', claimant: 'political-source' },
    { id: 'islamic-world', claimant: 'political-source' },
    { id: 'other-regional-countries', claimant: 'political-source' },
  ],
  4: [
    { id: 'azerbaijan-aid-to-palestinians', claimant: 'political-source' },
    { id: 'claim-reconstruction-experience', claimant: 'political-source' },
    { id: 'nagorno-karabakh-conflict', claimant: 'political-source' },
    { id: 'palestinians', claimant: 'political-source' },
  ],
  5: [
    { id: 'israel-azerbaijan-close-relations' },
    { id: 'azerbaijan-took-part-in-2020-war' },
    { id: 'azerbaijan-used-israeli-made-systems' },
    { id: 'israeli-made-systems-made-in-israel' },
    { id: 'azerbaijan-regained-territory' },
    { id: 'karabakh-war-2020' },
    { id: 'interest-asymmetric-warfare-experience' },
  ],
  6: [
    { id: 'socar-bought-stake-in-tamar' },
    { id: 'socar-national-company-of-azerbaijan' },
    { id: 'azerbaijan-supplies-oil-to-israel' },
    { id: 'tamar' },
    { id: 'claim-strategic-pillar', claimant: 'israel' },
  ],
  7: [
    { id: 'claim-reduced-western-dependence', claimant: 'political-source' },
    { id: 'claim-lower-escalation-risk', claimant: 'political-source' },
    { id: 'claim-regional-partnership-message', claimant: 'political-source' },
    { id: 'western-powers', claimant: 'political-source' },
  ],
  8: [
    { id: 'joseph-epstein' },
    { id: 'experts' },
    { id: 'turan-research-center' },
    { id: 'epstein-directs-turan-research-center' },
    { id: 'claim-israeli-edge', claimant: 'experts' },
    { id: 'claim-benefit-to-israel', claimant: 'joseph-epstein' },
    { id: 'claim-shared-interests-confronting-iran', claimant: 'joseph-epstein' },
  ],
  9: [
    { id: 'zeev-khanin' },
    { id: 'begin-sadat-center' },
    { id: 'khanin-of-begin-sadat-center' },
    { id: 'claim-stable-partnership', claimant: 'zeev-khanin' },
    { id: 'israel-azerbaijan-security-tech-cooperation', claimant: 'zeev-khanin' },
  ],
  10: [{ id: 'interest-implementation-challenge' }, { id: 'force-faces-implementation-challenge' }],
  11: [{ id: 'interest-regional-alliances-test' }, { id: 'force-tests-regional-alliances' }],
};

describe('seed dataset azerbaijan-gaza: schema', () => {
  it('validates against the v1 schema', () => {
    const issues = parsed.success ? [] : parsed.error.issues;
    expect(parsed.success, JSON.stringify(issues, null, 2)).toBe(true);
  });

  it('has the expected header and stores positions for all entities or none', () => {
    expect(data.$schema).toBe('../public/schema/dataset-v1.json');
    expect(data.version).toBe(1);
    expect(data.id).toBe('azerbaijan-gaza');
    // A partial layout would mix the author's positions with computed ones.
    const placed = data.entities.filter((entity) => entity.position !== undefined).length;
    expect([0, data.entities.length]).toContain(placed);
  });
});

describe('seed dataset azerbaijan-gaza: source', () => {
  it('holds the article and its working translation, paragraph for paragraph', () => {
    expect(arabicParagraphs).toHaveLength(11);
    expect(englishParagraphs).toHaveLength(11);
    expect(data.sources).toHaveLength(1);
    expect(source).toBeDefined();
    expect(source?.language).toBe('ar');
    expect(source?.url).toBeUndefined();
    expect(source?.date).toBeUndefined();
    expect(source?.note?.en).toBeTruthy();
    expect(source?.paragraphs).toEqual(arabicParagraphs);
    expect(source?.translations?.en).toEqual(englishParagraphs);
  });
});

describe('seed dataset azerbaijan-gaza: paragraph checklist', () => {
  for (const n of PARAGRAPHS) {
    it(`¶${n} maps to elements that cite it`, () => {
      const cited = checklist.get(n) ?? new Set<string>();
      expect(cited.size, `¶${n} is cited by nothing`).toBeGreaterThan(0);
      for (const { id, claimant } of EXPECTED[n] ?? []) {
        expect(cited.has(id), `¶${n} should be cited by ${id}`).toBe(true);
        if (claimant) {
          const evidence = citing(id, n);
          expect(
            evidence.some((e) => e.status === 'claimed' && e.claimant === claimant),
            `${id} should cite ¶${n} as claimed by ${claimant}`,
          ).toBe(true);
        }
      }
    });
  }

  it('¶1 dates the Gaza war 2023–2024', () => {
    expect(relations.get('gaza-war-in-gaza')?.time).toEqual({ from: 2023, to: 2024 });
  });

  it('¶2 names Huseynyun as "the Hezbollah of the Caucasus"', () => {
    const huseynyun = entities.get('huseynyun');
    expect(huseynyun?.kind).toBe('organization');
    expect(huseynyun?.subkind).toBe('armed-group');
    expect(huseynyun?.aliases?.en).toContain('Hezbollah of the Caucasus');
    expect(huseynyun?.aliases?.ar).toContain('حزب الله القوقاز');
  });

  it('¶5 ties the 2020 war to Azerbaijan and the Israeli-made systems', () => {
    for (const id of [
      'azerbaijan-took-part-in-2020-war',
      'azerbaijan-used-israeli-made-systems',
      'azerbaijan-regained-territory',
    ]) {
      expect(relations.get(id)?.time, id).toEqual({ from: 2020, to: 2020 });
    }
    expect(relations.get('azerbaijan-took-part-in-2020-war')?.target).toBe('karabakh-war-2020');
  });

  it('¶6 holds SOCAR’s 10% stake in Tamar, bought in 2025', () => {
    const stake = relations.get('socar-bought-stake-in-tamar');
    expect(stake?.source).toBe('socar');
    expect(stake?.target).toBe('tamar');
    expect(stake?.time).toEqual({ from: 2025, to: 2025 });
    expect(stake?.description?.en).toContain('10%');
    expect(stake?.description?.ar).toContain('10٪');
    expect(citing('socar-bought-stake-in-tamar', 6).some((e) => e.quote.includes('10'))).toBe(true);
  });

  it('¶8 and ¶9 attach the experts to their centres', () => {
    expect(relations.get('epstein-directs-turan-research-center')).toMatchObject({
      source: 'joseph-epstein',
      target: 'turan-research-center',
    });
    expect(relations.get('khanin-of-begin-sadat-center')).toMatchObject({
      source: 'zeev-khanin',
      target: 'begin-sadat-center',
    });
  });
});

describe('seed dataset azerbaijan-gaza: evidence', () => {
  const cited = allEvidence();

  it('cites the article, within its paragraphs', () => {
    for (const { owner, evidence } of cited) {
      expect(evidence.source, owner).toBe('article');
      expect(PARAGRAPHS, owner).toContain(evidence.paragraph);
    }
  });

  it('quotes the article verbatim', () => {
    for (const { owner, evidence } of cited) {
      const paragraph = arabicParagraphs[evidence.paragraph - 1] ?? '';
      expect(paragraph.includes(evidence.quote), `${owner} ¶${evidence.paragraph}`).toBe(true);
    }
  });

  it('translates every quote with the working translation’s words', () => {
    for (const { owner, evidence } of cited) {
      const english = evidence.translation?.en ?? '';
      expect(english.trim(), owner).not.toBe('');
      const paragraph = englishParagraphs[evidence.paragraph - 1] ?? '';
      expect(paragraph.includes(english), `${owner} ¶${evidence.paragraph}: ${english}`).toBe(true);
    }
  });

  it('names an existing claimant exactly when the evidence is claimed', () => {
    for (const { owner, evidence } of cited) {
      if (evidence.status === 'claimed') {
        const claimant = entities.get(evidence.claimant ?? '');
        expect(claimant, `${owner}: claimant ${evidence.claimant}`).toBeDefined();
        expect(CLAIMANT_KINDS.has(claimant?.kind ?? ''), owner).toBe(true);
      } else {
        expect(evidence.claimant, owner).toBeUndefined();
      }
    }
  });

  it('gives every entity evidence', () => {
    for (const entity of data.entities) {
      expect(entity.evidence?.length ?? 0, entity.id).toBeGreaterThan(0);
    }
  });
});

describe('seed dataset azerbaijan-gaza: references', () => {
  it('uses unique ids', () => {
    const ids = [...data.entities, ...data.relations, ...data.claims].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const typeIds = data.relationTypes.map((type) => type.id);
    expect(new Set(typeIds).size).toBe(typeIds.length);
  });

  it('pairs every subkind with its kind', () => {
    for (const entity of data.entities) {
      if (entity.subkind === undefined) continue;
      const allowed: readonly string[] = SUBKINDS[entity.kind as keyof typeof SUBKINDS];
      expect(allowed, entity.id).toContain(entity.subkind);
    }
  });

  it('labels both directions of every directed relation type', () => {
    for (const type of data.relationTypes) {
      if (type.directed) expect(type.inverseLabel, type.id).toBeDefined();
      else expect(type.inverseLabel, type.id).toBeUndefined();
    }
  });

  it('resolves every relation', () => {
    for (const relation of data.relations) {
      expect(relationTypes.has(relation.type), relation.id).toBe(true);
      expect(entities.has(relation.source), `${relation.id} source`).toBe(true);
      expect(entities.has(relation.target), `${relation.id} target`).toBe(true);
      expect(relation.source, relation.id).not.toBe(relation.target);
      const { from, to } = relation.time ?? {};
      if (from !== undefined && to !== undefined) expect(from, relation.id).toBeLessThanOrEqual(to);
    }
  });

  it('uses every relation type', () => {
    const used = new Set(data.relations.map((relation) => relation.type));
    for (const type of data.relationTypes) expect(used.has(type.id), type.id).toBe(true);
  });

  it('resolves every claim', () => {
    for (const claim of data.claims) {
      expect(CLAIMANT_KINDS.has(entities.get(claim.claimant)?.kind ?? ''), claim.id).toBe(true);
      expect(entities.get(claim.interest)?.kind, claim.id).toBe('interest');
      for (const id of [...(claim.beneficiaries ?? []), ...(claim.concerns ?? [])]) {
        expect(entities.has(id), `${claim.id} → ${id}`).toBe(true);
      }
      expect(
        claim.evidence.some((e) => e.status === 'claimed' && e.claimant === claim.claimant),
        `${claim.id} evidence should be claimed by ${claim.claimant}`,
      ).toBe(true);
    }
  });

  it('connects every entity to a relation, a claim or a claimed evidence', () => {
    const referenced = new Set<string>();
    for (const relation of data.relations) referenced.add(relation.source).add(relation.target);
    for (const claim of data.claims) {
      referenced.add(claim.claimant).add(claim.interest);
      for (const id of [...(claim.beneficiaries ?? []), ...(claim.concerns ?? [])])
        referenced.add(id);
    }
    for (const { evidence } of allEvidence())
      if (evidence.claimant) referenced.add(evidence.claimant);
    for (const entity of data.entities) expect(referenced.has(entity.id), entity.id).toBe(true);
  });
});

describe('seed dataset azerbaijan-gaza: numbers', () => {
  /**
   * Every string in the dataset outside evidence quotes (the article's own words) and the
   * revisions (when and how the dataset itself changed, not what the article says).
   */
  function strings(value: unknown, key = ''): string[] {
    if (key === 'quote' || key === 'revisions') return [];
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap((item) => strings(item));
    if (value !== null && typeof value === 'object')
      return Object.entries(value).flatMap(([k, v]) => strings(v, k));
    return [];
  }
  const text = strings(raw).join('\n');

  it('carries the article’s figures', () => {
    for (const year of ARTICLE_YEARS) expect(text).toContain(String(year));
    expect(text).toContain('10%');
    expect(text).toContain('10٪');
  });

  it('has no year the article does not give', () => {
    const years = [...text.matchAll(/(?<!\d)\d{4}(?!\d)/g)].map((match) => Number(match[0]));
    expect(years.filter((year) => !ARTICLE_YEARS.includes(year))).toEqual([]);
    for (const relation of data.relations) {
      for (const year of [relation.time?.from, relation.time?.to]) {
        if (year !== undefined) expect(ARTICLE_YEARS, relation.id).toContain(year);
      }
    }
  });

  it('has no percentage the article does not give', () => {
    const percents = [...text.matchAll(/(\d+(?:\.\d+)?)\s*[%٪]/g)].map((match) => match[1]);
    expect(percents.filter((value) => value !== '10')).toEqual([]);
  });
});
