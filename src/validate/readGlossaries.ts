import path from 'node:path';
import type { Located, RawProject } from '../model/Project.ts';
import { glossarySchema, type Glossary } from './schemas.ts';
import type { Check } from './validateDeck.ts';

/** The glossaries of glossary/, by language code (the file's name). */
export function readGlossaries(raw: RawProject, check: Check): Map<string, Located<Glossary>> {
  const glossaries = new Map<string, Located<Glossary>>();
  for (const file of raw.yaml.keys()) {
    if (path.dirname(file) !== path.join(raw.root, 'glossary')) continue;
    const glossary = check(file, glossarySchema);
    if (glossary) glossaries.set(path.basename(file, '.yaml'), glossary);
  }
  return glossaries;
}
