import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest, ManifestEntry, OutputFile } from '../model/Output.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

/**
 * Writes every file of a build, each atomically, then the manifest. Entries of an earlier build for files
 * this build did not touch (another `--only` or `--lang`) are kept while their file is still there.
 */
export function writeOutputs(
  editionDir: string,
  edition: string,
  files: readonly OutputFile[],
  warnings: readonly string[],
  reports: Readonly<Record<string, string>> = {},
): Manifest {
  for (const file of files) writeFileAtomic(path.join(editionDir, file.path), file.bytes);
  for (const [name, text] of Object.entries(reports)) writeFileAtomic(path.join(editionDir, name), text);
  const entries = new Map<string, ManifestEntry>();
  for (const old of readManifest(editionDir)?.files ?? []) {
    if (fs.existsSync(path.join(editionDir, old.path))) entries.set(old.path, old);
  }
  for (const file of files) entries.set(file.path, manifestEntry(file));
  const manifest: Manifest = {
    edition,
    files: [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    warnings: [...warnings],
  };
  writeFileAtomic(path.join(editionDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
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
