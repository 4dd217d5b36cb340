import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, fixtureProject, tempDir } from '../helpers/project.ts';

/** Whether the bin runs the bundle (dist/ compiled after the last change to src/, as `npm ci` leaves it). */
function bundleIsCurrent(): boolean {
  const stamp = path.join(REPO, 'dist/.built');
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  const src = path.join(REPO, 'src');
  return ['', ...fs.readdirSync(src, { recursive: true }).map(String)].every((entry) => fs.statSync(path.join(src, entry)).mtimeMs <= built);
}

/** The modules of Node's own that `kaartwerk <command>` of a small project loaded, the first time and with nothing changed. */
function nodeModulesOf(...command: string[]): string[][] {
  const root = fixtureProject('valid');
  const dir = tempDir('kaartwerk-startup-');
  const listFile = path.join(dir, 'loaded.json');
  const preload = path.join(dir, 'list.cjs');
  fs.writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listFile)}, JSON.stringify(process.moduleLoadList)));\n`);
  return [1, 2].map(() => {
    // the list through NODE_OPTIONS, not a Node option of the command line: those choose the code cache file
    const result = spawnSync(process.execPath, [path.join(REPO, 'bin/kaartwerk.js'), ...command, '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, KAARTWERK_CACHE_DIR: path.join(dir, 'cache'), NODE_OPTIONS: `--require ${JSON.stringify(preload)}` },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return (JSON.parse(fs.readFileSync(listFile, 'utf8')) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  });
}

describe('a check from the compiled bundle', () => {
  it.skipIf(!bundleIsCurrent())('loads neither child_process nor worker_threads: no check starts a program or a thread', () => {
    for (const loaded of nodeModulesOf('check')) {
      expect(loaded).toContain('crypto');
      expect(loaded.filter((m) => ['child_process', 'worker_threads'].includes(m))).toEqual([]);
    }
  });

  it.skipIf(!bundleIsCurrent())('a build on one thread (the default) loads no worker_threads either', { timeout: 60_000 }, () => {
    for (const loaded of nodeModulesOf('build')) {
      expect(loaded).toContain('zlib');
      expect(loaded.filter((m) => ['child_process', 'worker_threads'].includes(m))).toEqual([]);
    }
  });
});
