/**
 * The seed dataset (data/azerbaijan-gaza.json) says no more than its article: the story tells
 * whose view each claim is, quotes only the article's words, no relation rests on a lone
 * adjective, no subkind asserts what the article does not say, and the names readers search for
 * are there. seed-coverage.test.ts checks the evidence itself (verbatim quotes, claimants).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Evidence, Lang, StoryStep } from '../../../src/model/schema';

const DATA_FILE = 'data/azerbaijan-gaza.json';
const data = JSON.parse(readFileSync(resolve(process.cwd(), DATA_FILE), 'utf8')) as Dataset;

const entities = new Map(data.entities.map((entity) => [entity.id, entity]));
const relations = new Map(data.relations.map((relation) => [relation.id, relation]));
const claims = new Map(data.claims.map((claim) => [claim.id, claim]));
const article = data.sources.find((source) => source.id === 'article');
const arabic = article?.paragraphs ?? [];
const english = article?.translations?.en ?? [];
const steps = data.stories.flatMap((story) => story.steps);
const LANGS: readonly Lang[] = ['ar', 'en'];

/** Compared without Arabic diacritics and tatweel, with one alef and one yeh, case-folded. */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

const words = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** An entity's names in one language: its label and its aliases. */
function names(id: string, lang: Lang): string[] {
  const entity = entities.get(id);
  return entity ? [entity.label[lang], ...(entity.aliases?.[lang] ?? [])] : [id];
}

/** Whether a text names an entity; ل + ال is written لل (للمصدر السياسي). */
function mentions(text: string, id: string, lang: Lang): boolean {
  const folded = fold(text);
  return names(id, lang).some((name) => {
    const n = fold(name);
    return folded.includes(n) || (n.startsWith('ال') && folded.includes(`لل${n.slice(2)}`));
  });
}

function evidenceOf(id: string): Evidence[] {
  return (entities.get(id) ?? relations.get(id) ?? claims.get(id))?.evidence ?? [];
}

/** Claimed evidence, from the paragraphs a step cites, of the elements it focuses on. */
function claimedIn(step: StoryStep): { id: string; evidence: Evidence }[] {
  const cited = new Set(step.paragraphs ?? []);
  return step.focus.flatMap((id) =>
    evidenceOf(id)
      .filter((e) => cited.has(e.paragraph) && e.status === 'claimed' && e.claimant)
      .map((evidence) => ({ id, evidence })),
  );
}

/** Runs of four words a sentence shares with a quote: the sentence restates it. */
function restates(sentence: string, quote: string): boolean {
  const grams = (list: string[]) =>
    new Set(list.slice(3).map((_, i) => list.slice(i, i + 4).join(' ')));
  const quoted = grams(words(quote));
  return [...grams(words(sentence))].some((gram) => quoted.has(gram));
}

/** Words that hand a sentence to someone else: "he added", "according to", وأضاف، بحسب… */
const ATTRIBUTION = {
  en: /\b(said|says|say|added|adds|explained|argues|argued|cites|believe|believes|sees|quoted|according to|pointed out)\b/i,
  ar: new Set(
    ['قال', 'يقول', 'أضاف', 'أوضح', 'يرى', 'ترى', 'يذكر', 'وفق', 'وفقا', 'بحسب', 'نقل', 'أشار'].map(
      fold,
    ),
  ),
};

function attributes(sentence: string, lang: Lang): boolean {
  if (lang === 'en') return ATTRIBUTION.en.test(sentence);
  return words(sentence).some(
    (word) => ATTRIBUTION.ar.has(word) || ATTRIBUTION.ar.has(word.replace(/^[وف]/, '')),
  );
}

const sentences = (text: string) => text.split(/(?<=[.!?؟])\s+/).filter((s) => s.trim() !== '');

