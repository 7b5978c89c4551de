/**
 * A deterministic generator of large, valid datasets for the benchmark (`npm run bench`) and
 * tests: alliance-like clusters around hub states, a few great powers linking the clusters,
 * about two relations per entity, some claims, Arabic and English labels, and one synthetic
 * source whose paragraphs every piece of evidence quotes. Same options → same JSON.
 */
import { seededRandom } from '../../src/graph/layouts';
import type {
  Claim,
  Dataset,
  Entity,
  EntityKind,
  Evidence,
  Relation,
  RelationType,
} from '../../src/model/schema';

export interface GenerateOptions {
  /** How many entities. */
  entities: number;
  /** PRNG seed; default 1. */
  seed?: number;
  /** Store a position on every entity (clusters laid out as sunflowers). Default false. */
  positions?: boolean;
  /** Relations per entity; default 2. */
  relationsPerEntity?: number;
}

type Pair = readonly [en: string, ar: string];

const SYLLABLES: readonly Pair[] = [
  ['Al', 'آل'],
  ['Bar', 'بار'],
  ['Kar', 'كار'],
  ['Mir', 'مير'],
  ['Sol', 'سول'],
  ['Tan', 'تان'],
  ['Vel', 'فيل'],
  ['Zan', 'زان'],
  ['Nor', 'نور'],
  ['Dar', 'دار'],
  ['Ras', 'راس'],
  ['Qal', 'قال'],
  ['Sem', 'سيم'],
  ['Hal', 'هال'],
];
const ENDINGS: readonly Pair[] = [
  ['ia', 'يا'],
  ['stan', 'ستان'],
  ['on', 'ون'],
  ['ar', 'ار'],
  ['ene', 'ين'],
];
const FIRST_NAMES: readonly Pair[] = [
  ['Omar', 'عمر'],
  ['Layla', 'ليلى'],
  ['Karim', 'كريم'],
  ['Nadia', 'نادية'],
  ['Samir', 'سمير'],
  ['Huda', 'هدى'],
  ['Tariq', 'طارق'],
  ['Rana', 'رنا'],
  ['Yusuf', 'يوسف'],
  ['Mona', 'منى'],
  ['Ali', 'علي'],
  ['Sara', 'سارة'],
];
const FAMILY_NAMES: readonly Pair[] = [
  ['Haddad', 'حداد'],
  ['Khalil', 'خليل'],
  ['Mansour', 'منصور'],
  ['Saleh', 'صالح'],
  ['Nasser', 'ناصر'],
  ['Aziz', 'عزيز'],
  ['Farah', 'فرح'],
  ['Hamdan', 'حمدان'],
];

interface KindSpec {
  kind: EntityKind;
  subkinds: readonly string[];
  /** Label templates: `{c}` is the hub country's name, `{n}` a number. */
  names: readonly Pair[];
  weight: number;
}

const MEMBER_KINDS: readonly KindSpec[] = [
  {
    kind: 'organization',
    subkinds: [
      'armed-group',
      'company',
      'government-body',
      'political-party',
      'ngo',
      'news-outlet',
    ],
    names: [
      ['{c} Defence Council {n}', 'مجلس الدفاع في {c} {n}'],
      ['{c} Energy Company {n}', 'شركة الطاقة في {c} {n}'],
      ['Front for {c} {n}', 'جبهة {c} {n}'],
      ['{c} News Agency {n}', 'وكالة أنباء {c} {n}'],
      ['Party of Renewal {n}', 'حزب التجديد {n}'],
    ],
    weight: 30,
  },
  {
    kind: 'person',
    subkinds: ['official', 'expert', 'journalist'],
    names: [],
    weight: 25,
  },
  {
    kind: 'place',
    subkinds: ['city', 'region', 'territory', 'border'],
    names: [
      ['{c} Port {n}', 'ميناء {c} {n}'],
      ['Northern {c} {n}', 'شمال {c} {n}'],
      ['{c} Border Crossing {n}', 'معبر {c} الحدودي {n}'],
    ],
    weight: 12,
  },
  {
    kind: 'asset',
    subkinds: ['gas-field', 'infrastructure', 'weapon-system', 'oil'],
    names: [
      ['{c} Gas Field {n}', 'حقل غاز {c} {n}'],
      ['{c} Pipeline {n}', 'خط أنابيب {c} {n}'],
      ['Drone Program {n}', 'برنامج المسيّرات {n}'],
    ],
    weight: 10,
  },
  {
    kind: 'event',
    subkinds: ['conflict', 'deal', 'initiative'],
    names: [
      ['{c} Security Pact {n}', 'اتفاق {c} الأمني {n}'],
      ['{c} Border War {n}', 'حرب {c} الحدودية {n}'],
      ['Peace Initiative {n}', 'مبادرة السلام {n}'],
    ],
    weight: 8,
  },
  {
    kind: 'interest',
    subkinds: ['security', 'economic', 'diplomatic', 'legitimacy'],
    names: [
      ['Security of {c} {n}', 'أمن {c} {n}'],
      ['Energy exports {n}', 'صادرات الطاقة {n}'],
      ['Regional influence {n}', 'النفوذ الإقليمي {n}'],
    ],
    weight: 10,
  },
  { kind: 'country', subkinds: ['state'], names: [], weight: 5 },
];

