import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureProject, run, tempDir } from '../helpers/project.ts';
import { removeStaleTemporaries, writeOutputs } from '../../src/output/writeOutputs.ts';
import type { Manifest } from '../../src/model/Output.ts';

/** Inputs from the review of issue 14 that a fixture folder cannot hold (options, pipes, interrupted builds). */
describe('the error contract under attack', () => {
  it('--format constructor is wrong usage, at once', async () => {
    const started = performance.now();
    const result = await run(fixtureProject('_base'), 'check', '--format', 'constructor');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown card format 'constructor' in --format");
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it.skipIf(process.platform === 'win32')('a pipe as logo is refused without reading it', async () => {
    const dir = fixtureProject('_base');
    // the test's own tool, found where coreutils keeps it even when PATH holds node alone
    execFileSync(fs.existsSync('/usr/bin/mkfifo') ? '/usr/bin/mkfifo' : 'mkfifo', [path.join(dir, 'editions/logo.svg')]);
    fs.writeFileSync(path.join(dir, 'editions/default.yaml'), 'name: Proefeditie\nlogo: logo.svg\nlanguages: [nl]\ndecks: [proef]\n');
    const result = await run(dir, 'check');
    expect(result.stderr).toBe("editions/default.yaml:2:7  'logo.svg' is not a regular file (a pipe, socket or device)  (name an ordinary file inside the edition folder)\n1 error(s), 0 warning(s)\n");
    expect(result.code).toBe(1);
  });

  it('an edition file named ...yaml cannot write outside --out', async () => {
    const dir = fixtureProject('_base');
    fs.copyFileSync(path.join(dir, 'editions/default.yaml'), path.join(dir, 'editions/...yaml'));
    const out = path.join(dir, 'out', 'inner');
    const result = await run(dir, 'build', '--edition', 'editions/...yaml', '--out', out);
    expect(result.stderr).toBe("editions/...yaml:1:1  the edition file name '..' cannot name an output folder  (rename the file: letters, digits, - and _ (like gemeente-voorbeeld.yaml))\n1 error(s), 0 warning(s)\nnothing was written; the previous output is unchanged\n");
    expect(result.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('stale temporary files of a killed build are removed by the next build; those of a running one stay', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'nl'));
    // a process that has ended: its pid is free
    const dead = spawn(process.execPath, ['-e', '']);
    const deadPid = dead.pid!;
    execFileSync(process.execPath, ['-e', '']);
    const stale = path.join(dir, 'nl', `.kaartwerk-tmp-${deadPid}-proef.cards.pdf`);
    const live = path.join(dir, 'nl', `.kaartwerk-tmp-${process.pid}-proef.cards.pdf`);
    fs.writeFileSync(stale, '');
    fs.writeFileSync(live, '');
    return new Promise<void>((resolve) => dead.on('exit', () => {
      expect(removeStaleTemporaries(dir)).toEqual([stale]);
      expect(fs.existsSync(stale)).toBe(false);
      expect(fs.existsSync(live)).toBe(true);
      resolve();
    }));
  });

  it('an SVG logo is drawn once per PDF, in the back that is placed behind every card by reference', async () => {
    const dir = fixtureProject('_base');
    fs.writeFileSync(path.join(dir, 'editions/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 10"><rect width="10" height="10" fill="#0e5a8a"/><circle cx="20" cy="5" r="5"/></svg>\n');
    fs.writeFileSync(path.join(dir, 'editions/default.yaml'), 'name: Proefeditie\nlogo: logo.svg\nlanguages: [nl]\ndecks: [proef]\n');
    const result = await run(dir, 'build');
    expect(result.code).toBe(0);
    for (const file of ['proef.cards.pdf', 'proef.sheets-a4.pdf']) {
      const pdf = fs.readFileSync(path.join(dir, 'output/default/nl', file)).toString('latin1');
      // two forms: the logo's drawing, and the back it is on (drawn once, placed behind every card),
      // which alone names the logo in its resources; every page that shows a back names the back
      expect(pdf.match(/\/Subtype \/Form/g)).toHaveLength(2);
      expect(pdf.match(/\/LogoForm1 \d+ 0 R/g)).toHaveLength(1);
      expect(pdf.match(/\/Frame1 \d+ 0 R/g)?.length ?? 0).toBeGreaterThanOrEqual(file.includes('cards') ? 2 : 1);
    }
  });

  it('the manifest never names a file with a hash it does not have, at any point of a build', () => {
    const dir = tempDir();
    const file = (bytes: string) => ({ path: 'nl/a.pdf', kind: 'cards' as const, deck: 'a', lang: 'nl', pages: 1, bytes: Buffer.from(bytes), contentHash: bytes });
    writeOutputs(dir, 'e', [file('one')], []);
    // the moment the new file is being written, the manifest has already forgotten the old one
    const seen: Manifest[] = [];
    const rename = fs.renameSync;
    fs.renameSync = ((from: fs.PathLike, to: fs.PathLike) => {
      if (String(to).endsWith('a.pdf')) seen.push(JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest);
      rename(from, to);
    }) as typeof fs.renameSync;
    try {
      writeOutputs(dir, 'e', [file('two')], []);
    } finally {
      fs.renameSync = rename;
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]!.files.map((f) => f.path)).toEqual([]);
    const final = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    expect(final.files.map((f) => f.contentHash)).toEqual(['two']);
  });
});
