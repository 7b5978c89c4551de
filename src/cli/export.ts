/**
 * `npm run export -- <dataset.json> --format gexf|graphml|cytoscape|csv|json -o <out>`
 *
 * Writes a dataset in another format. Without --format the format follows the extension of
 * -o (.gexf, .graphml, .cyjs, .json; no extension: the CSV set). For csv, -o is a folder and
 * receives one file per table. Exit status: 0 written, 1 the dataset has errors, 2 usage.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { createI18n, isUiLang, type UiLang } from '../i18n';
import { describeProblem } from '../i18n/problems';
import { installNodeDom } from '../io/node-dom';
import { EXPORT_FORMATS, type ExportFormat } from '../io/types';
import { exportSpec, WRITABLE } from '../io/formats';
import { loadDatasetText } from '../model/load';

const TEXT = {
  en: {
    usage:
      'Usage: npm run export -- <dataset.json> --format gexf|graphml|cytoscape|csv|json -o <file or folder> [--lang ar|en]',
    notFound: 'file not found',
    noInput:
      'no dataset given: name the dataset to export, e.g. npm run export -- data/my-graph.json -o out.gexf',
    manyInputs:
      'one dataset at a time, but {{count}} were given ({{files}}): run the export once for each',
    noOut: '-o is missing: say where to write, e.g. -o out.gexf (or -o out-folder for the CSV set)',
    badExtension:
      'cannot tell the format from the extension "{{ext}}" of -o {{out}}: use .gexf, .graphml, .cyjs, .json or a folder name for CSV, or give --format',
    unknownOption: 'unknown option "{{option}}": the options are --format, -o and --lang',
    badFormat: 'unknown format "{{format}}" in --format: use gexf, graphml, cytoscape, csv or json',
    wroteFile: 'wrote {{out}}: {{input}} as {{format}}',
    wroteCsv: 'wrote {{input}} as a CSV set into the folder {{out}}: {{files}}',
  },
  ar: {
    usage:
      'الاستخدام: npm run export -- <dataset.json> --format gexf|graphml|cytoscape|csv|json -o <ملف أو مجلد> [--lang ar|en]',
    notFound: 'الملف غير موجود',
    noInput:
      'لم تُذكر مجموعة بيانات: اذكر مجموعة البيانات المراد تصديرها، مثلًا npm run export -- data/my-graph.json -o out.gexf',
    manyInputs:
      'تُصدَّر مجموعة بيانات واحدة في كل مرة، وعدد الملفات المعطاة {{count}} ({{files}}): شغّل التصدير مرة لكل ملف',
    noOut:
      'الخيار -o غير موجود: حدّد أين يُكتب الناتج، مثلًا -o out.gexf (أو -o out-folder لمجموعة CSV)',
    badExtension:
      'لا يمكن معرفة الصيغة من الامتداد "{{ext}}" في -o {{out}}: استخدم ‎.gexf أو ‎.graphml أو ‎.cyjs أو ‎.json أو اسم مجلد لمجموعة CSV، أو حدّد --format',
    unknownOption: 'الخيار "{{option}}" غير معروف: الخيارات هي --format و-o و--lang',
    badFormat:
      'الصيغة "{{format}}" في --format غير معروفة: استخدم gexf أو graphml أو cytoscape أو csv أو json',
    wroteFile: 'كُتب {{out}}: {{input}} بصيغة {{format}}',
    wroteCsv: 'كُتبت مجموعة CSV من {{input}} في المجلد {{out}}: {{files}}',
  },
} as const;

/** Fills `{{name}}` placeholders of a TEXT entry. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** -o's extension chooses the format (src/io/formats.ts); no extension is a folder: the CSV set. */
const BY_EXTENSION = new Map(WRITABLE.map((spec) => [spec.writes.extension, spec.writes.id]));

async function main(argv: string[]): Promise<number> {
  const inputs: string[] = [];
  const unknown: string[] = [];
  let out: string | undefined;
  let formatArg: string | undefined;
  let langArg: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-o' || arg === '--out') out = argv[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--format' || arg === '-f') formatArg = argv[++i];
    else if (arg.startsWith('--format=')) formatArg = arg.slice('--format='.length);
    else if (arg === '--lang') langArg = argv[++i];
    else if (arg.startsWith('--lang=')) langArg = arg.slice('--lang='.length);
    else if (arg.startsWith('-') && arg !== '-') unknown.push(arg);
    else inputs.push(arg);
  }
  const envLang = (process.env.LC_ALL ?? process.env.LANG ?? '').slice(0, 2);
  const lang: UiLang = isUiLang(langArg) ? langArg : isUiLang(envLang) ? envLang : 'en';
  const text = TEXT[lang];
  const i18n = createI18n(lang);
  // Say what is wrong first: a bare usage line does not tell which part was missed.
  const wrong = unknown.map((option) => fill(text.unknownOption, { option }));
  if (inputs.length === 0) wrong.push(text.noInput);
  if (inputs.length > 1) {
    wrong.push(fill(text.manyInputs, { count: inputs.length, files: inputs.join(', ') }));
  }
  let format: ExportFormat | undefined;
  if (formatArg !== undefined) {
    if ((EXPORT_FORMATS as readonly string[]).includes(formatArg)) {
      format = formatArg as ExportFormat;
    } else wrong.push(fill(text.badFormat, { format: formatArg }));
  }
  if (!out) wrong.push(text.noOut);
  else if (formatArg === undefined) {
    format = BY_EXTENSION.get(extname(out).toLowerCase());
    if (!format) wrong.push(fill(text.badExtension, { ext: extname(out), out }));
  }
  if (wrong.length > 0 || !out || !format) {
    for (const message of wrong) console.error(`✗ ${message}`);
    console.error(text.usage);
    return 2;
  }
  const input = inputs[0] as string;
  let source: string;
  try {
    source = readFileSync(input, 'utf8');
  } catch {
    console.error(`✗ ${input}: ${text.notFound}`);
    return 1;
  }
  const loaded = loadDatasetText(source);
  if (!loaded.ok) {
    for (const item of loaded.problems) {
      const { message, where } = describeProblem(i18n, item);
      console.log(`${item.severity === 'error' ? '✗' : '!'} ${input} › ${where}: ${message}`);
    }
    console.log(`✗ ${input}: ${i18n.t('load.cliSummary', { count: loaded.problems.length })}`);
    return 1;
  }
  installNodeDom();
  const { exportDatasetSync } = await import('../io/sync');
  const { files, warnings } = exportDatasetSync(loaded.index.data, format);
  for (const item of warnings) {
    const { message, where } = describeProblem(i18n, item);
    console.log(`! ${input} › ${where}: ${message}`);
  }
  if (format === 'csv') {
    mkdirSync(out, { recursive: true });
    for (const file of files) writeFileSync(join(out, file.filename), file.content);
  } else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, (files[0] as { content: string }).content);
  }
  // For one file, `filename` is only the name a browser download would get (<dataset id>.gexf),
  // not what was written: name the input and the format instead. For CSV, list the files.
  console.log(
    `✓ ${
      format === 'csv'
        ? fill(text.wroteCsv, { input, out, files: files.map((f) => f.filename).join(', ') })
        : fill(text.wroteFile, { input, out, format: exportSpec(format).name })
    }`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`✗ internal error: ${String(error)}`);
    process.exitCode = 1;
  },
);
