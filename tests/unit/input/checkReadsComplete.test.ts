import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { codeFingerprint } from '../../../src/cache/codeFingerprint.ts';
import { resetDiskCaches } from '../../../src/cache/diskCache.ts';
import type { InputSnapshot } from '../../../src/input/InputSet.ts';
import { copyOfRepoProject, REPO, tempDir } from '../../helpers/project.ts';

/** kaartwerk's own data: what a check may read of it must be in the InputSet as well. */
const DATA_FOLDERS = ['cards', 'layouts', 'fonts', 'glossary', 'editions', 'languages', 'hyphenation', 'colour'].map((f) => path.join(REPO, f));

const before = process.env.KAARTWERK_CACHE_DIR;
afterAll(() => {
  vi.restoreAllMocks();
  if (before === undefined) delete process.env.KAARTWERK_CACHE_DIR;
  else process.env.KAARTWERK_CACHE_DIR = before;
  resetDiskCaches();
});

type Use = 'read' | 'list' | 'look';

/** Spies on every way kaartwerk reads the disk, and notes each path with how it was used. */
function spyOnReads(): Map<string, Set<Use>> {
  const used = new Map<string, Set<Use>>();
  const note = (use: Use) => (p: unknown) => {
    if (typeof p !== 'string') return;
    const full = path.resolve(p);
    if (!used.has(full)) used.set(full, new Set());
    used.get(full)!.add(use);
  };
  type Functions = Record<string, (...args: unknown[]) => unknown>;
  const spy = (target: Functions, name: string, use: Use) => {
    const original = target[name]!;
    vi.spyOn(target, name).mockImplementation(function (this: unknown, ...args: unknown[]) {
      note(use)(args[0]);
      return original.apply(this, args);
    });
  };
  const sync = fs as unknown as Functions;
  const promises = fs.promises as unknown as Functions;
  for (const name of ['readFileSync', 'openSync']) spy(sync, name, 'read');
  spy(sync, 'readdirSync', 'list');
  for (const name of ['statSync', 'lstatSync', 'existsSync', 'realpathSync']) spy(sync, name, 'look');
  for (const name of ['readFile', 'open']) spy(promises, name, 'read');
  spy(promises, 'readdir', 'list');
  for (const name of ['stat', 'lstat', 'access']) spy(promises, name, 'look');
  return used;
}

// a read that bypasses the input layer makes a memo of the check that cannot see that file change
it('every file and folder of the project and of kaartwerk\'s data a check reads is in its InputSet', { timeout: 120_000 }, async () => {
  const root = copyOfRepoProject();
  const cacheDir = tempDir('kaartwerk-cache-');
  process.env.KAARTWERK_CACHE_DIR = cacheDir;
  resetDiskCaches();
  // the code fingerprint is the memo's key, not an input: it reads the languages and hyphenation folders whole
  codeFingerprint();
  const used = spyOnReads();
  // the CLI and the pipeline loaded only now: data read as a module loads (the press profile) is seen too
  const { main } = await import('../../../src/cli/main.ts');
  const code = await main(['check', '--root', root], { cwd: root, stdout: () => {}, stderr: () => {} });
  vi.restoreAllMocks();
  expect(code).toBe(0);

  // the InputSet as the check stored it, in its memo
  const memo = fs.readdirSync(cacheDir, { recursive: true }).map((f) => path.join(cacheDir, String(f)))
    .map((f) => (f.endsWith('.json') ? fs.readFileSync(f, 'utf8') : '')).find((text) => text.includes('"printed":'));
  expect(memo).toBeDefined();
  const inputs = (JSON.parse(memo!.slice(memo!.indexOf('\n') + 1)) as { inputs: InputSnapshot }).inputs;
  const files = new Set([...inputs.files.map(([p]) => path.resolve(p)), ...inputs.missing.map((p) => path.resolve(p))]);
  const listed = new Set(inputs.listings.map(([p]) => path.resolve(p)));
  const recorded = [...files, ...listed];
  // looking at a folder is covered when what is in it is recorded: if it goes, those reads change
  const covered = (p: string, use: Use) => (use === 'read' ? files.has(p)
    : use === 'list' ? listed.has(p)
      : files.has(p) || listed.has(p) || recorded.some((r) => r.startsWith(p + path.sep)));
  const watched = (p: string) => p === root || p.startsWith(root + path.sep) || DATA_FOLDERS.some((d) => p === d || p.startsWith(d + path.sep));

  const bypasses: string[] = [];
  let seen = 0;
  for (const [p, uses] of used) {
    if (!watched(p)) continue;
    seen++;
    for (const use of uses) if (!covered(p, use)) bypasses.push(`${use} ${p}`);
  }
  expect(bypasses).toEqual([]);
  // the spies saw the check's reads: the project's YAML and fonts, the registry, the press profile
  expect(seen).toBeGreaterThan(50);
  expect(used.get(path.join(root, 'cards/swan/nl.yaml'))).toContain('read');
  expect(used.get(path.join(REPO, 'colour/FOGRA39.icc'))).toContain('read');
  expect(used.get(path.join(REPO, 'languages/nl.yaml'))).toContain('read');
});
