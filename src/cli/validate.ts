/**
 * `npm run validate -- <file> [--lang ar|en]`: the loader's report on the command line.
 * Exit status 0 when the dataset loads, 1 on any problem, 2 on wrong usage. Data errors never
 * print a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import type { i18n as I18n } from 'i18next';
import { createI18n, isUiLang, type UiLang } from '../i18n';
import { describeProblem } from '../i18n/problems';
import { errorCount, loadDatasetText } from '../model/load';
import { megabytes, MAX_DATASET_BYTES } from '../model/parse-json';
import { problem } from '../model/problems';
import type { Dataset } from '../model/schema';

/**
 * The sources the importers add when a file carries no evidence (src/io/csv-import.ts and
 * graph-import.ts): id "imported" (or "imported-2", … when taken), language "und", and no text
 * or address to check a quote against. A relation citing only these is traced to nothing.
 */
function placeholderSources(data: Dataset): Set<string> {
  return new Set(
    data.sources
      .filter(
        (s) =>
          /^imported(-\d+)?$/.test(s.id) &&
          s.language === 'und' &&
          !s.url &&
          !(s.paragraphs?.length ?? 0),
      )
      .map((s) => s.id),
  );
}

/** Notes on relations and claims whose every piece of evidence cites a placeholder source. */
function placeholderNotes(i18n: I18n, data: Dataset): string[] {
  const placeholders = placeholderSources(data);
  if (placeholders.size === 0) return [];
  const sources = [...placeholders].map((id) => `"${id}"`).join(', ');
  const untraced = (items: readonly { evidence: readonly { source: string }[] }[]) =>
    items.filter((item) => item.evidence.every((e) => placeholders.has(e.source))).length;
  const notes: string[] = [];
  const relations = untraced(data.relations);
  if (relations > 0) {
    notes.push(
      i18n.t('load.cliPlaceholderRelations', {
        count: relations,
        total: data.relations.length,
        sources,
      }),
    );
  }
  const claims = untraced(data.claims);
  if (claims > 0) {
    notes.push(
      i18n.t('load.cliPlaceholderClaims', { count: claims, total: data.claims.length, sources }),
    );
  }
  return notes;
}

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
      // Before reading: a 127 MB file need not be read to be refused.
      const size = statSync(file).size;
      if (size > MAX_DATASET_BYTES) {
        const tooLarge = problem('tooLarge', [], {
          size: megabytes(size),
          max: megabytes(MAX_DATASET_BYTES),
        });
        console.log(`✗ ${file}: ${describeProblem(i18n, tooLarge).message}`);
        failed++;
        continue;
      }
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
      const comma = lang === 'ar' ? '، ' : ', ';
      const warnings = result.warnings.length
        ? `${comma}${i18n.t('load.warnings', { count: result.warnings.length })}`
        : '';
      console.log(`✓ ${file}: ${i18n.t('load.cliOk', counts)}${warnings}`);
      // Valid, but not traceable: say so right under the ✓.
      for (const note of placeholderNotes(i18n, data)) console.log(`ℹ ${file}: ${note}`);
    } else {
      failed++;
      console.log(
        `✗ ${file}: ${i18n.t('load.cliSummary', { count: errorCount(result.problems) })}`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
