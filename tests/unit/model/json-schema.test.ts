/**
 * The published JSON Schema (public/schema/dataset-v1.json): in step with the zod schema, a
 * valid draft-07 schema, and it accepts what the loader accepts (for shape; references and
 * custom checks are the loader's job).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../../src/model/schema';

const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../..')}/`;
const SCHEMA_FILE = `${ROOT}public/schema/dataset-v1.json`;
const BUNDLED = `${ROOT}data/azerbaijan-gaza.json`;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

const committed = readJson(SCHEMA_FILE) as Record<string, unknown>;

function compile() {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  return ajv.compile(committed);
}

describe('published JSON Schema', () => {
  it('is up to date with the zod schema', () => {
    expect(committed, 'public/schema/dataset-v1.json is stale: run npm run schema').toEqual(
      datasetJsonSchema(),
    );
  });

  it('is draft-07', () => {
    expect(String(committed.$schema)).toContain('draft-07');
  });

  it('compiles with ajv and accepts the minimal fixture', () => {
    const validate = compile();
    const ok = validate(readJson(`${ROOT}tests/fixtures/valid/minimal.json`));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.skipIf(!existsSync(BUNDLED))('accepts the bundled dataset', () => {
    const validate = compile();
    const ok = validate(readJson(BUNDLED));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([
    ['unknown-field.json', 'additionalProperties', '/entities/1'],
    ['label-missing-arabic.json', 'required', '/entities/3/label'],
    ['bad-id.json', 'pattern', '/stories/0/id'],
    ['wrong-type.json', 'type', '/claims/0/evidence/0/paragraph'],
  ])('rejects the shape error in broken/%s', (file, keyword, instancePath) => {
    const validate = compile();
    expect(validate(readJson(`${ROOT}tests/fixtures/broken/${file}`))).toBe(false);
    expect(validate.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ keyword, instancePath })]),
    );
  });
});
