import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BoundedCache } from '../input/BoundedCache.ts';
import { VERSION } from '../version.ts';

/** Beyond this many bytes of entries the oldest (by last use) are dropped. */
const MAX_BYTES = 64 * 1024 * 1024;
/**
 * What a full folder is pruned down to, as a share of its bound: room for the next runs' writes, so that
 * a folder at its bound (old entries of earlier edits and versions) is not measured and pruned by every
 * run (~40 ms a build). A build of the default edition uses some 4 MB of entries.
 */
const PRUNED_TO = 0.75;
/** Results kept in memory as well, for a long `watch`: the most recently used ones, of any cache folder. */
const inMemory = new BoundedCache<unknown>('disk cache entries', 48);
/** When entries not flushed by their command are written. */
const LATER_MS = 1000;
/** The first line of every entry: an entry of another version or format is not read. */
const HEADER = `kaartwerk-cache 1 ${VERSION}\n`;

/**
 * Results of expensive pure steps, kept on disk between runs: one file per key, the key a content hash
 * of everything the result depends on (see hashValue, codeFingerprint), so that an entry can only be
 * found again with the same inputs and can never be stale. Writes are atomic (a temporary file renamed),
 * so a run that is stopped or runs beside another leaves whole entries or none; an unreadable entry, or
 * one of another version, counts as missing and is written again. Writes wait in memory until `flush`,
 * so that a watch rebuild or a check prints first and writes after.
 */
export class DiskCache {
  private readonly pending = new Map<string, unknown>();
  /** Bytes of entries written at once (not remembered) since the last flush, which measures the folder. */
  private writtenAtOnce = 0;
  private scheduled: NodeJS.Timeout | undefined;

  constructor(readonly dir: string | undefined, readonly maxBytes = MAX_BYTES) {}

  /**
   * `remember: false` for many entries of little worth each (font subsets, compressed streams): they are
   * read from disk and not kept in the memory layer, whose few places hold a watch session's layouts;
   * `set` writes them at once instead of holding them until the end of the command (together some
   * megabytes, which raised a first build's peak memory).
   */
  get<T>(key: string, { remember = true } = {}): T | undefined {
    const remembered = inMemory.get(this.memoryKey(key)) ?? this.pending.get(key);
    if (remembered !== undefined) return remembered as T;
    if (!this.dir) return undefined;
    const file = path.join(this.dir, key.slice(0, 2), `${key}.json`);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    if (!text.startsWith(HEADER)) return undefined;
    let value: T;
    try {
      value = JSON.parse(text.slice(HEADER.length)) as T;
    } catch {
      return undefined;
    }
    // touched: pruning drops the least recently used entries
    const now = new Date();
    try {
      fs.utimesSync(file, now, now);
    } catch {}
    if (remember) inMemory.set(this.memoryKey(key), value);
    return value;
  }

  set(key: string, value: unknown, { remember = true } = {}): void {
    if (remember) inMemory.set(this.memoryKey(key), value);
    if (!this.dir) return;
    if (remember) this.pending.set(key, value);
    else this.writtenAtOnce += this.write(key, value);
    // a long-running process that never flushes (the studio) writes a moment later instead of holding on
    if (!this.scheduled) this.scheduled = setTimeout(() => this.flush(), LATER_MS).unref();
  }

  /** Writes what `set` was given since the last flush; a cache that cannot be written is no error. */
  flush(): void {
    clearTimeout(this.scheduled);
    this.scheduled = undefined;
    if (!this.dir || (!this.pending.size && !this.writtenAtOnce)) return;
    let written = this.writtenAtOnce;
    this.writtenAtOnce = 0;
    for (const [key, value] of this.pending) written += this.write(key, value);
    this.pending.clear();
    // the folder is measured (a stat of every entry: ~25 ms for seven hundred, more than a check after
    // an edit writes) only when what was written since it was last measured, by this run or the runs
    // before it (see SIZE_FILE), may have taken it over the bound
    const known = sizeOnDisk.get(this.dir) ?? readSize(this.dir);
    if (known !== undefined && known.bytes + written <= this.maxBytes) {
      const now = { bytes: known.bytes + written, measuredAt: known.measuredAt };
      sizeOnDisk.set(this.dir, now);
      writeSize(this.dir, now);
      return;
    }
    try {
      const measured = { bytes: prune(this.dir, this.maxBytes, this.maxBytes * PRUNED_TO), measuredAt: Date.now() };
      sizeOnDisk.set(this.dir, measured);
      writeSize(this.dir, measured);
    } catch {
      // another run pruning at the same time, or a file that cannot be removed: pruned next time
      sizeOnDisk.delete(this.dir);
    }
  }

  /** Writes one entry; the bytes written, 0 when it could not be. */
  private write(key: string, value: unknown): number {
    const text = HEADER + JSON.stringify(value);
    return this.dir && writeWhole(path.join(this.dir, key.slice(0, 2), `${key}.json`), text) ? Buffer.byteLength(text) : 0;
  }