const RELATION_TYPES: RelationType[] = [
  {
    id: 'allied-with',
    family: 'cooperation',
    directed: false,
    label: { en: 'allied with', ar: 'متحالف مع' },
  },
  {
    id: 'supplies-arms',
    family: 'cooperation',
    directed: true,
    label: { en: 'supplies arms to', ar: 'يزوّد بالسلاح' },
    inverseLabel: { en: 'receives arms from', ar: 'يتلقى السلاح من' },
  },
  {
    id: 'hostile-to',
    family: 'hostility',
    directed: false,
    label: { en: 'hostile to', ar: 'في عداء مع' },
  },
  {
    id: 'backs',
    family: 'proxy',
    directed: true,
    label: { en: 'backs', ar: 'يدعم' },
    inverseLabel: { en: 'is backed by', ar: 'مدعوم من' },
  },
  {
    id: 'member-of',
    family: 'membership',
    directed: true,
    label: { en: 'member of', ar: 'عضو في' },
    inverseLabel: { en: 'has as member', ar: 'يضم' },
  },
  {
    id: 'located-in',
    family: 'other',
    directed: true,
    label: { en: 'located in', ar: 'يقع في' },
    inverseLabel: { en: 'location of', ar: 'موقع' },
  },
];

/** The synthetic source: Arabic paragraphs; evidence quotes their first sentence. */
const PARAGRAPHS: readonly string[] = [
  'أعلنت الحكومة توقيع اتفاق للتعاون الأمني مع حلفائها. وقال مسؤولون إن الاتفاق يشمل تبادل المعلومات.',
  'نفت الوزارة وجود أي دعم عسكري للجماعات المسلحة. لكن تقارير مستقلة تحدثت عن شحنات أسلحة.',
  'قال خبير في الشؤون الإقليمية إن التحالف يخدم مصالح الطاقة. وأضاف أن خطوط الأنابيب محور الخلاف.',
  'تتهم المعارضة الحكومة بالتبعية لقوة كبرى. ويرى محللون أن هذه الاتهامات مبالغ فيها.',
  'وقعت اشتباكات على الحدود بين البلدين. وتبادل الطرفان الاتهامات بخرق الهدنة.',
  'انضمت الدولة إلى قوة متعددة الجنسيات لحفظ الاستقرار. وأكدت أن مشاركتها إنسانية.',
  'زودت الشركة الجيش بطائرات مسيّرة وفق عقود معلنة. ولم تعلق الشركة على التقارير.',
  'أكد مصدر لم يكشف عن اسمه أن المفاوضات مستمرة. وأشار إلى أن الوسطاء متفائلون.',
  'Officials said the pact covers intelligence sharing. The opposition called it a betrayal.',
  'A regional expert argued the alliance serves energy interests. Pipelines are at the heart of it.',
  'The ministry denied any military support to armed groups. Independent reports disagree.',
  'Border clashes erupted again overnight. Both sides accused each other of breaking the truce.',
];

function firstSentence(paragraph: string): string {
  const end = paragraph.search(/[.]/);
  return end > 0 ? paragraph.slice(0, end) : paragraph;
}

const SOURCE_ID = 'bench-source';
const CLAIMANT_KINDS = new Set<string>(['person', 'organization', 'country']);

