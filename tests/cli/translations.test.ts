import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REGISTRY_DIR } from '../../src/typography/languages.ts';
import { copyOfRepoProject, FIXTURES, fixtureProject, run } from '../helpers/project.ts';

/** The repository's project with a fixture's files laid over it (`repo-*` cases). */
function repoFixture(name: string): string {
  const root = copyOfRepoProject();
  fs.cpSync(path.join(FIXTURES, name, 'files'), root, { recursive: true });
  return root;
}

const write = (root: string, file: string, text: string) => fs.writeFileSync(path.join(root, file), text);
const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const edit = (root: string, file: string, change: (text: string) => string) => write(root, file, change(read(root, file)));

describe('every printed string counts (point 2)', () => {
  it('a missing subtitle, attribution, card title and edition name are each a warning, and errors with --strict', async () => {
    const root = repoFixture('repo-missing-strings');
    const loose = await run(root, 'check', '--edition', 'editions/missing.yaml');
    expect(loose.code).toBe(0);
    expect(loose.stderr).toBe(fs.readFileSync(path.join(FIXTURES, 'repo-missing-strings/expected-warnings.txt'), 'utf8'));
    expect(loose.stdout).toContain('gouden-regels  15/18 (3 missing)');
    expect(loose.stdout).toContain('edition        0/1 (1 missing)');
    const strict = await run(root, 'check', '--strict', '--edition', 'editions/missing.yaml');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('4 error(s), 0 warning(s)');
  }, 60_000);

  it('a poster heading counts where the poster prints it: a DichtErBij heading missing in English is a warning; the Gouden Regels poster, with no heading, has none to translate', async () => {
    const root = copyOfRepoProject();
    write(root, 'editions/default.yaml', 'name: Proef\nlanguages: [nl, en]\ndecks: [gouden-regels, dichterbij]\nposters: [gouden-regels, dichterbij]\n');
    // the warning points at the poster: map, on the line under its key
    const line = read(root, 'cards/dichterbij/en.yaml').split('\n').indexOf('poster:') + 2;
    edit(root, 'cards/dichterbij/en.yaml', (t) => t.replace('  werk: Five working principles\n', ''));
    const table = await run(root, 'translations');
    expect(table.stdout).toMatch(/gouden-regels\s+18\/18\n/);
    expect(table.stdout).toMatch(/dichterbij\s+24\/25 \(1 missing\)\n/);
    expect(table.stdout).toContain('dichterbij en missing: poster.werk');
    const check = await run(root, 'check');
    expect(check.stderr).toContain(`cards/dichterbij/en.yaml:${line}:3  warning: poster heading werk has no en text; the Dutch is printed  (add poster.werk (the Dutch: 'Vijf werkprincipes'); --strict makes this an error)`);
    expect(check.stderr).not.toContain('regels');
    // once: the poster's own resolution said it again in other words
    expect(check.stderr.match(/heading '?werk/g)).toHaveLength(1);
    expect((await run(root, 'check', '--strict')).code).toBe(1);
  }, 60_000);

  it('a copy of nl.yaml counts as untranslated, and kaartwerk\'s own words missing in Polish are reported', async () => {
    const root = copyOfRepoProject();
    fs.copyFileSync(path.join(root, 'cards/gouden-regels/nl.yaml'), path.join(root, 'cards/gouden-regels/pl.yaml'));
    write(root, 'editions/default.yaml', 'name: Proef\nlanguages: [nl, pl]\ndecks: [gouden-regels]\nposters: [gouden-regels]\n');
    const result = await run(root, 'translations');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/gouden-regels\s+0\/18 \(18 same as Dutch\)/);
    expect(result.stdout).toMatch(/kaartwerk\s+0\/9 \(9 missing\)/);
    const check = await run(root, 'check');
    expect(check.stderr).toContain('cards/gouden-regels/pl.yaml:1:1  warning: 18 of 18 strings read word for word as the Dutch (an untranslated copy?)');
    // at the registry file as kaartwerk names it (languages/pl.yaml, as in the hint), not an absolute path
    // (pl.yaml has no words: the warning is at its first key)
    const words = fs.readFileSync(path.join(REGISTRY_DIR, 'pl.yaml'), 'utf8').split('\n').findIndex((l) => !l.startsWith('#')) + 1;
    expect(check.stderr.split('\n')).toContain(`languages/pl.yaml:${words}:1  warning: kaartwerk's own words on the office files and in the files' titles (sheet, tiles.heading, tiles.steps.0, tiles.steps.1, tiles.steps.2, files.cards, files.sheets, files.poster, files.tiles) have no pl text; they are printed in English  (add them under words: in languages/pl.yaml (languages/nl.yaml has the Dutch, languages/en.yaml the English); --strict makes this an error)`);
    expect((await run(root, 'check', '--strict')).code).toBe(1);
  }, 60_000);
});

describe('stale translations (point 5)', () => {
  it('a changed Dutch text makes its translations stale at their file:line; mark records the review', async () => {
    const root = copyOfRepoProject();
    write(root, 'editions/default.yaml', 'name: Proef\nlanguages: [nl, en, de]\ndecks: [gouden-regels]\n');
    expect((await run(root, 'check', '--strict')).code).toBe(0);
    edit(root, 'cards/gouden-regels/nl.yaml', (t) => t.replace('Je bent 85% van je werktijd', 'Je bent 80% van je werktijd'));
    const check = await run(root, 'check');
    const line = read(root, 'cards/gouden-regels/en.yaml').split('\n').findIndex((l) => l.includes('You spend 85%')) + 1;
    expect(check.stderr).toContain(`cards/gouden-regels/en.yaml:${line}:11  warning: card regel-01, text: the en text was translated from an earlier Dutch text, which has changed since`);
    expect(check.stderr).toContain('cards/gouden-regels/de.yaml:');
    expect((await run(root, 'check', '--strict')).code).toBe(1);
    const table = await run(root, 'translations');
    expect(table.stdout).toMatch(/gouden-regels\s+17\/18 \(1 stale\)\s+17\/18 \(1 stale\)/);
    expect(table.stdout).toContain('gouden-regels en stale (the Dutch changed): cards.regel-01.text');
    // the translator updates the English and says so
    edit(root, 'cards/gouden-regels/en.yaml', (t) => t.replace('You spend 85%', 'You spend 80%'));
    const marked = await run(root, 'translations', 'mark', '--lang', 'en');
    expect(marked.stdout).toContain('recorded 18 en strings as translated from the present Dutch (cards/gouden-regels/en.yaml)');
    const after = await run(root, 'translations');
    expect(after.stdout).toMatch(/gouden-regels\s+18\/18\s+17\/18 \(1 stale\)/);
    expect(read(root, 'cards/gouden-regels/en.sources.yaml')).toContain('not to be edited by hand');
  }, 60_000);
});

describe('a fifth language dropped in (points 4, 7, 8)', () => {
  it('Turkish with real text: checks clean under --strict (its glossary with stems, its own built-in words), builds, and prints Turkish', async () => {
    const root = repoFixture('repo-turkish');
    const check = await run(root, 'check', '--strict', '--edition', 'editions/turkish.yaml');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/gouden-regels\s+18\/18\s+18\/18\s+18\/18\s+18\/18/);
    const build = await run(root, 'build', '--edition', 'editions/turkish.yaml', '--lang', 'tr');
    expect(build.code).toBe(0);
    expect(fs.existsSync(path.join(root, 'output/turkish/tr/gouden-regels.cards.pdf'))).toBe(true);
    const { pagesText } = await import('../helpers/pdf.ts');
    const tiles = (await pagesText(path.join(root, 'output/turkish/tr/poster-gouden-regels.a2-tiles-a4.pdf')))[0]!;
    expect(tiles).toContain('Parçalı poster');
  }, 90_000);

  it('the glossary matches Turkish endings and folds case the Turkish way, and names the form found and the forms expected', async () => {
    const root = repoFixture('repo-turkish');
    edit(root, 'cards/gouden-regels/tr.yaml', (t) => t.replace('Sahada çalışırsınız', 'Sahada çalışırsınız').replace('Mahalle sakinlerinin yaşamının', 'Semt sakinlerinin yaşamının'));
    const check = await run(root, 'check', '--edition', 'editions/turkish.yaml', '--lang', 'tr');
    const lines = check.stderr.split('\n').filter((l) => l.includes('glossary'));
    expect(lines).toEqual([expect.stringMatching(/^cards\/gouden-regels\/tr\.yaml:\d+:\d+ {2}warning: card 'regel-04' \(text\): the Dutch has 'buurt' \(glossary term buurt\); the tr text has none of its forms: mahalle\* {2}\(use one of them, or add the form you chose to glossary\/tr\.yaml \(a stem ends in \*: mahalle\*\)\)$/)]);
  }, 60_000);
});

