import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fixtureProject, run, tempDir } from '../helpers/project.ts';
import { pageBoxes, pageCount } from '../helpers/pdf.ts';
import { mmToPt } from '../../src/layout/units.ts';
import { pdfkitBytes } from '../helpers/pdfkitBytes.ts';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const listFiles = (dir: string): string[] => fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

describe('kaartwerk command line', () => {
  it('prints help for every command and exits 0', async () => {
    for (const command of [[], ['build'], ['check'], ['preflight']]) {
      const result = await run(tempDir(), ...command, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Usage: kaartwerk/);
    }
    expect((await run(tempDir(), 'build', '--help')).stdout).toMatch(/--lang[\s\S]*--only[\s\S]*--format[\s\S]*--paper[\s\S]*--strict[\s\S]*--out/);
  });

  it('exits 2 on wrong usage, with a message and no stack trace', async () => {
    const dir = fixtureProject('_base');
    const cases: [string[], RegExp][] = [
      [['build', '--colour', 'red'], /unknown option '--colour'/],
      [['build', '--paper', 'a5'], /argument 'a5' is invalid/],
      [['build', '--only', 'swan'], /unknown deck or poster 'swan' in --only {2}\(this edition has: proef\)/],
      [['build', '--lang', 'fr'], /language 'fr' in --lang is not one of this edition/],
      [['build', '--format', 'huge'], /unknown card format 'huge' in --format/],
      [['build', '--back-offset', 'left'], /--back-offset takes two numbers in mm/],
      [['frobnicate'], /unknown command 'frobnicate'/],
      [[], /Usage: kaartwerk/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(dir, ...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(fs.existsSync(path.join(dir, 'output'))).toBe(false);
  });

  it('says so once when run outside a project', async () => {
    const result = await run(tempDir(), 'build');
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/is not a kaartwerk project: it has no layouts\/ or cards\/ folder {2}\(run kaartwerk in the project folder, or name it with --root\)$/);
    expect(result.stderr).toContain('1 error(s)');
  });

  it('check lays everything out and writes nothing', async () => {
    const dir = fixtureProject('_base');
    const result = await run(dir, 'check');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('translations: Dutch only (the source)\nok: 1 deck(s) in 1 language(s), 2 card faces laid out\n');
    expect(fs.existsSync(path.join(dir, 'output'))).toBe(false);
  });

  it('build writes the two PDFs and a manifest with their hashes, and says so in one line', async () => {
    const dir = fixtureProject('_base');
    const result = await run(dir, 'build');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^output\/default: 2 files written, 0 unchanged, in \d+\.\d s \(fit-report\.txt, manifest\.json\)\n$/);
    const out = path.join(dir, 'output/default');
    expect(listFiles(out)).toEqual(['fit-report.txt', 'manifest.json', 'nl/proef.cards.pdf', 'nl/proef.sheets-a4.pdf']);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string; sha256: string; pages: number }) => [f.path, f.sha256, f.pages])).toEqual([
      ['nl/proef.cards.pdf', sha(path.join(out, 'nl/proef.cards.pdf')), 4],
      ['nl/proef.sheets-a4.pdf', sha(path.join(out, 'nl/proef.sheets-a4.pdf')), 2],
    ]);
    for (const f of manifest.files) expect(f.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rebuilds only what changed: an unchanged output is not rendered again', async () => {
    const dir = fixtureProject('_base');
    fs.writeFileSync(path.join(dir, 'editions/default.yaml'), 'name: Proefeditie\nlanguages: [nl, en]\ndecks: [proef]\n');
    fs.writeFileSync(path.join(dir, 'cards/proef/en.yaml'), 'deck:\n  title: Test deck\ncategories:\n  vraag: Question\ncards:\n  een:\n    title: The first card\n    text: What do you want to achieve?\n  twee:\n    text: Who do you need for it?\n');
    expect((await run(dir, 'build')).stdout).toMatch(/: 4 files written, 0 unchanged/);
    const out = path.join(dir, 'output/default');
    const mtime = (f: string) => fs.statSync(path.join(out, f)).mtimeMs;
    const before = { en: mtime('en/proef.cards.pdf'), nl: mtime('nl/proef.cards.pdf') };
    expect((await run(dir, 'build')).stdout).toMatch(/: 0 files written, 4 unchanged/);
    fs.writeFileSync(path.join(dir, 'cards/proef/en.yaml'), fs.readFileSync(path.join(dir, 'cards/proef/en.yaml'), 'utf8').replace('Who do', 'Whom do'));
    expect((await run(dir, 'build')).stdout).toMatch(/: 2 files written, 2 unchanged/);
    expect(mtime('nl/proef.cards.pdf')).toBe(before.nl);
    expect(mtime('en/proef.cards.pdf')).not.toBe(before.en);
    // a file changed by hand is built again; --force builds everything
    fs.writeFileSync(path.join(out, 'nl/proef.sheets-a4.pdf'), 'damaged');
    expect((await run(dir, 'build')).stdout).toMatch(/: 1 file written, 3 unchanged/);
    expect((await run(dir, 'build', '--force')).stdout).toMatch(/: 4 files written, 0 unchanged/);
  });

  it('with --root, reads and writes in that project folder, wherever it is run from', async () => {
    const project = fixtureProject('_base');
    const elsewhere = tempDir();
    const result = await run(elsewhere, 'build', '--root', project);
    expect(result.code).toBe(0);
    expect(fs.existsSync(path.join(project, 'output/default/nl/proef.cards.pdf'))).toBe(true);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('writes byte-identical files on a second build', async () => {
    const a = fixtureProject('_base');
    const b = fixtureProject('_base');
    await run(a, 'build');
    await run(b, 'build');
    const files = listFiles(path.join(a, 'output'));
    expect(files).toEqual(listFiles(path.join(b, 'output')));
    for (const f of files) expect(sha(path.join(a, 'output', f)), f).toBe(sha(path.join(b, 'output', f)));
  });

  it('keeps the last good output when a later build fails', async () => {
    const dir = fixtureProject('_base');
    expect((await run(dir, 'build')).code).toBe(0);
    const out = path.join(dir, 'output');
    const before = new Map(listFiles(out).map((f) => [f, sha(path.join(out, f))]));
    fs.writeFileSync(path.join(dir, 'cards/proef/nl.yaml'), 'deck:\n  title: [unclosed\n');
    const result = await run(dir, 'build');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was written; the previous output is unchanged');
    expect(new Map(listFiles(out).map((f) => [f, sha(path.join(out, f))]))).toEqual(before);
  });

  it('builds other papers and formats: A3 and letter sheets, tarot cards', async () => {
    const dir = fixtureProject('_base');
    expect((await run(dir, 'build', '--paper', 'a3')).code).toBe(0);
    expect((await run(dir, 'build', '--paper', 'letter', '--format', 'tarot', '--out', 'tarot')).code).toBe(0);
    const a3 = (await pageBoxes(path.join(dir, 'output/default/nl/proef.sheets-a3.pdf')))[0];
    expect(a3?.media[2]).toBeCloseTo(mmToPt(297), 0);
    const tarot = path.join(dir, 'tarot/default/nl/proef.cards.pdf');
    const box = (await pageBoxes(tarot))[0];
    expect((box?.trim[2] ?? 0) - (box?.trim[0] ?? 0)).toBeCloseTo(mmToPt(70), 1);
    expect((box?.trim[3] ?? 0) - (box?.trim[1] ?? 0)).toBeCloseTo(mmToPt(120), 1);
    expect(await pageCount(path.join(dir, 'tarot/default/nl/proef.sheets-letter.pdf'))).toBe(2);
  });

  it('falls back to Dutch with a warning for a missing language file; --strict makes it an error', async () => {
    const dir = fixtureProject('_base');
    fs.writeFileSync(path.join(dir, 'editions/default.yaml'), 'name: Proefeditie\nlanguages: [nl, en]\ndecks: [proef]\n');
    const loose = await run(dir, 'build');
    expect(loose.code).toBe(0);
    expect(loose.stderr).toBe('cards/proef/en.yaml:1:1  warning: deck \'proef\' has no en.yaml; the Dutch text is used  (add the translation; --strict makes this an error)\n0 error(s), 1 warning(s)\n');
    expect(fs.existsSync(path.join(dir, 'output/default/en/proef.cards.pdf'))).toBe(true);
    const strict = await run(dir, 'check', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("cards/proef/en.yaml:1:1  deck 'proef' has no en.yaml; the Dutch text is used  (add the translation, or build without --strict to fall back to Dutch)");
  });

  it('preflight fails a file that is not a print-ready PDF', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'note.pdf'), 'hello');
    const result = await run(dir, 'preflight', 'note.pdf', 'missing.pdf');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('FAIL  note.pdf: not a PDF file\nFAIL  missing.pdf: file not found\npreflight: 0 of 2 file(s) pass\n');
  });

  it('preflight checks every PDF in a folder given, in order of their paths, and says so of a folder with none', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'out/nl'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.writeFileSync(path.join(dir, 'out/nl/b.pdf'), 'hello');
    fs.writeFileSync(path.join(dir, 'out/a.PDF'), 'hello');
    fs.writeFileSync(path.join(dir, 'out/nl/notes.txt'), 'not looked at');
    const result = await run(dir, 'preflight', 'out', 'empty');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`FAIL  ${path.join('out', 'a.PDF')}: not a PDF file\nFAIL  ${path.join('out', 'nl', 'b.pdf')}: not a PDF file\nFAIL  empty: a folder with no PDF files in it\npreflight: 0 of 3 file(s) pass\n`);
  });

  it('preflight names each problem of a PDF that is not print-ready', async () => {
    const dir = tempDir();
    const doc = new PDFDocument({ size: [200, 250], margin: 0 });
    (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.TrimBox = [4, 4, 196, 246];
    doc.fillColor('red').font('Helvetica').fontSize(9).text('Te dicht bij de rand', 6, 100, { lineBreak: false });
    fs.writeFileSync(path.join(dir, 'bad.pdf'), await pdfkitBytes(doc));
    const result = await run(dir, 'preflight', 'bad.pdf');
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^FAIL {2}bad\.pdf: 1 page, trim 67\.7 × 85\.4 mm \+ 1\.4 mm bleed, safe zone 4 mm/);
    expect(lines).toEqual(expect.arrayContaining([
      '      error page 1: font Helvetica (Type1) is not embedded',
      '      error page 1: RGB colour: operator cs /DeviceRGB; print files must be CMYK',
      '      error page 1: no BleedBox',
      '      error page 1: bleed is 1.4 mm, needs 3 mm on every side',
      '      error page 1: text "Te dicht bij de rand" is 0.7 mm from the trim line, inside the 4 mm safe zone',
    ]));
  });
});
