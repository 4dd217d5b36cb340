import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDocuments } from '../../../src/cli/writeSchemas.ts';
import { REPO } from '../../helpers/project.ts';

describe('JSON Schemas for editors', () => {
  it('are up to date with the zod schemas (run `npx kaartwerk schema` after a change)', () => {
    for (const [name, text] of schemaDocuments()) {
      expect(fs.readFileSync(path.join(REPO, 'schemas', name), 'utf8')).toBe(text);
    }
  });

  it('are named by the modeline of every YAML file', () => {
    const yamlFiles = ['layouts/theme.yaml', 'layouts/formats.yaml', 'layouts/papers.yaml', 'layouts/cards/standard.yaml', 'editions/default.yaml',
      ...fs.readdirSync(path.join(REPO, 'cards')).flatMap((deck) => fs.readdirSync(path.join(REPO, 'cards', deck)).map((f) => `cards/${deck}/${f}`)),
      ...fs.readdirSync(path.join(REPO, 'languages')).map((f) => `languages/${f}`)]
      // the source hashes beside a language file are kaartwerk's, not typed by hand: no schema
      .filter((f) => !f.endsWith('.sources.yaml'));
    for (const file of yamlFiles) {
      const first = fs.readFileSync(path.join(REPO, file), 'utf8').split('\n')[0] ?? '';
      const match = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
      expect(match, file).not.toBeNull();
      expect(fs.existsSync(path.resolve(path.dirname(path.join(REPO, file)), match?.[1] ?? '')), file).toBe(true);
    }
  });

  it('the registry files (languages/*.yaml) name the language-registry schema, and it is generated from the zod schema', () => {
    const documents = schemaDocuments();
    expect(documents.has('language-registry.schema.json')).toBe(true);
    for (const file of fs.readdirSync(path.join(REPO, 'languages')).filter((f) => !f.endsWith('.sources.yaml'))) {
      expect(fs.readFileSync(path.join(REPO, 'languages', file), 'utf8').split('\n')[0], file).toBe('# yaml-language-server: $schema=../schemas/language-registry.schema.json');
    }
  });
});
