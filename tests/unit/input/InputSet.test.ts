import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InputSet } from '../../../src/input/InputSet.ts';
import { readInput } from '../../../src/input/readInput.ts';
import { loadProject } from '../../../src/load/loadProject.ts';
import { HYPHENATION_FOLDER } from '../../../src/layout/hyphenationExceptions.ts';
import { copyOfRepoProject, tempDir } from '../../helpers/project.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the input layer', () => {
  it('gives a file with the sha256 of its bytes', () => {
    const file = path.join(tempDir(), 'a.txt');
    fs.writeFileSync(file, 'één');
    expect(readInput(file)).toMatchObject({ path: file, hash: sha('één') });
    expect(Buffer.from(readInput(file).bytes).toString('utf8')).toBe('één');
  });

  it('sums up files, folder listings and settings: any change gives another hash', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.yaml'), 'a: 1\n');
    const read = (settings: Record<string, unknown>) => {
      const set = new InputSet();
      for (const [name, value] of Object.entries(settings)) set.setting(name, value);
      for (const entry of set.readDir(dir)) set.read(path.join(dir, entry.name));
      return set;
    };
    const first = read({ documentDate: '2024-01-01T00:00:00.000Z' });
    expect(first.hashOf(path.join(dir, 'a.yaml'))).toBe(sha('a: 1\n'));
    expect(read({ documentDate: '2024-01-01T00:00:00.000Z' }).hash()).toBe(first.hash());
    expect(read({ documentDate: '2025-06-01T00:00:00.000Z' }).hash()).not.toBe(first.hash());
    fs.writeFileSync(path.join(dir, 'a.yaml'), 'a: 2\n');
    const edited = read({ documentDate: '2024-01-01T00:00:00.000Z' });
    expect(edited.hash()).not.toBe(first.hash());
    fs.writeFileSync(path.join(dir, 'b.yaml'), '');
    expect(read({ documentDate: '2024-01-01T00:00:00.000Z' }).hash()).not.toBe(edited.hash());
  });

  it('records every file loadProject read, with its hash, and the options that change the output', () => {
    const root = copyOfRepoProject();
    const { raw } = loadProject(root, undefined, { format: 'tarot' });
    const files = [...raw.inputs.files.keys()];
    const font = path.join(root, 'fonts/NotoSans-Regular.ttf');
    expect(raw.inputs.hashOf(font)).toBe(createHash('sha256').update(fs.readFileSync(font)).digest('hex'));
    expect(files).toContain(path.join(root, 'cards/swan/nl.yaml'));
    expect(files).toContain(path.join(root, 'layouts/theme.yaml'));
    expect(files).toContain(path.join(root, 'editions/default.yaml'));
    expect(files).toContain(path.join(HYPHENATION_FOLDER, 'nl.txt'));
    // the YAML files read are the ones loaded, each once
    for (const file of raw.yaml.keys()) expect(raw.inputs.hashOf(file)).toBe(sha(fs.readFileSync(file, 'utf8')));
    expect(loadProject(root, undefined, { format: 'poker' }).raw.inputs.hash()).not.toBe(raw.inputs.hash());
  });
});
