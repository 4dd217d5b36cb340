import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfRepoProject, run } from '../helpers/project.ts';

describe('the output folder holds what the last build of the edition made (point 1)', () => {
  it('a rebuild in Dutch only, without the poster and with a new name, removes the English files and the old poster, and says so; a file kaartwerk never wrote stays', async () => {
    const root = copyOfRepoProject();
    const edition = (name: string, langs: string, posters: string) => fs.writeFileSync(path.join(root, 'editions/default.yaml'),
      `name: ${name}\nlanguages: [${langs}]\ndecks: [gouden-regels]\nposters: [${posters}]\n`);
    edition('Eerste naam', 'nl, en', 'gouden-regels');
    expect((await run(root, 'build')).code).toBe(0);
    const out = path.join(root, 'output/default');
    fs.writeFileSync(path.join(out, 'en/notes.txt'), 'mine');
    expect(fs.existsSync(path.join(out, 'en/gouden-regels.cards.pdf'))).toBe(true);
    edition('Tweede naam', 'nl', '');
    const again = await run(root, 'build');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/removed 8 files of an earlier build that this one no longer makes: en\/gouden-regels\.cards\.pdf, /);
    const left = (dir: string) => fs.readdirSync(path.join(out, dir)).sort();
    expect(left('en')).toEqual(['notes.txt']);
    expect(left('nl')).toEqual(['gouden-regels.cards.pdf', 'gouden-regels.sheets-a4.pdf']);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(['nl/gouden-regels.cards.pdf', 'nl/gouden-regels.sheets-a4.pdf']);
    // a build narrowed with --lang leaves the other languages' files alone
    edition('Tweede naam', 'nl, en', 'gouden-regels');
    expect((await run(root, 'build')).code).toBe(0);
    const narrowed = await run(root, 'build', '--lang', 'nl', '--only', 'gouden-regels');
    expect(narrowed.stdout).not.toContain('removed');
    expect(left('en')).toContain('poster-gouden-regels.a2.pdf');
  }, 120_000);
});