describe('languages: codes, regions, right to left (point 4)', () => {
  it('a regional code builds with its own typography (pt-BR: “…”)', async () => {
    const root = fixtureProject('language-unknown');
    write(root, 'editions/default.yaml', 'name: Proef\nlanguages: [nl, pt-BR]\ndecks: [proef]\n');
    write(root, 'cards/proef/pt-BR.yaml', 'deck:\n  title: Baralho de teste\ncategories:\n  vraag: Pergunta\ncards:\n  een:\n    title: O primeiro cartão\n    text: O que você quer "alcançar"?\n  twee:\n    text: De quem você precisa para isso?\n');
    const check = await run(root, 'check', '--strict');
    expect(check.stderr).toContain("kaartwerk's own words"); // pt-BR has none yet: English, with a warning
    const loose = await run(root, 'build', '--lang', 'pt-BR');
    expect(loose.code).toBe(0);
    const { pagesText } = await import('../helpers/pdf.ts');
    expect((await pagesText(path.join(root, 'output/default/pt-BR/proef.cards.pdf'))).join('\n')).toContain('“alcançar”');
  }, 60_000);
});

describe('XLIFF 2.0 round trip (point 6)', () => {
  it('export then import changes nothing; a translated unit is written back with the file\'s comments kept, and reported', async () => {
    const root = repoFixture('repo-turkish');
    const xlf = path.join(root, 'tr.xlf');
    const exported = await run(root, 'translations', 'export', '--lang', 'tr', '--edition', 'editions/turkish.yaml', '--out', 'tr.xlf');
    expect(exported.code).toBe(0);
    const xml = fs.readFileSync(xlf, 'utf8');
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="tr">');
    expect(xml).toContain('<unit id="cards.regel-01.text">');
    expect(xml).toMatch(/<note category="fit">its card is \d+ % full in tr, its text at [\d.]+ pt/);
    expect(xml).toContain('<note category="location">card regel-01, text</note>');
    const before = read(root, 'cards/gouden-regels/tr.yaml');
    const again = await run(root, 'translations', 'import', 'tr.xlf', '--edition', 'editions/turkish.yaml');
    expect(again.stdout).toContain('imported tr: 0 changed or added');
    expect(read(root, 'cards/gouden-regels/tr.yaml')).toBe(before);
    expect(fs.existsSync(path.join(root, 'cards/gouden-regels/tr.sources.yaml'))).toBe(false);
    // the agency changes one rule and reviews it
    fs.writeFileSync(xlf, xml.replace('<segment state="translated">\n          <source>Je werkt outreachend', '<segment state="reviewed">\n          <source>Je werkt outreachend')
      .replace('Sahada çalışırsınız ve sabit bir masanız yoktur.', 'Sahada çalışırsınız; sabit bir masanız yok.'));
    const imported = await run(root, 'translations', 'import', 'tr.xlf', '--edition', 'editions/turkish.yaml');
    expect(imported.stdout).toContain('changed cards/gouden-regels/tr.yaml  cards.regel-02.text');
    expect(imported.stdout).toContain('imported tr: 1 changed or added');
    const after = read(root, 'cards/gouden-regels/tr.yaml');
    expect(after).toBe(before.replace('Sahada çalışırsınız ve sabit bir masanız yoktur.', 'Sahada çalışırsınız; sabit bir masanız yok.'));
    expect(parse(read(root, 'cards/gouden-regels/tr.sources.yaml')).sources).toEqual({ 'cards.regel-02.text': expect.stringMatching(/^[0-9a-f]{8}$/) });
  }, 90_000);

  it('a translation that drops or misspells a placeholder of its source ({paper}, {{deck.title}}) is refused at its unit, and nothing is written', async () => {
    const root = repoFixture('repo-turkish');
    edit(root, 'cards/gouden-regels/nl.yaml', (t) => t.replace('Je laat bewoners een agenda', 'Met {{deck.title}} laat je bewoners een agenda'));
    await run(root, 'translations', 'export', '--lang', 'tr', '--edition', 'editions/turkish.yaml', '--out', 'tr.xlf');
    const xml = read(root, 'tr.xlf');
    expect(xml).toContain('<source>Met {{deck.title}} laat je bewoners');
    const lineOf = (unit: string) => xml.split('\n').findIndex((l) => l.includes(`<unit id="${unit}">`)) + 1;
    const rule3 = 'Sakinlerin, kendi mahalle analizlerine dayanarak mahalle için bir gündem hazırlamasını sağlarsınız.';
    const broken = xml
      .replace('<target>{paper} sayfalarında kartlar</target>', '<target>{kağıt} sayfalarında kartlar</target>')
      .replace(`<target>${rule3}</target>`, `<target>{{deck.titel}} ile ${rule3}</target>`)
      // a good change beside them, not written either
      .replace('Sahada çalışırsınız ve sabit bir masanız yoktur.', 'Sahada çalışırsınız; sabit bir masanız yok.');
    write(root, 'tr.xlf', broken);
    const before = read(root, 'cards/gouden-regels/tr.yaml');
    const refused = await run(root, 'translations', 'import', 'tr.xlf', '--edition', 'editions/turkish.yaml');
    expect(refused.code).toBe(1);
    const hint = '  (keep every placeholder exactly as in the source: it is filled in when printed; nothing was imported)';
    expect(refused.stderr).toBe(
      `tr.xlf:${lineOf('cards.regel-03.text')}:5  unit 'cards.regel-03.text' of file 'gouden-regels': the translation lacks the placeholder {{deck.title}} of the Dutch${hint}\n`
      + `tr.xlf:${lineOf('words.files.sheets')}:5  unit 'words.files.sheets' of file 'kaartwerk': the translation lacks the placeholder {paper} of the Dutch${hint}\n`
      + '2 error(s), 0 warning(s)\n');
    expect(refused.stdout).toBe('');
    expect(read(root, 'cards/gouden-regels/tr.yaml')).toBe(before);
    expect(fs.existsSync(path.join(root, 'cards/gouden-regels/tr.sources.yaml'))).toBe(false);
    // with the placeholders kept (spaces inside the braces are the same to Handlebars) it imports
    write(root, 'tr.xlf', broken.replace('{kağıt}', '{paper}').replace('{{deck.titel}}', '{{ deck.title }}'));
    const imported = await run(root, 'translations', 'import', 'tr.xlf', '--edition', 'editions/turkish.yaml');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('imported tr: 2 changed or added');
    expect(parse(read(root, 'cards/gouden-regels/tr.yaml')).cards['regel-03'].text).toBe(`{{ deck.title }} ile ${rule3}`);
  }, 90_000);

  it('a language without a file yet: export has every Dutch source, import writes the new file in the Dutch order', async () => {
    const root = copyOfRepoProject();
    write(root, 'editions/default.yaml', 'name: Proef\nlanguages: [nl, pl]\ndecks: [gouden-regels]\n');
    await run(root, 'translations', 'export', '--lang', 'pl', '--out', 'pl.xlf');
    const xml = read(root, 'pl.xlf');
    // the deck's 18 and kaartwerk's 9
    expect((xml.match(/<unit /g) ?? []).length).toBe(18 + 9);
    // fill in every target with a stand-in Polish text, keeping the source's placeholders ({paper}, {size})
    let n = 0;
    write(root, 'pl.xlf', xml.replace(/<source>([^<]*)<\/source>/g, (whole, source: string) =>
      `${whole}\n          <target>${[`Tekst ${++n}`, ...(source.match(/\{\w+\}/g) ?? [])].join(' ')}</target>`));
    const imported = await run(root, 'translations', 'import', 'pl.xlf');
    expect(imported.code).toBe(0);
    const pl = parse(read(root, 'cards/gouden-regels/pl.yaml'));
    expect(Object.keys(pl)).toEqual(Object.keys(parse(read(root, 'cards/gouden-regels/nl.yaml'))));
    expect(Object.keys(pl.cards)).toEqual(['intro', ...Array.from({ length: 10 }, (_, i) => `regel-${String(i + 1).padStart(2, '0')}`)]);
  }, 60_000);
});