describe('seed story: a claim is told as somebody’s claim', () => {
  it('has steps that show claims, so the rules below bite', () => {
    expect(steps.filter((step) => claimedIn(step).length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('names, in the title, whose claim the selected element is', () => {
    const problems: string[] = [];
    for (const [i, step] of steps.entries()) {
      const cited = new Set(step.paragraphs ?? []);
      const shown = evidenceOf(step.select ?? '').filter((e) => cited.has(e.paragraph));
      if (shown.length === 0 || shown.some((e) => e.status !== 'claimed')) continue;
      for (const claimant of new Set(shown.map((e) => e.claimant ?? ''))) {
        for (const lang of LANGS) {
          if (!mentions(step.title[lang], claimant, lang))
            problems.push(`step ${i + 1} title (${lang}) omits ${claimant}: ${step.title[lang]}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('names in the caption every claimant of the claims it shows', () => {
    const problems: string[] = [];
    for (const [i, step] of steps.entries()) {
      for (const claimant of new Set(claimedIn(step).map(({ evidence }) => evidence.claimant))) {
        for (const lang of LANGS) {
          if (!mentions(step.caption[lang], claimant ?? '', lang))
            problems.push(`step ${i + 1} caption (${lang}) omits ${claimant}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('attributes every caption sentence that restates a claim', () => {
    const problems = new Set<string>();
    for (const [i, step] of steps.entries()) {
      for (const lang of LANGS) {
        for (const sentence of sentences(step.caption[lang])) {
          for (const { evidence } of claimedIn(step)) {
            const quote = lang === 'ar' ? evidence.quote : (evidence.translation?.en ?? '');
            const claimant = evidence.claimant ?? '';
            if (!restates(sentence, quote)) continue;
            if (mentions(sentence, claimant, lang) || attributes(sentence, lang)) continue;
            problems.add(
              `step ${i + 1} (${lang}) says in its own voice what ${claimant} claims: ${sentence}`,
            );
          }
        }
      }
    }
    expect([...problems]).toEqual([]);
  });
});

describe('seed text: what it puts in quotation marks is the article’s', () => {
  /** Text the dataset writes itself, by language: the story, descriptions, statements, notes. */
  function ownText(): { where: string; lang: Lang; text: string }[] {
    const out: { where: string; lang: Lang; text: string }[] = [];
    const add = (where: string, value: Partial<Record<Lang, string>> | undefined) => {
      for (const lang of LANGS) {
        const text = value?.[lang];
        if (text) out.push({ where, lang, text });
      }
    };
    add('dataset description', data.description);
    for (const story of data.stories) {
      add(`story ${story.id} title`, story.title);
      add(`story ${story.id} description`, story.description);
      for (const [i, step] of story.steps.entries()) {
        add(`step ${i + 1} title`, step.title);
        add(`step ${i + 1} caption`, step.caption);
      }
    }
    for (const element of [...data.entities, ...data.relations, ...data.claims]) {
      if ('description' in element) add(`${element.id} description`, element.description);
      if ('statement' in element) add(`${element.id} statement`, element.statement);
      for (const evidence of element.evidence ?? []) add(`${element.id} note`, evidence.note);
    }
    return out;
  }

  const QUOTED = /"([^"]+)"|«([^»]+)»|“([^”]+)”/g;
  const quoted = ownText().flatMap(({ where, lang, text }) =>
    [...text.matchAll(QUOTED)].map((m) => ({ where, lang, quote: m[1] ?? m[2] ?? m[3] ?? '' })),
  );

  it('finds quotations to check, in both languages', () => {
    expect(quoted.filter((q) => q.lang === 'ar').length).toBeGreaterThan(5);
    expect(quoted.filter((q) => q.lang === 'en').length).toBeGreaterThan(5);
  });

  it('quotes the Arabic article verbatim in Arabic, and its translation in English', () => {
    const ar = arabic.join('\n');
    const en = english.join('\n');
    // English text may also quote the original's own words (ערוץ 7).
    const problems = quoted
      .filter(({ lang, quote }) => !(lang === 'ar' ? ar : `${en}\n${ar}`).includes(quote))
      .map(({ where, lang, quote }) => `${where} (${lang}): "${quote}"`);
    expect(problems).toEqual([]);
  });
});

describe('seed relations: none rests on a lone word', () => {
  /** Arabic clitics a name may carry in a quote: و ف ب ل ك, the article ال, and لل. */
  const CLITICS = '(?:^|[^\\p{L}])(?:[وفبلك]?(?:ال)?|لل)';
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** The name itself, not a word made from it. */
  const byName = (name: string) => new RegExp(`${CLITICS}${escape(fold(name))}(?![\\p{L}])`, 'u');
  /** The adjective made from it (nisba): إسرائيل → إسرائيلي، الإسرائيلية. */
  const byAdjective = (name: string) =>
    new RegExp(`${CLITICS}${escape(fold(name))}(?:ي|ية|يين|يون)(?![\\p{L}])`, 'u');

  /**
   * The only type an adjective of its target carries: "من إنتاج إسرائيلي" (of Israeli make)
   * says where a thing is made; "الموقع الإسرائيلي" (the Israeli site) says nothing of where a
   * site is.
   */
  const ADJECTIVE_TYPES = new Set(['made-in']);

  it('quotes at least two words for each relation, and names its target by name', () => {
    const problems: string[] = [];
    for (const relation of data.relations) {
      for (const evidence of relation.evidence) {
        if (words(evidence.quote).length < 2)
          problems.push(`${relation.id} quotes one word: ${evidence.quote}`);
      }
      if (ADJECTIVE_TYPES.has(relation.type)) continue;
      const target = names(relation.target, 'ar');
      const quotes = relation.evidence.map((e) => fold(e.quote));
      const named = quotes.some((q) => target.some((name) => byName(name).test(q)));
      const adjective = quotes.some((q) => target.some((name) => byAdjective(name).test(q)));
      if (adjective && !named)
        problems.push(
          `${relation.id} (${relation.type}) has only an adjective of ${relation.target}`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('lets the adjective stand only where it says what the type says', () => {
    const made = relations.get('israeli-made-systems-made-in-israel');
    expect(made?.type).toBe('made-in');
    expect(made?.evidence.some((e) => e.quote.includes('من إنتاج إسرائيلي'))).toBe(true);
  });
});

describe('seed entities: a subkind says only what the article says', () => {
  /** Subkinds that assert what a thing is → the article's words that say it (any one). */
  const SUBKIND_WORDS: Record<string, string[]> = {
    'armed-group': ['ميليشيا', 'مسلح'],
    'gas-field': ['غاز'],
    oil: ['نفط'],
    company: ['شركة'],
    'news-outlet': ['موقع', 'قناة', 'صحيفة'],
    'research-center': ['أبحاث', 'دراسات'],
    'multinational-force': ['متعددة الجنسيات'],
    'weapon-system': ['صواريخ', 'طائرات مسيّرة', 'أسلحة'],
    'unnamed-source': ['مصدر'],
    expert: ['خبراء', 'البروفيسور', 'أبحاث'],
    war: ['حرب'],
    conflict: ['نزاع'],
    initiative: ['مبادرة'],
    territory: ['قطاع', 'أراض'],
  };
  /** Subkinds that assert nothing about the thing beyond its label and kind. */
  const NOT_ASSERTED: Record<string, string> = {
    state: 'the only subkind of a country',
    other: 'says nothing',
    group: 'a label in the plural (خبراء، الفلسطينيون)',
    region: 'a place the article names as a whole (القوقاز الأذري، ناغورنو-كاراباخ)',
  };

  it('checks every subkind the seed uses, or says why it asserts nothing', () => {
    const unchecked = data.entities
      .filter((e) => e.subkind !== undefined && e.kind !== 'interest')
      .filter((e) => !(e.subkind! in SUBKIND_WORDS) && !(e.subkind! in NOT_ASSERTED))
      .map((e) => `${e.id}: ${e.subkind}`);
    expect(unchecked).toEqual([]);
  });

  it('finds the words of each asserting subkind in the article’s quotes about the entity', () => {
    const problems: string[] = [];
    for (const entity of data.entities) {
      const wanted = SUBKIND_WORDS[entity.subkind ?? ''];
      if (!wanted) continue;
      const quoted = fold((entity.evidence ?? []).map((e) => e.quote).join('\n'));
      if (!wanted.some((word) => quoted.includes(fold(word))))
        problems.push(
          `${entity.id} is typed ${entity.subkind}; its quotes have none of ${wanted.join(', ')}`,
        );
    }
    expect(problems).toEqual([]);
  });
});

describe('seed aliases: the names readers search for', () => {
  const ALIASES: [id: string, lang: Lang, alias: string][] = [
    ['hezbollah', 'en', 'Hizbullah'],
    ['hezbollah', 'en', 'Hizballah'],
    ['huseynyun', 'en', 'Huseyniyyun'],
    ['socar', 'ar', 'سوكار'],
    ['arutz-7', 'en', 'Arutz Sheva'],
    ['arutz-7', 'ar', 'عروتس شيفا'],
    ['arutz-7', 'ar', 'القناة السابعة'],
    ['stabilization-force', 'en', 'the mission'],
    ['stabilization-force', 'ar', 'المهمة'],
    ['israeli-made-systems', 'en', 'drones'],
    ['israeli-made-systems', 'en', 'missiles'],
    ['israeli-made-systems', 'ar', 'طائرات مسيّرة'],
    ['israeli-made-systems', 'ar', 'صواريخ'],
  ];

  it('has them all', () => {
    const missing = ALIASES.filter(
      ([id, lang, alias]) => !entities.get(id)?.aliases?.[lang]?.includes(alias),
    ).map(([id, lang, alias]) => `${id} ${lang}: ${alias}`);
    expect(missing).toEqual([]);
  });

  it('takes the Arabic aliases of the mission and the systems from the article', () => {
    for (const [id, alias, paragraph] of [
      ['stabilization-force', 'المهمة', 3],
      ['israeli-made-systems', 'طائرات مسيّرة', 5],
      ['israeli-made-systems', 'صواريخ', 5],
    ] as const) {
      expect(entities.get(id)?.aliases?.ar, id).toContain(alias);
      expect(arabic[paragraph - 1], alias).toContain(alias);
    }
  });
});

describe('seed wording: English that says what the Arabic says', () => {
  /** Every English string the dataset carries (translations, labels, descriptions, story). */
  function englishStrings(value: unknown, key = ''): string[] {
    if (typeof value === 'string') return key === 'en' ? [value] : [];
    if (Array.isArray(value)) return value.flatMap((item) => englishStrings(item, key));
    if (value !== null && typeof value === 'object')
      return Object.entries(value).flatMap(([k, v]) => englishStrings(v, k));
    return [];
  }

  it('renders علاقات علنية as open relations, never "public relations"', () => {
    const english = englishStrings(data);
    expect(english.length).toBeGreaterThan(100);
    expect(english.filter((text) => /public relations/i.test(text))).toEqual([]);
    const open = data.entities
      .flatMap((e) => e.evidence ?? [])
      .filter((e) => e.quote.includes('علاقات علنية'));
    expect(open.length).toBeGreaterThan(0);
    for (const e of open) expect(e.translation?.en).toContain('open relations');
  });

  it('calls the ¶5 experience relevant to asymmetric warfare (ذات صلة), not experience of it', () => {
    const experience = entities.get('interest-asymmetric-warfare-experience');
    expect(experience?.evidence?.[0]?.quote).toContain('ذات صلة');
    expect(experience?.label.ar).toContain('ذات صلة');
    expect(experience?.label.en).toMatch(/relevant to asymmetric warfare/);
  });
});
