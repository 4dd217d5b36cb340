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
      ...fs.readdirSync(path.join(REPO, 'cards')).flatMap((deck) => fs.readdirSync(path.join(REPO, 'cards', deck)).map((f) => `cards/${deck}/${f}`))];
    for (const file of yamlFiles) {
      const first = fs.readFileSync(path.join(REPO, file), 'utf8').split('\n')[0] ?? '';
      const match = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
      expect(match, file).not.toBeNull();
      expect(fs.existsSync(path.resolve(path.dirname(path.join(REPO, file)), match?.[1] ?? '')), file).toBe(true);
    }
  });
});
