/** Writes the published JSON Schema (draft-07) from the zod schema: `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/model/schema';

export const SCHEMA_FILE = 'public/schema/dataset-v1.json';

writeFileSync(SCHEMA_FILE, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCHEMA_FILE}`);
