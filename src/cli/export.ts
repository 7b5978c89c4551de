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
import { loadDatasetText } from '../model/load';

const TEXT = {
  en: {
    usage:
      'Usage: npm run export -- <dataset.json> --format gexf|graphml|cytoscape|csv|json -o <file or folder> [--lang ar|en]',
    notFound: 'file not found',
    wrote: 'wrote {{out}}',
  },
  ar: {
    usage:
      'الاستخدام: npm run export -- <dataset.json> --format gexf|graphml|cytoscape|csv|json -o <ملف أو مجلد> [--lang ar|en]',
    notFound: 'الملف غير موجود',
    wrote: 'كُتب {{out}}',
  },
} as const;

const BY_EXTENSION: Record<string, ExportFormat> = {
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.cyjs': 'cytoscape',
  '.json': 'json',
  '': 'csv',
};

async function main(argv: string[]): Promise<number> {
  const inputs: string[] = [];
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
    else inputs.push(arg);
  }
  const envLang = (process.env.LC_ALL ?? process.env.LANG ?? '').slice(0, 2);
  const lang: UiLang = isUiLang(langArg) ? langArg : isUiLang(envLang) ? envLang : 'en';
  const text = TEXT[lang];
  const i18n = createI18n(lang);
  const format = (formatArg ??
    (out !== undefined ? BY_EXTENSION[extname(out).toLowerCase()] : undefined)) as
    ExportFormat | undefined;
  if (
    inputs.length !== 1 ||
    !out ||
    !format ||
    !(EXPORT_FORMATS as readonly string[]).includes(format)
  ) {
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
  const { files } = exportDatasetSync(loaded.index.data, format);
  if (format === 'csv') {
    mkdirSync(out, { recursive: true });
    for (const file of files) writeFileSync(join(out, file.filename), file.content);
  } else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, (files[0] as { content: string }).content);
  }
  console.log(
    `✓ ${text.wrote.replace('{{out}}', out)} (${files.map((f) => f.filename).join(', ')})`,
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
