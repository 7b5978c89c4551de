// @vitest-environment node
/**
 * `npm run import` as a user runs it: counts with the right plural forms and, for a large graph
 * without positions, the hint to store a layout, in English and Arabic. Each spawn pays tsx's
 * start-up.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TMP = mkdtempSync(join(tmpdir(), 'relgraph-import-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** A GEXF of `nodes` nodes in a chain of `edges` edges, without positions. */
function gexf(nodes: number, edges: number): string {
  const file = join(TMP, `graph-${nodes}.gexf`);
  const ns = Array.from({ length: nodes }, (_, i) => `<node id="n${i}" label="N${i}"/>`);
  const es = Array.from(
    { length: edges },
    (_, i) => `<edge id="e${i}" source="n${i}" target="n${i + 1}"/>`,
  );
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>${ns.join('')}</nodes><edges>${es.join('')}</edges></graph></gexf>\n`,
  );
  return file;
}

function importCli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', NODE_OPTIONS: '' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('import CLI', { timeout: 60_000 }, () => {
  const large = gexf(301, 2);

  it('counts in the singular and plural, and points a large graph to npm run layout', () => {
    const out = join(TMP, 'large.json');
    const run = importCli(large, '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `✓ wrote ${out}: 301 entities, 2 relations, 0 claims, 1 source, 0 stories,`,
    );
    expect(run.stdout).toContain(
      `hint: no positions are stored for this large graph (301 entities), so the app computes a layout every time the file is opened: run npm run layout -- ${out} to store a readable layout (or use Layout in the app).`,
    );
  });

  it('does the same in Arabic, with the Arabic plural forms', () => {
    const out = join(TMP, 'large-ar.json');
    const run = importCli(large, '-o', out, '--lang', 'ar');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `✓ كُتب الملف ${out}: 301 كيان، علاقتان، لا ادعاءات، مصدر واحد، لا قصص، `,
    );
    expect(run.stdout).toContain(
      `تلميح: لا مواضع مخزّنة لهذه الشبكة الكبيرة (عدد الكيانات: 301)، لذا يحسب التطبيق تخطيطًا جديدًا كلما فُتح الملف: شغّل npm run layout -- ${out} لتخزين تخطيط مقروء (أو استخدم «التخطيط» في التطبيق).`,
    );
  });

  it('gives no layout hint for a small graph', () => {
    const out = join(TMP, 'small.json');
    const run = importCli(gexf(3, 1), '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `✓ wrote ${out}: 3 entities, 1 relation, 0 claims, 1 source, 0 stories,`,
    );
    expect(run.stdout).not.toContain('npm run layout');
  });
});
