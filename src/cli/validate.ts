/**
 * `npm run validate -- <file> [--lang ar|en]`: the loader's report on the command line.
 * Exit status 0 when the dataset loads, 1 on any problem, 2 on wrong usage. Data errors never
 * print a stack trace.
 */
import { readFileSync } from 'node:fs';
import { createI18n, isUiLang, type UiLang } from '../i18n';
import { describeProblem } from '../i18n/problems';
import { loadDatasetText } from '../model/load';

function main(argv: string[]): number {
  const files: string[] = [];
  let langArg: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang') langArg = argv[++i];
    else if (arg.startsWith('--lang=')) langArg = arg.slice('--lang='.length);
    else files.push(arg);
  }
  const envLang = (process.env.LC_ALL ?? process.env.LANG ?? '').slice(0, 2);
  const lang: UiLang = isUiLang(langArg) ? langArg : isUiLang(envLang) ? envLang : 'en';
  const i18n = createI18n(lang);
  if (files.length === 0) {
    console.error(i18n.t('load.cliUsage'));
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      console.error(
        `✗ ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? i18n.t('load.cliNotFound') : String(error)}`,
      );
      failed++;
      continue;
    }
    let result: ReturnType<typeof loadDatasetText>;
    try {
      result = loadDatasetText(text);
    } catch (error) {
      // A bug of ours, not a data error: one line, and go on with the next file.
      console.error(`✗ ${file}: internal error: ${String(error)}`);
      failed++;
      continue;
    }
    const problems = result.ok ? result.warnings : result.problems;
    for (const item of problems) {
      const { message, where } = describeProblem(i18n, item);
      const mark = item.severity === 'error' ? '✗' : '!';
      console.log(`${mark} ${file} › ${where}: ${message}`);
    }
    if (result.ok) {
      const { data } = result.index;
      const counts = {
        entities: data.entities.length,
        relations: data.relations.length,
        claims: data.claims.length,
        sources: data.sources.length,
        stories: data.stories.length,
      };
      const warnings = result.warnings.length
        ? `, ${i18n.t('load.warnings', { count: result.warnings.length })}`
        : '';
      console.log(`✓ ${file}: ${i18n.t('load.cliOk', counts)}${warnings}`);
    } else {
      failed++;
      console.log(
        `✗ ${file}: ${i18n.t('load.cliSummary', { count: result.problems.filter((p) => p.severity === 'error').length })}`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
