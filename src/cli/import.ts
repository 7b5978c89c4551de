/**
 * `npm run import -- <folder | files…> -o data/<name>.json [--name <id>] [--lang ar|en]`
 *
 * Builds a dataset from the CSV set (a folder, or the CSV files themselves) or from one GEXF,
 * GraphML, Cytoscape.js, Kumu or relgraph JSON file, validates it like `npm run validate`,
 * and writes it only when there is no error. Every problem says which file, row and column
 * (or node, edge, line) to fix. Exit status: 0 written, 1 problems (nothing written), 2 usage.
 * `-o -` writes the dataset to standard output.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createI18n, isUiLang, type UiLang } from '../i18n';
import { installNodeDom } from '../io/node-dom';
import type { ImportProblem, InputFile } from '../io/types';

/** CLI-only wording (the problem messages themselves come from the i18n resources). */
const TEXT = {
  en: {
    usage:
      'Usage: npm run import -- <folder with the CSV set | files…> -o data/<name>.json [--name <id>] [--lang ar|en]',
    notFound: 'file or folder not found',
    noCsv: 'no .csv file in this folder',
    wrote: 'wrote {{out}}',
    nothingWritten: 'nothing written',
    more: '… and {{count}} more like the ones above',
    hint: 'hint',
    noPositions:
      'no positions are stored for this large graph ({{count}} entities), so the app computes a layout every time the file is opened: run npm run layout -- {{out}} to store a readable layout (or use Layout in the app).',
    somePositions:
      'not every entity of this large graph ({{count}} entities) has a stored position, so the app computes a layout every time the file is opened: run npm run layout -- {{out}} to store a readable layout (or use Layout in the app).',
    savedFile: '<the file you saved>',
  },
  ar: {
    usage:
      'الاستخدام: npm run import -- <مجلد مجموعة CSV | ملفات…> -o data/<الاسم>.json [--name <معرّف>] [--lang ar|en]',
    notFound: 'الملف أو المجلد غير موجود',
    noCsv: 'لا يوجد ملف ‎.csv في هذا المجلد',
    wrote: 'كُتب الملف {{out}}',
    nothingWritten: 'لم يُكتب شيء',
    more: '… و{{count}} غيرها مثل ما سبق',
    hint: 'تلميح',
    noPositions:
      'لا مواضع مخزّنة لهذه الشبكة الكبيرة (عدد الكيانات: {{count}})، لذا يحسب التطبيق تخطيطًا جديدًا كلما فُتح الملف: شغّل npm run layout -- {{out}} لتخزين تخطيط مقروء (أو استخدم «التخطيط» في التطبيق).',
    somePositions:
      'بعض كيانات هذه الشبكة الكبيرة (عدد الكيانات: {{count}}) بلا موضع مخزّن، لذا يحسب التطبيق تخطيطًا جديدًا كلما فُتح الملف: شغّل npm run layout -- {{out}} لتخزين تخطيط مقروء (أو استخدم «التخطيط» في التطبيق).',
    savedFile: '<الملف الذي حفظته>',
  },
} as const;

/** Beyond this many problems of one code, the rest are counted, not listed. */
const PER_CODE = 10;

/**
 * From about this many entities on, a graph without stored positions opens slowly and hard to
 * read (the app lays it out in the page, and above 1,500 entities only as a spiral draft), so
 * the import points to `npm run layout`.
 */
const LAYOUT_HINT_ENTITIES = 300;

interface Args {
  inputs: string[];
  out?: string;
  name?: string;
  lang: UiLang;
}

