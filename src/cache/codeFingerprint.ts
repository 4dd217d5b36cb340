import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PATTERNS_DIR } from '../layout/hyphenationPatterns.ts';

// the code that is running (src/ through tsx, or the compiled dist/) and the data files it reads itself
const codeDir = fileURLToPath(new URL('../', import.meta.url));
const packageRoot = path.resolve(codeDir, '..');
const DATA = ['languages', 'hyphenation', 'package-lock.json'];

let known: string | undefined;

/**
 * A hash of everything the pure stages compute with besides their inputs: every file of the running
 * code, the language registry, the hyphenation exceptions, the locked dependency versions and the
 * installed version of each dependency (an install without the lock file). The package version alone
 * would not do: an edited source or a new fontkit must not meet old results.
 * Computed once per process (~1 MB of files, a few milliseconds).
 */
export function codeFingerprint(): string {
  if (known) return known;
  const hash = createHash('sha256');
  for (const file of [codeDir, ...DATA.map((name) => path.join(packageRoot, name))].flatMap(codeFiles)) {
    hash.update(path.relative(packageRoot, file)).update('\0');
    hash.update(fs.readFileSync(file)).update('\0');
  }
  hash.update(installedPackages(packageRoot));
  known = hash.digest('hex');
  return known;
}

/**
 * What V8's code cache of the bundle is made of (bin/runBundle.cjs: the bytecode, the list of packages it
 * covers, files being written): bytecode of the same code, written by runs, beside the code.
 */
const CODE_CACHE = /\.(v8cache|covers|tmp)$/;

/**
 * The files of `entry` (a file or a folder, in name order) that are code or data the stages compute with:
 * not V8's code cache, nor the JSON copies of the hyphenation patterns, which are the hyphen package's
 * (installedPackages covers it).
 */
export function codeFiles(entry: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return [];
  }
  if (stat.isFile()) return CODE_CACHE.test(entry) ? [] : [entry];
  if (!stat.isDirectory() || entry === PATTERNS_DIR) return [];
  return fs.readdirSync(entry).sort().flatMap((name) => codeFiles(path.join(entry, name)));
}

/**
 * What is installed for the package at `root`: npm's record of its node_modules folder
 * (node_modules/.package-lock.json: every package in it, with version and integrity), which npm rewrites
 * with each change it makes there. Without that record (kaartwerk installed inside another project, or
 * by another package manager), each dependency with the version of its package.json, found as `require`
 * finds it: ~8 ms of resolving that the record saves every run.
 */
export function installedPackages(root: string): string {
  try {
    return fs.readFileSync(path.join(root, 'node_modules', '.package-lock.json'), 'utf8');
  } catch {
    return JSON.stringify(installedVersions(root));
  }
}

/** Each dependency of the package at `root` with the version installed (its package.json next to its entry point). */
function installedVersions(root: string): [string, string][] {
  const own = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const require = createRequire(path.join(root, 'package.json'));
  return Object.keys(own.dependencies ?? {}).sort().map((name): [string, string] => {
    try {
      let dir = path.dirname(require.resolve(name));
      while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
      return [name, (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? ''];
    } catch {
      return [name, 'not resolved'];
    }
  });
}
