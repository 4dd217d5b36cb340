import fs from 'node:fs';
import { readInput, type Input } from './readInput.ts';

/**
 * Files kaartwerk reads once per process, outside any one build's InputSet: its own data (the press
 * profile, the language registry) and the translation sidecars. They are recorded here, by path, with
 * what was found, so that every InputSet can name them too (InputSet.snapshot): a memo of a check that
 * used them is only good while they are unchanged.
 */
const files = new Map<string, string>();
const listings = new Map<string, string[]>();
const missing = new Set<string>();

/** Reads a file (throws as fs.readFileSync does) and records its content hash. */
export function readProcessInput(path: string): Input {
  const input = readInput(path);
  files.set(path, input.hash);
  missing.delete(path);
  return input;
}

/** Reads a file if it exists, recording either its hash or that it is not there. */
export function readProcessInputIfAny(path: string): Input | undefined {
  if (fs.existsSync(path)) return readProcessInput(path);
  missing.add(path);
  files.delete(path);
  return undefined;
}

/** The names in a folder (none when it does not exist), recorded as InputSet.readDir records them. */
export function listProcessDir(dir: string): string[] {
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [];
  listings.set(dir, entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort());
  return entries.map((e) => e.name);
}

/** What this process has read outside a build so far. */
export function processInputs(): { files: ReadonlyMap<string, string>; listings: ReadonlyMap<string, string[]>; missing: ReadonlySet<string> } {
  return { files, listings, missing };
}
