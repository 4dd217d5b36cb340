import fs from 'node:fs';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyOfRepoProject, FIXTURES, REPO, run } from '../helpers/project.ts';

/**
 * Issue 13, point 8: a fifth language is files, not code, and no test names the shipped languages. The
 * Turkish fixture (a real translation of Gouden Regels, its glossary; the registry has languages/tr.yaml)
 * is dropped into a copy of the project and `tr` added to the copied default edition.
 */

const TURKISH = path.join(FIXTURES, 'repo-turkish/files');
const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** A copy of the project with the Turkish files in it and `tr` in its default edition; the decks and posters that have Turkish words. */
function withTurkish(): { root: string; only: string[] } {
  const root = copyOfRepoProject();
  // files the project has of Turkish already (once it ships some) are kept: the fixture fills in the rest
  fs.cpSync(path.join(TURKISH, 'cards'), path.join(root, 'cards'), { recursive: true, force: false });
  fs.cpSync(path.join(TURKISH, 'glossary'), path.join(root, 'glossary'), { recursive: true, force: false });
  const edition = parseDocument(read(root, 'editions/default.yaml'));
  if (!(edition.get('languages') as { items: { value: string }[] }).items.some((i) => i.value === 'tr')) edition.addIn(['languages'], 'tr');
  if (!edition.hasIn(['name', 'tr'])) edition.setIn(['name', 'tr'], 'Standart baskı');
  fs.writeFileSync(path.join(root, 'editions/default.yaml'), edition.toString());
  const { decks, posters } = edition.toJS() as { decks: string[]; posters: string[] };
  const turkish = decks.filter((deck) => fs.existsSync(path.join(root, 'cards', deck, 'tr.yaml')));
  const turkishPosters = posters.filter((p) => turkish.includes((parse(read(root, `layouts/posters/${p}.yaml`)) as { deck: string }).deck));
  return { root, only: [...turkish, ...turkishPosters.map((p) => `poster-${p}`)] };
}

/** Every PDF under `dir`. */
const pdfsIn = (dir: string): string[] => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.pdf')).map((f) => path.join(dir, f)).sort();

describe('a fifth language dropped into the default edition (issue 13, point 8)', () => {
  it('Turkish: check --strict is clean for the decks it has words for, they build, every file passes preflight, and the files are titled in Turkish', async () => {
    const { root, only } = withTurkish();
    expect(only.length).toBeGreaterThan(0);
    const check = await run(root, 'check', '--strict', '--only', only.join(','));
    // --strict: no warning; notes (greyscale closeness the marks carry) may be printed
    expect(check.stderr.split('\n').filter((l) => l && !/^\S+:\d+:\d+ {2}note: /.test(l))).toEqual([]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^strings done(\s+\S+)*\s+tr$/m);
    expect(check.stdout).not.toMatch(/missing|stale|same as Dutch/);

    const build = await run(root, 'build', '--strict', '--only', only.join(','));
    expect(build.code).toBe(0);
    const files = pdfsIn(path.join(root, 'output/default'));
    expect(files.filter((f) => f.includes(`${path.sep}tr${path.sep}`)).length).toBeGreaterThanOrEqual(only.length);
    const preflight = await run(root, 'preflight', ...files);
    expect(preflight.stdout).toContain(`preflight: ${files.length} of ${files.length} file(s) pass`);
    expect(preflight.code).toBe(0);

    // kaartwerk's own words in Turkish: the tiles page, and each file's title
    const { documentInfo, pagesText } = await import('../helpers/pdf.ts');
    const tiles = files.find((f) => /[/\\]tr[/\\]poster-.+-tiles-a4\.pdf$/.test(f));
    if (tiles) expect((await pagesText(tiles))[0]).toContain('Parçalı poster');
    const cards = files.find((f) => /[/\\]tr[/\\].+\.cards\.pdf$/.test(f))!;
    const { title } = await documentInfo(cards);
    expect(title).toMatch(/ — kartlar, baskı dosyası \(tr\), /);
  }, 180_000);

  it('the decks without Turkish words yet: check names each one, and --strict fails on them', async () => {
    const { root, only } = withTurkish();
    const missing = (parse(read(root, 'editions/default.yaml')) as { decks: string[] }).decks.filter((d) => !only.includes(d));
    const check = await run(root, 'check');
    expect(check.code).toBe(0);
    for (const deck of missing) expect(check.stderr).toContain(`cards/${deck}/tr.yaml:1:1  warning: deck '${deck}' has no tr.yaml; the Dutch text is used`);
    if (missing.length) expect((await run(root, 'check', '--strict')).code).toBe(1);
  }, 60_000);
});

describe('new-edition lists the languages from the registry, not from code (issue 13, point 8)', () => {
  it('the languages with complete data, those the decks have texts in first; a language dropped in joins them', async () => {
    const { completeLanguages } = await import('../../src/typography/languages.ts');
    const complete = completeLanguages();
    const comment = async (root: string) => {
      await run(root, 'new-edition', 'Gemeente Proef');
      const text = read(root, 'editions/gemeente-proef/edition.yaml');
      return text.slice(text.indexOf('# The languages to build'), text.indexOf('\nlanguages: [nl]')).replace(/\n# /g, ' ');
    };
    const plain = await comment(copyOfRepoProject());
    for (const l of complete) expect(plain).toContain(`${l.code} (${l.englishName})`);
    expect(plain).toContain('"Adding a language"');
    const { root } = withTurkish();
    expect(await comment(root)).toMatch(/The decks have texts in: [^.]*tr \(Turkish\)/);
  }, 30_000);
});

describe('no test names the languages of the default edition as a list (issue 13, point 8)', () => {
  it('every test takes them from editions/default.yaml or the language files present', () => {
    const languages = (parse(read(REPO, 'editions/default.yaml')) as { languages: string[] }).languages;
    const quoted = languages.map((l) => `['"]${l}['"]`).join(',\\s*');
    const bare = languages.join(',?\\s+');
    const list = new RegExp(`${quoted}|\\b${bare}\\b`);
    const offenders: string[] = [];
    for (const file of fs.readdirSync(path.join(REPO, 'tests'), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(test\.)?m?ts$/.test(file) || file.startsWith('fixtures')) continue;
      const lines = read(REPO, path.join('tests', file)).split('\n');
      lines.forEach((line, i) => {
        if (list.test(line)) offenders.push(`tests/${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
