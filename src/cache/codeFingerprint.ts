import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// the code that is running (src/ through tsx, or the compiled dist/) and the data files it reads itself
const codeDir = fileURLToPath(new URL('../', import.meta.url));
const packageRoot = path.resolve(codeDir, '..');
const DATA = ['languages', 'hyphenation', 'package-lock.json'];

let known: string | undefined;

/**
 * A hash of everything the pure stages compute with besides their inputs: every file of the running
 * code, the language registry, the hyphenation exceptions and the locked dependency versions. The
 * package version alone would not do: an edited source or a new fontkit must not meet old results.
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
    if (stat.isFile()) add(entry);
    else if (stat.isDirectory()) for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name));
  };
  walk(codeDir);
  for (const name of DATA) walk(path.join(packageRoot, name));
  known = hash.digest('hex');
  return known;
}
