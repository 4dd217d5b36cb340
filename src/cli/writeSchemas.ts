import path from 'node:path';
import * as z from 'zod';
import { writeFileAtomic } from '../output/writeFileAtomic.ts';
import { fileSchemas } from '../validate/schemas.ts';

/** JSON Schemas for editors (yaml-language-server), generated from the zod schemas: one source of truth. */
export function schemaDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [name, schema] of Object.entries(fileSchemas)) {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
    documents.set(`${name}.schema.json`, `${JSON.stringify({ title: `kaartwerk ${name} file`, ...json }, null, 2)}\n`);
  }
  return documents;
}

export function writeSchemas(root: string): string[] {
  const written: string[] = [];
  for (const [name, text] of schemaDocuments()) {
    const file = path.join(root, 'schemas', name);
    writeFileAtomic(file, text);
    written.push(file);
  }
  return written;
}
