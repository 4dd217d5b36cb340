import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest, ManifestEntry, OutputFile } from '../model/Output.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

/**
 * Writes every file of a build, each atomically, then the manifest. Entries of an earlier build for files
 * this build did not touch (another `--only` or `--lang`) are kept while their file is still there.
 * `durable: false` (watch) leaves out the flush to disk of each file; the rename stays, so a reader still
 * sees only whole files, and a rebuild lost in a crash is made again at the next save.
 */
export function writeOutputs(
  editionDir: string,
  edition: string,
  files: readonly OutputFile[],
  warnings: readonly string[],
  reports: Readonly<Record<string, string>> = {},
  outputs?: OutputsOfBuild,
  { durable = true }: { durable?: boolean } = {},
): Manifest {
  removeStaleTemporaries(editionDir);
  const previous = readManifest(editionDir);
  const entries = new Map<string, ManifestEntry>();
  for (const old of previous?.files ?? []) {
    if (!fs.existsSync(path.join(editionDir, old.path))) continue;
    // a file kaartwerk wrote for this edition that the build no longer makes (a language or poster
    // dropped, a deck renamed) goes, so no one prints it as current; files it never wrote are not touched
    if (outputs && !outputs.produced.has(old.path) && outputs.selected(old) && isInside(editionDir, old.path)) {
      fs.rmSync(path.join(editionDir, old.path), { force: true });
      outputs.removed.push(old.path);
      continue;
    }
    entries.set(old.path, old);
  }
  const manifestOf = (list: Iterable<ManifestEntry>, notes: readonly string[]): Manifest => ({
    edition,
    files: [...list].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    warnings: [...notes],
  });
  const writeManifest = (manifest: Manifest) => writeFileAtomic(path.join(editionDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, durable);
  // The manifest never vouches for a file that is being replaced: first it forgets the files this build
  // writes, then they are written, then it names them with their new hashes. A build killed at any
  // moment leaves a manifest whose every entry matches its file on disk.
  const replaced = files.filter((file) => entries.has(file.path));
  if (previous && replaced.length) {
    for (const file of replaced) entries.delete(file.path);
    writeManifest(manifestOf(entries.values(), previous.warnings ?? []));
  }
  for (const file of files) writeFileAtomic(path.join(editionDir, file.path), file.bytes, durable);
  for (const [name, text] of Object.entries(reports)) writeFileAtomic(path.join(editionDir, name), text, durable);
  for (const file of files) entries.set(file.path, manifestEntry(file));
  const manifest = manifestOf(entries.values(), warnings);
  writeManifest(manifest);
  return manifest;
}

/** What a build makes, to tell the earlier build's files it no longer makes. */
export interface OutputsOfBuild {
  /** Every file of the build, written or kept unchanged. */
  produced: ReadonlySet<string>;
  /** The earlier file is one this build was asked to make (its language and deck or poster are selected). */
  selected: (entry: ManifestEntry) => boolean;
  /** Filled with the files removed. */
  removed: string[];
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, path.join(dir, file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Temporary files a killed build left behind (`.kaartwerk-tmp-<pid>-…`), in the edition folder and its
 * language folders: removed unless the process that writes them is still running.
 */
export function removeStaleTemporaries(editionDir: string): string[] {
  const removed: string[] = [];
  const visit = (dir: string, depth: number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth < 1) visit(full, depth + 1);
      const pid = TEMPORARY.exec(entry.name)?.[1];
      if (!pid || !entry.isFile() || isRunning(Number(pid))) continue;
      fs.rmSync(full, { force: true });
      removed.push(full);
    }
  };
  visit(editionDir, 0);
  return removed;
}

const TEMPORARY = /^\.kaartwerk-tmp-(\d+)-/;

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function manifestEntry(file: OutputFile): ManifestEntry {
  return {
    path: file.path,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    bytes: file.bytes.length,
    pages: file.pages,
    kind: file.kind,
    deck: file.deck,
    languages: [file.lang],
    contentHash: file.contentHash,
  };
}

/**
 * The files whose last build had the same content hash and that are still on disk as that build wrote
 * them: these need not be rendered again.
 */
export function unchangedOutputs(editionDir: string, wanted: readonly { path: string; contentHash: string }[]): Set<string> {
  const previous = new Map((readManifest(editionDir)?.files ?? []).map((e) => [e.path, e]));
  const unchanged = new Set<string>();
  for (const file of wanted) {
    const entry = previous.get(file.path);
    if (!entry || entry.contentHash !== file.contentHash) continue;
    try {
      const bytes = fs.readFileSync(path.join(editionDir, file.path));
      if (createHash('sha256').update(bytes).digest('hex') === entry.sha256) unchanged.add(file.path);
    } catch {
      // gone: build it again
    }
  }
  return unchanged;
}

function readManifest(editionDir: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(editionDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