/** Rounded to 0.1, without -0. */
function round1(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

export function generateDataset(options: GenerateOptions): Dataset {
  const n = Math.max(2, Math.floor(options.entities));
  const seed = options.seed ?? 1;
  const random = seededRandom(seed * 2654435761 + n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number) => random() < p;

  const clusterCount = Math.max(2, Math.round(n / 25));
  const powers = Math.max(1, Math.round(clusterCount / 12));
  const hubCount = Math.min(n - powers, clusterCount);

  const countryName = (i: number): Pair => {
    const a = SYLLABLES[i % SYLLABLES.length] as Pair;
    const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length] as Pair;
    const e = ENDINGS[Math.floor(i / (SYLLABLES.length * SYLLABLES.length)) % ENDINGS.length];
    const round = Math.floor(i / (SYLLABLES.length * SYLLABLES.length * ENDINGS.length));
    const suffix = round > 0 ? ` ${round + 1}` : '';
    return [
      `${a[0]}${b[0].toLowerCase()}${(e as Pair)[0]}${suffix}`,
      `${a[1]}${b[1]}${(e as Pair)[1]}${suffix}`,
    ];
  };

  const entities: Entity[] = [];
  /** Cluster of each entity (-1: a great power). */
  const clusterOf: number[] = [];
  const members: number[][] = Array.from({ length: hubCount }, () => []);
  let countries = 0;

  const addEntity = (kind: EntityKind, subkind: string, label: Pair, cluster: number) => {
    const index = entities.length;
    entities.push({
      id: `e${index}`,
      kind,
      subkind: subkind as Entity['subkind'],
      label: { en: label[0], ar: label[1] },
    });
    clusterOf.push(cluster);
    if (cluster >= 0) members[cluster]?.push(index);
    return index;
  };

  for (let i = 0; i < powers; i++) addEntity('country', 'state', countryName(countries++), -1);
  for (let c = 0; c < hubCount; c++) addEntity('country', 'state', countryName(countries++), c);

  const totalWeight = MEMBER_KINDS.reduce((sum, spec) => sum + spec.weight, 0);
  const memberKind = (): KindSpec => {
    let r = random() * totalWeight;
    for (const spec of MEMBER_KINDS) {
      r -= spec.weight;
      if (r < 0) return spec;
    }
    return MEMBER_KINDS[0] as KindSpec;
  };

  while (entities.length < n) {
    // Skewed towards the first clusters: a few large blocs, many small ones.
    const cluster = Math.min(hubCount - 1, Math.floor(random() ** 1.6 * hubCount));
    const hub = entities[powers + cluster] as Entity;
    const spec = memberKind();
    const number = entities.length;
    let label: Pair;
    if (spec.kind === 'person') {
      const first = pick(FIRST_NAMES);
      const family = pick(FAMILY_NAMES);
      label = [`${first[0]} ${family[0]} ${number}`, `${first[1]} ${family[1]} ${number}`];
    } else if (spec.kind === 'country') {
      label = countryName(countries++);
    } else {
      const template = pick(spec.names);
      const fill = (text: string, lang: 0 | 1) =>
        text.replace('{c}', lang === 0 ? hub.label.en : hub.label.ar).replace('{n}', `${number}`);
      label = [fill(template[0], 0), fill(template[1], 1)];
    }
    addEntity(spec.kind, pick(spec.subkinds), label, cluster);
  }

  // Relations ---------------------------------------------------------------------------------
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const evidenceFor = (claimant: number): Evidence[] => {
    const paragraph = Math.floor(random() * PARAGRAPHS.length);
    const quote = firstSentence(PARAGRAPHS[paragraph] as string);
    const base = { source: SOURCE_ID, paragraph: paragraph + 1, quote };
    const roll = random();
    const who = entities[claimant] as Entity;
    if (roll < 0.12 && CLAIMANT_KINDS.has(who.kind)) {
      return [{ ...base, status: 'claimed', claimant: who.id }];
    }
    if (roll < 0.2) return [{ ...base, status: 'disputed' }];
    return [{ ...base, status: 'reported' }];
  };
  const typeFor = (a: number, b: number): string => {
    const ka = (entities[a] as Entity).kind;
    const kb = (entities[b] as Entity).kind;
    if (ka === 'place' || ka === 'asset') return 'located-in';
    if (ka === 'person' && kb !== 'person') return 'member-of';
    if (ka === 'country' && kb === 'country') return pick(['allied-with', 'hostile-to']);
    return pick(['allied-with', 'supplies-arms', 'hostile-to', 'backs', 'member-of']);
  };
  const relate = (a: number, b: number, type?: string): boolean => {
    if (a === b) return false;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const relation: Relation = {
      id: `r${relations.length}`,
      type: type ?? typeFor(a, b),
      source: `e${a}`,
      target: `e${b}`,
      evidence: evidenceFor(a),
    };
    if (chance(0.3)) {
      const from = 1990 + Math.floor(random() * 30);
      relation.time = chance(0.5) ? { from } : { from, to: from + 1 + Math.floor(random() * 5) };
    }
    relations.push(relation);
    return true;
  };

  const budget = Math.round(n * (options.relationsPerEntity ?? 2));
  for (let p = 0; p + 1 < powers; p++) relate(p, p + 1, 'hostile-to');
  for (let c = 0; c < hubCount; c++) {
    relate(powers + c, Math.floor(random() * powers), pick(['allied-with', 'backs', 'hostile-to']));
  }
  for (let i = powers + hubCount; i < n && relations.length < budget; i++) {
    relate(i, powers + (clusterOf[i] as number));
  }
  let attempts = 0;
  while (relations.length < budget && attempts++ < budget * 20) {
    const cluster = members[Math.floor(random() ** 1.6 * hubCount)] as number[];
    // Within a cluster, early members are secondary hubs: preferential attachment.
    const a = cluster[Math.floor(random() * cluster.length)] as number;
    if (chance(0.85)) {
      relate(a, cluster[Math.floor(random() ** 2 * cluster.length)] as number);
    } else {
      const other = members[Math.floor(random() * hubCount)] as number[];
      relate(a, other[Math.floor(random() ** 3 * other.length)] as number);
    }
  }

  // Claims: a claimant asserts an interest that benefits its hub and concerns a rival. --------
  const claims: Claim[] = [];
  const interests = entities.flatMap((e, i) => (e.kind === 'interest' ? [i] : []));
  const claimCount = interests.length > 0 ? Math.round(n / 20) : 0;
  for (let k = 0; k < claimCount; k++) {
    const interest = pick(interests);
    const cluster = clusterOf[interest] as number;
    const group = members[cluster] ?? [];
    const claimants = group.filter((i) => CLAIMANT_KINDS.has((entities[i] as Entity).kind));
    const claimant = claimants.length > 0 ? pick(claimants) : powers + cluster;
    const rival = powers + Math.floor(random() * hubCount);
    const paragraph = Math.floor(random() * PARAGRAPHS.length);
    claims.push({
      id: `c${k}`,
      claimant: `e${claimant}`,
      interest: `e${interest}`,
      beneficiaries: [`e${powers + cluster}`],
      ...(rival === powers + cluster ? {} : { concerns: [`e${rival}`] }),
      evidence: [
        {
          source: SOURCE_ID,
          paragraph: paragraph + 1,
          quote: firstSentence(PARAGRAPHS[paragraph] as string),
          status: 'claimed',
          claimant: `e${claimant}`,
        },
      ],
    });
  }

  if (options.positions) placeEntities(entities, clusterOf, members, powers, random);

  return {
    version: 1,
    id: `bench-${n}-${seed}`,
    title: { en: `Benchmark graph, ${n} entities`, ar: `رسم بياني للقياس، ${n} كيان` },
    description: {
      en: 'Synthetic data for performance measurements: alliance-like clusters and hubs.',
      ar: 'بيانات اصطناعية لقياس الأداء: تكتلات تشبه التحالفات ومحاور.',
    },
    sources: [
      {
        id: SOURCE_ID,
        title: { en: 'Synthetic benchmark source', ar: 'مصدر اصطناعي للقياس' },
        language: 'ar',
        paragraphs: [...PARAGRAPHS],
      },
    ],
    entities,
    relationTypes: RELATION_TYPES.map((type) => ({ ...type })),
    relations,
    claims,
    stories: [],
  };
}

