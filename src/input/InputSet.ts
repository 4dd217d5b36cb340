import fs from 'node:fs';
import { hashText } from './hashBytes.ts';
import { processInputs } from './processInputs.ts';
import { readInput, type Input } from './readInput.ts';

/** Everything an InputSet recorded, as plain data (for a memo on disk): see inputsUnchanged. */
export interface InputSnapshot {
  /** path → sha256 of the bytes read */
  files: [string, string][];
  /** folder → the names found (a folder's name ends in /) */
  listings: [string, string[]][];
  /** files looked for and not found (or not readable) */
  missing: string[];
}

/**
 * Everything one build read, with content hashes: each file (path → sha256 of its bytes), each folder
 * listing (path → the names found), and the settings that change the output (options such as --format,
 * the document date from SOURCE_DATE_EPOCH). `hash()` sums it all up: two builds with the same hash read
 * the same world. `load` fills it; later stages look hashes up by path (`hashOf`).
 */
export class InputSet {
  private readonly fileHashes = new Map<string, string>();
  private readonly listings = new Map<string, string[]>();
  private readonly settingValues = new Map<string, string>();
  private readonly missingFiles = new Set<string>();

  /** Reads a file and records its hash. */
  read(path: string): Input {
    const input = readInput(path);
    this.fileHashes.set(path, input.hash);
    return input;
  }

  /** Records a file read elsewhere (by a reader with limits of its own), by its hash. */
  record(input: Input): void {
    this.fileHashes.set(input.path, input.hash);
  }

  /** Records a file looked for and not found or not readable: its appearing changes what the build finds. */
  missing(path: string): void {
    this.missingFiles.add(path);
  }

  /** The entries of a folder (none when it does not exist), recorded by name: a file added or removed changes the set. */
  readDir(dir: string): fs.Dirent[] {
    const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [];
    this.listings.set(dir, entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort());
    return entries;
  }

  /** Records a setting that changes the output (an option, an environment variable as the build took it). */
  setting(name: string, value: unknown): void {
    if (value !== undefined) this.settingValues.set(name, JSON.stringify(value));
  }

  /** The content hash of a file this build read, if it read it. */
  hashOf(path: string): string | undefined {
    return this.fileHashes.get(path);
  }

  get files(): ReadonlyMap<string, string> {
    return this.fileHashes;
  }

  /**
   * Every file, listing and missing file recorded, with those kaartwerk read once for the whole process
   * (processInputs: the press profile, the language registry, translation sidecars): all a check saw.
   */
  snapshot(): InputSnapshot {
    const own = processInputs();
    const files = new Map([...own.files, ...this.fileHashes]);
    const listings = new Map([...own.listings, ...this.listings]);
    const missing = [...new Set([...own.missing, ...this.missingFiles])].filter((path) => !files.has(path));
    return { files: [...files].sort(byKey), listings: [...listings].sort(byKey), missing: missing.sort() };
  }

  /** One hash of every file, listing and setting recorded. */
  hash(): string {
    const lines: string[] = [];
    for (const [path, hash] of [...this.fileHashes].sort(byKey)) lines.push(`file ${path} ${hash}`);
    for (const [path, names] of [...this.listings].sort(byKey)) lines.push(`dir ${path} ${names.join('/')}`);
    for (const [name, value] of [...this.settingValues].sort(byKey)) lines.push(`set ${name} ${value}`);
    return hashText(lines.join('\n'));
  }
}

const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