  private memoryKey(key: string): string {
    return `${this.dir ?? ''}\u0000${key}`;
  }
}

interface FolderSize { bytes: number; measuredAt: number }
/** Bytes of each cache folder as last measured, plus what was written since. */
const sizeOnDisk = new Map<string, FolderSize>();

/**
 * The folder's size as the last run left it, so that a fresh process need not measure it. Runs at the
 * same time may each add only their own writes (and an entry written again counts twice): a count a
 * day old is measured again.
 */
export const SIZE_FILE = 'folder-size';
const SIZE_KEPT_MS = 24 * 60 * 60 * 1000;

function readSize(dir: string): FolderSize | undefined {
  try {
    const size = JSON.parse(fs.readFileSync(path.join(dir, SIZE_FILE), 'utf8')) as FolderSize;
    const age = Date.now() - size.measuredAt;
    return Number.isFinite(size.bytes) && age >= 0 && age < SIZE_KEPT_MS ? size : undefined;
  } catch {
    return undefined;
  }
}

function writeSize(dir: string, size: FolderSize): void {
  writeWhole(path.join(dir, SIZE_FILE), JSON.stringify(size));
}

/**
 * This thread's name in the temporary files it writes: the process and a random part, as each thread
 * loads this module anew (node:worker_threads' threadId would do, but loading that module for it costs a
 * check ~2 ms).
 */
const WRITER = `${process.pid}.${Math.random().toString(36).slice(2, 10)}`;

/**
 * Writes a file of the cache whole or not at all (a temporary file renamed), without a flush to disk: an
 * entry lost in a crash is made again. The temporary file is this thread's own: a render worker may write
 * the same file at the same time. Whether it was written; a cache that cannot be written is no error.
 */
function writeWhole(file: string, text: string): boolean {
  const temporary = `${file}.${WRITER}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
    return true;
  } catch {
    fs.rmSync(temporary, { force: true });
    return false;
  }
}

/**
 * When the cache holds more than `maxBytes`, drops the least recently used entries until it holds at most
 * `keepBytes`; returns the bytes left.
 */
export function prune(dir: string, maxBytes: number, keepBytes = maxBytes): number {
  const entries: { file: string; size: number; used: number }[] = [];
  let total = 0;
  try {
    for (const sub of fs.readdirSync(dir)) {
      // the entries' folders are named by the first two hex digits of their keys
      if (!/^[0-9a-f]{2}$/.test(sub)) continue;
      for (const name of fs.readdirSync(path.join(dir, sub))) {
        const file = path.join(dir, sub, name);
        const stat = fs.statSync(file);
        entries.push({ file, size: stat.size, used: stat.mtimeMs });
        total += stat.size;
      }
    }
  } catch {
    return total;
  }
  if (total <= maxBytes) return total;
  entries.sort((a, b) => a.used - b.used);
  for (const entry of entries) {
    if (total <= keepBytes) break;
    fs.rmSync(entry.file, { force: true });
    total -= entry.size;
  }
  return total;
}

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where a project's cache lives: KAARTWERK_CACHE_DIR if set; none with KAARTWERK_CACHE=0; else
 * node_modules/.cache/kaartwerk of the project, or of kaartwerk itself for a project without node_modules.
 */
export function cacheDirFor(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.KAARTWERK_CACHE === '0') return undefined;
  if (env.KAARTWERK_CACHE_DIR) return path.resolve(env.KAARTWERK_CACHE_DIR);
  const own = path.join(root, 'node_modules');
  return path.join(fs.existsSync(own) ? own : path.join(packageRoot, 'node_modules'), '.cache', 'kaartwerk');
}

const caches = new Map<string, DiskCache>();
let current: DiskCache | undefined;

/** The one cache of a folder in this process (so that watch keeps its memory layer between rebuilds). */
export function diskCacheFor(root: string): DiskCache {
  const dir = cacheDirFor(root);
  const id = dir ?? '';
  let cache = caches.get(id);
  if (!cache) caches.set(id, (cache = new DiskCache(dir)));
  current = cache;
  return cache;
}

/**
 * The cache of the project being checked (the last one `diskCacheFor` gave), for steps that do not know
 * the project's folder; keys are contents, so any cache folder gives right answers.
 */
export function currentDiskCache(): DiskCache {
  return current ?? diskCacheFor(process.cwd());
}

/** Forgets the caches' memory (what a fresh process starts with); their files stay. */
export function resetDiskCaches(): void {
  caches.clear();
  inMemory.clear();
  sizeOnDisk.clear();
  current = undefined;
}

/** Writes every cache's pending entries (at the end of a command, after a watch rebuild). */
export function flushDiskCaches(): void {
  for (const cache of caches.values()) cache.flush();
}
