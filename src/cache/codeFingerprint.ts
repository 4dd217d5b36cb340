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
  const add = (file: string) => {
    hash.update(path.relative(packageRoot, file)).update('\0');
    hash.update(fs.readFileSync(file)).update('\0');
  };
  const walk = (entry: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(entry);
    } catch {
      return;
    }
    // the JSON copies of the hyphenation patterns are the hyphen package's, which installedPackages covers;
    // V8's code cache of the bundle (bin/runBundle.cjs) is bytecode of the same code, written by a run
    if (stat.isFile() && !entry.endsWith('.v8cache') && !entry.endsWith('.tmp')) add(entry);
    else if (stat.isDirectory() && entry !== PATTERNS_DIR) for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name));
  };
  walk(codeDir);
  for (const name of DATA) walk(path.join(packageRoot, name));
  hash.update(installedPackages(packageRoot));
  known = hash.digest('hex');
  return known;
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