/**
 * Great powers in a ring at the centre; each cluster a sunflower (golden-angle spiral) around
 * its hub; clusters themselves on a larger sunflower, spaced by their sizes.
 */
function placeEntities(
  entities: Entity[],
  clusterOf: readonly number[],
  members: readonly number[][],
  powers: number,
  random: () => number,
): void {
  const GOLDEN = Math.PI * (3 - Math.sqrt(5));
  const SPACING = 64;
  const radiusOf = (count: number) => SPACING * Math.sqrt(count + 1) * 0.75;
  const set = (i: number, x: number, y: number) => {
    (entities[i] as Entity).position = { x: round1(x), y: round1(y) };
  };
  const core = radiusOf(powers) + SPACING;
  for (let p = 0; p < powers; p++) {
    const angle = (2 * Math.PI * p) / powers;
    set(
      p,
      powers > 1 ? core * 0.5 * Math.cos(angle) : 0,
      powers > 1 ? core * 0.5 * Math.sin(angle) : 0,
    );
  }
  // Clusters on a spiral, each at the distance that leaves room for the area of those before it.
  let area = Math.PI * core * core;
  members.forEach((list, c) => {
    const own = Math.PI * (radiusOf(list.length) * 1.3) ** 2;
    const distance = Math.sqrt((area + own / 2) / Math.PI);
    area += own;
    const angle = c * GOLDEN * 2.2;
    const cx = distance * Math.cos(angle);
    const cy = distance * Math.sin(angle);
    // The hub is members[c][0] (added first), at the centre of its cluster.
    list.forEach((index, j) => {
      const r = j === 0 ? 0 : SPACING * 0.75 * Math.sqrt(j + 0.5 * random());
      const a = j * GOLDEN + random() * 0.3;
      set(index, cx + r * Math.cos(a), cy + r * Math.sin(a));
    });
  });
  // Entities outside any cluster list (none today) still get a place.
  entities.forEach((entity, i) => {
    if (!entity.position && (clusterOf[i] ?? -1) >= 0) set(i, 0, 0);
  });
}

/** Compact JSON for serving (the benchmark) or 2-space JSON for reading. */
export function datasetJson(data: Dataset, pretty = false): string {
  return pretty ? `${JSON.stringify(data, null, 2)}\n` : JSON.stringify(data);
}