function parseArgs(argv: string[]): Args | undefined {
  const inputs: string[] = [];
  let out: string | undefined;
  let name: string | undefined;
  let langArg: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (flag: string) =>
      arg === flag
        ? argv[++i]
        : arg.startsWith(`${flag}=`)
          ? arg.slice(flag.length + 1)
          : undefined;
    if (arg === '-o' || arg === '--out' || arg.startsWith('--out='))
      out = value(arg === '-o' ? '-o' : '--out');
    else if (arg === '--name' || arg.startsWith('--name=')) name = value('--name');
    else if (arg === '--lang' || arg.startsWith('--lang=')) langArg = value('--lang');
    else if (arg.startsWith('-') && arg !== '-') return undefined;
    else inputs.push(arg);
  }
  const envLang = (process.env.LC_ALL ?? process.env.LANG ?? '').slice(0, 2);
  const lang: UiLang = isUiLang(langArg) ? langArg : isUiLang(envLang) ? envLang : 'en';
  return {
    inputs,
    lang,
    ...(out !== undefined ? { out } : {}),
    ...(name !== undefined ? { name } : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const lang = args?.lang ?? 'en';
  const text = TEXT[lang];
  const i18n = createI18n(lang);
  if (!args || args.inputs.length === 0 || !args.out) {
    console.error(text.usage);
    return 2;
  }
  const files: InputFile[] = [];
  // A CSV set without dataset.csv is named by --name, else by the output file (data/gaza.json → gaza).
  let setName =
    args.name ?? (args.out === '-' ? undefined : basename(args.out).replace(/\.json$/i, ''));
  for (const input of args.inputs) {
    let isFolder: boolean;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      console.error(`✗ ${input}: ${text.notFound}`);
      return 1;
    }
    if (isFolder) {
      const csv = readdirSync(input)
        .filter((name) => /\.(csv|tsv)$/i.test(name))
        .sort();
      if (csv.length === 0) {
        console.error(`✗ ${input}: ${text.noCsv}`);
        return 1;
      }
      setName ??= basename(input.replace(/[\\/]+$/, ''));
      for (const name of csv) files.push({ name, content: readFileSync(join(input, name)) });
    } else files.push({ name: basename(input), content: readFileSync(input) });
  }

  installNodeDom();
  const { importFilesSync } = await import('../io/sync');
  const { describeImportProblem } = await import('../io/describe');
  const result = importFilesSync(files, setName ? { name: setName } : {});
  const problems = result.ok ? result.warnings : result.problems;
  // With `-o -` the dataset owns stdout, so the report goes to stderr.
  const print = args.out === '-' ? console.error : console.log;
  printProblems(problems, (item) => describeImportProblem(i18n, item), text.more, print);

  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    print(`✗ ${i18n.t('load.cliSummary', { count: errors })} (${text.nothingWritten})`);
    return 1;
  }
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  if (args.out === '-') process.stdout.write(json);
  else {
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, json);
  }
  const { dataset } = result;
  const counts = {
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    claims: dataset.claims.length,
    sources: dataset.sources.length,
    stories: dataset.stories.length,
  };
  const comma = lang === 'ar' ? '، ' : ', ';
  const warnings = result.warnings.length
    ? `${comma}${i18n.t('load.warnings', { count: result.warnings.length })}`
    : '';
  const line = `✓ ${text.wrote.replace('{{out}}', args.out)}: ${i18n.t('load.cliOk', counts)}${warnings}`;
  print(line);
  const placed = dataset.entities.filter((e) => e.position).length;
  if (dataset.entities.length > LAYOUT_HINT_ENTITIES && placed < dataset.entities.length) {
    const hint = (placed === 0 ? text.noPositions : text.somePositions)
      .replace('{{count}}', String(dataset.entities.length))
      // A function, so a "$" in the path is not read as a replacement pattern.
      .replace('{{out}}', () => (args.out === '-' ? text.savedFile : (args.out as string)));
    print(`${text.hint}: ${hint}`);
  }
  return 0;
}

function printProblems(
  problems: readonly ImportProblem[],
  describe: (item: ImportProblem) => { message: string; where: string },
  more: string,
  print: (line: string) => void,
) {
  // Grouped by what they say: the first few of each kind, then how many more like them.
  const groups = new Map<string, ImportProblem[]>();
  for (const item of problems) {
    const key = `${item.severity}:${item.code}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const group of groups.values()) {
    for (const item of group.slice(0, PER_CODE)) {
      const { message, where } = describe(item);
      const mark = item.severity === 'error' ? '✗' : '!';
      print(`${mark} ${where}: ${message}`);
    }
    if (group.length > PER_CODE)
      print(`  ${more.replace('{{count}}', String(group.length - PER_CODE))}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug of ours, not a data error: one line, no stack.
    console.error(`✗ internal error: ${String(error)}`);
    process.exitCode = 1;
  },
);
