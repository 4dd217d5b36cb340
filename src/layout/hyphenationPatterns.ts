import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * Where `npm install` (scripts/compile.mjs) keeps the patterns of kaartwerk's languages as JSON: beside
 * the bundle, dist/hyphen-patterns/. From the sources (src/layout/) there is no such folder.
 */
export const PATTERNS_DIR = path.join(fileURLToPath(new URL('../', import.meta.url)), 'hyphen-patterns');

/** The JSON copy of a pattern file: its name and a hash of its content, so that it cannot outlive the file. */
export function jsonCopyOf(source: string, content: Uint8Array, dir = PATTERNS_DIR): string {
  return path.join(dir, `${path.basename(source, '.js')}.${createHash('sha256').update(content).digest('hex').slice(0, 16)}.json`);
}

/**
 * The hyphen package's patterns `module` (hyphen/patterns/<name>), read from their JSON copy when there is
 * one for the file as it is now, else required as the package has them: the same data, which V8 builds
 * from JSON.parse in less than half the time (German: ~35 ms against ~85 ms).
 */
export function hyphenationPatterns(module: string, dir = PATTERNS_DIR): unknown {
  const source = require.resolve(module);
  let copy: string | undefined;
  try {
    copy = fs.readFileSync(jsonCopyOf(source, fs.readFileSync(source), dir), 'utf8');
  } catch {
    // no copy: a language not among kaartwerk's own, the sources run through tsx, or another hyphen
  }
  return copy === undefined ? require(source) : JSON.parse(copy);
}
