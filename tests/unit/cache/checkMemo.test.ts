import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resetDiskCaches } from '../../../src/cache/diskCache.ts';
import { caches } from '../../../src/input/BoundedCache.ts';
import { ownProjectAndCache } from '../../helpers/ownCache.ts';
import { run } from '../../helpers/project.ts';

// `kaartwerk check` in what a fresh process would have: no memory of earlier runs (the disk cache's
// memory layer and every BoundedCache emptied), the disk cache as the last run left it
const own = ownProjectAndCache('test');

const parsedYaml = () => caches().find((c) => c.name === 'parsed YAML files')!;
/** One deck in two languages keeps each check short. */
async function freshCheck(...extra: string[]) {
  resetDiskCaches();
  for (const cache of caches()) cache.clear();
  const result = await run(own.root, 'check', '--only', 'gouden-regels', '--lang', 'nl,en', ...extra);
  // the YAML files this run parsed (none when the memo answered)
  return { ...result, parsed: parsedYaml().size };
}
const enFile = () => path.join(own.root, 'cards/gouden-regels/en.yaml');
const editEn = (from: string, to: string) => {
  const text = fs.readFileSync(enFile(), 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(enFile(), text.replace(from, to));
};
const memoFiles = () => fs.readdirSync(own.cacheDir, { recursive: true }).map((f) => path.join(own.cacheDir, String(f)))
  .filter((f) => f.endsWith('.json') && fs.readFileSync(f, 'utf8').includes('"printed":'));
const printed = (r: { code: number; stdout: string; stderr: string }) => ({ code: r.code, stdout: r.stdout, stderr: r.stderr });

describe('the memo of a check', { timeout: 120_000 }, () => {
  it('prints, with nothing changed, exactly what the check printed, without parsing any YAML', async () => {
    const first = await freshCheck();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('ok: 1 deck(s) in 2 language(s)');
    expect(first.parsed).toBeGreaterThan(10);
    expect(memoFiles()).toHaveLength(1);
    const second = await freshCheck();
    expect(printed(second)).toEqual(printed(first));
    expect(second.parsed).toBe(0);
  });

  it('is not used after a card is edited to overflow: the check reports it at its line', async () => {
    await freshCheck();
    const long = 'A sentence that goes on and on about the neighbourhood. '.repeat(30);
    editEn('You spend 85% of your working time out in the neighbourhood, working with residents.', long);
    const line = fs.readFileSync(enFile(), 'utf8').split('\n').findIndex((l) => l.includes('A sentence that goes on')) + 1;
    const edited = await freshCheck();
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(new RegExp(`^cards/gouden-regels/en\\.yaml:${line}:\\d+  card 'regel-01' .*field text: does not fit`, 'm'));
    expect(edited.parsed).toBeGreaterThan(0);
    // the memo of the edited state tells the same, from the memo
    const again = await freshCheck();
    expect(printed(again)).toEqual(printed(edited));
    expect(again.parsed).toBe(0);
  });

  it('sees a file added to a deck folder, and one deleted', async () => {
    const first = await freshCheck();
    fs.writeFileSync(path.join(own.root, 'cards/gouden-regels/extra.yaml'), 'a: [\n');
    const added = await freshCheck();
    expect(added.code).toBe(1);
    expect(added.stderr).toMatch(/^cards\/gouden-regels\/extra\.yaml:2:1 {2}.*must be sufficiently indented/m);
    fs.rmSync(path.join(own.root, 'cards/gouden-regels/extra.yaml'));
    expect(printed(await freshCheck())).toEqual(printed(first));
    fs.rmSync(enFile());
    const deleted = await freshCheck();
    expect(deleted.stderr).not.toEqual(first.stderr);
    expect(deleted.parsed).toBeGreaterThan(0);
  });

  it('of one option is not served for another (--strict, --lang)', async () => {
    const complete = await freshCheck();
    expect(complete.stderr).not.toContain("card 'regel-02' has no en text");
    // a missing translation: a warning, which --strict makes an error
    editEn('  regel-02:\n    text: You work on an outreach basis and have no fixed desk.\n', '');
    const strict = await freshCheck('--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^cards\/gouden-regels\/en\.yaml:\d+:\d+ {2}card 'regel-02' has no en text/m);
    expect(strict.stderr).toContain('1 error(s), 0 warning(s)');
    expect(strict.parsed).toBeGreaterThan(0);
    const plain = await freshCheck();
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/^cards\/gouden-regels\/en\.yaml:\d+:\d+ {2}warning: card 'regel-02' has no en text/m);
    resetDiskCaches();
    for (const cache of caches()) cache.clear();
    const dutch = await run(own.root, 'check', '--only', 'gouden-regels', '--lang', 'nl');
    expect(dutch.stdout).toContain('ok: 1 deck(s) in 1 language(s)');
    // each is its own memo, served again
    expect(printed(await freshCheck('--strict'))).toEqual(printed(strict));
    expect(printed(await freshCheck())).toEqual(printed(plain));
  });

  it('is ignored when damaged: the check runs and stores a good one', async () => {
    const first = await freshCheck();
    const [file] = memoFiles();
    const text = fs.readFileSync(file!, 'utf8');
    const header = text.slice(0, text.indexOf('\n') + 1);
    const wrongHash = JSON.stringify({ printed: { diagnostics: [], summary: 'ok: from a damaged memo' }, inputs: { files: [[enFile(), '0'.repeat(64)]], listings: [], missing: [] } });
    for (const damaged of [
      header + wrongHash,
      `${header}{"printed":{"diagnostics":[],"summary":"ok: from a damaged memo"},"inputs":{"files":[],"listings":[],"missing":[5]}}`,
      `${header}{"printed":{"diagnostics":[],"summary":"ok: from a damaged memo"},"inputs":{"files":[["x"]],"listings":[]}}`,
      `${header}{"printed":`,
    ]) {
      fs.writeFileSync(file!, damaged);
      const checked = await freshCheck();
      expect(printed(checked)).toEqual(printed(first));
      expect(checked.parsed).toBeGreaterThan(0);
    }
    expect((await freshCheck()).parsed).toBe(0);
  });

  it('is neither used nor written with KAARTWERK_CACHE=0', async () => {
    process.env.KAARTWERK_CACHE = '0';
    try {
      await freshCheck();
      expect((await freshCheck()).parsed).toBeGreaterThan(0);
      expect(memoFiles()).toHaveLength(0);
    } finally {
      delete process.env.KAARTWERK_CACHE;
    }
  });
});
