import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheDirFor, DiskCache, prune, resetDiskCaches, SIZE_FILE } from '../../../src/cache/diskCache.ts';
import { hashValue } from '../../../src/cache/hashValue.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const entryFile = (dir: string, key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
/** The cache as a fresh process sees it: nothing in memory. */
const nextRun = (dir: string) => {
  resetDiskCaches();
  return new DiskCache(dir);
};

describe('DiskCache', () => {
  it('gives a value written by another instance (another run) back, and nothing before its flush', () => {
    const dir = tempDir();
    const key = hashValue('a', 1);
    const first = new DiskCache(dir);
    first.set(key, { frames: [1, 2.5, 'x'] });
    expect(nextRun(dir).get(key)).toBeUndefined();
    first.flush();
    expect(nextRun(dir).get(key)).toEqual({ frames: [1, 2.5, 'x'] });
    expect(fs.readdirSync(path.join(dir, key.slice(0, 2)))).toEqual([`${key}.json`]);
  });

  it('writes an entry not to be remembered at once, keeps it out of memory, and counts it in the folder\'s size', () => {
    const dir = tempDir();
    const key = hashValue('bytes', 1);
    const cache = new DiskCache(dir);
    cache.set(key, { base64: 'AAAA' }, { remember: false });
    // on disk before any flush, for another run
    expect(nextRun(dir).get(key, { remember: false })).toEqual({ base64: 'AAAA' });
    resetDiskCaches();
    const again = new DiskCache(dir);
    const read = vi.spyOn(fs, 'readFileSync');
    again.get(key, { remember: false });
    again.get(key, { remember: false });
    // not remembered: read from disk each time
    expect(read.mock.calls.filter(([file]) => String(file).endsWith(`${key}.json`))).toHaveLength(2);
    read.mockRestore();
    cache.flush();
    expect(JSON.parse(fs.readFileSync(path.join(dir, SIZE_FILE), 'utf8')).bytes).toBe(fs.readFileSync(entryFile(dir, key)).length);
  });

  it('ignores a corrupt entry, an entry of another version and a cut-off one, and writes them again', () => {
    const dir = tempDir();
    const writer = new DiskCache(dir);
    const keys = ['corrupt', 'version', 'cut'].map((k) => hashValue(k));
    for (const key of keys) writer.set(key, { ok: key });
    writer.flush();
    const [corrupt, version, cut] = keys as [string, string, string];
    fs.writeFileSync(entryFile(dir, corrupt), '\u0000\u0001garbage');
    fs.writeFileSync(entryFile(dir, version), fs.readFileSync(entryFile(dir, version), 'utf8')
      // another version of the same length: the entry is whole, only its version differs
      .replace(/^(kaartwerk-cache 1 )(\S+)/, (_, head: string, v: string) => head + v.replace(/\d/g, (d) => (d === '9' ? '8' : '9'))));
    fs.writeFileSync(entryFile(dir, cut), fs.readFileSync(entryFile(dir, cut), 'utf8').slice(0, -3));
    const reader = nextRun(dir);
    for (const key of keys) expect(reader.get(key)).toBeUndefined();
    for (const key of keys) reader.set(key, { ok: key });
    reader.flush();
    for (const key of keys) expect(nextRun(dir).get(key)).toEqual({ ok: key });
  });

  it('writes what no command flushed a second later (a long-running studio)', async () => {
    const dir = tempDir();
    const key = hashValue('later');
    new DiskCache(dir).set(key, 'kept');
    expect(fs.existsSync(entryFile(dir, key))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(nextRun(dir).get(key)).toBe('kept');
  });

  it('drops the least recently used entries beyond its size', () => {
    const dir = tempDir();
    const cache = new DiskCache(dir);
    const keys = [0, 1, 2, 3].map((i) => hashValue('entry', i));
    for (const key of keys) cache.set(key, 'x'.repeat(1000));
    cache.flush();
    keys.forEach((key, i) => fs.utimesSync(entryFile(dir, key), 1000 + i, 1000 + i));
    // entry 0, the oldest, was just used: it stays, 1 and 2 go
    nextRun(dir).get(keys[0]!);
    prune(dir, 2100);
    expect(keys.map((key) => fs.existsSync(entryFile(dir, key)))).toEqual([true, false, false, true]);
  });

  it('measures its folder only when what was written since, by this run or those before, may pass its size', () => {
    const dir = tempDir();
    const measured = vi.spyOn(fs, 'statSync');
    const entry = (i: number) => hashValue('sized', i);
    const write = (cache: DiskCache, i: number, bytes: number) => {
      cache.set(entry(i), 'x'.repeat(bytes));
      cache.flush();
    };
    write(nextRun(dir), 0, 1000);
    expect(measured.mock.calls.length).toBe(1); // the one entry on disk
    // a small write in the next run (a check after an edit), and another in the same run (a save in watch): no new scan
    const next = nextRun(dir);
    write(next, 1, 100);
    write(next, 2, 100);
    expect(measured.mock.calls.length).toBe(1);
    const recorded = JSON.parse(fs.readFileSync(path.join(dir, SIZE_FILE), 'utf8'));
    // what the three entries hold, read without a stat
    expect(recorded.bytes).toBe([0, 1, 2].reduce((sum, i) => sum + fs.readFileSync(entryFile(dir, entry(i))).length, 0));
    // a count a day old is measured again
    fs.writeFileSync(path.join(dir, SIZE_FILE), JSON.stringify({ ...recorded, measuredAt: Date.now() - 25 * 3600_000 }));
    write(nextRun(dir), 3, 100);
    expect(measured.mock.calls.length).toBe(1 + 4);
    measured.mockRestore();
    // past the bound: measured and pruned, the oldest first, to three quarters of the bound
    resetDiskCaches();
    const small = new DiskCache(dir, 2500);
    small.set(entry(4), 'x'.repeat(700));
    small.set(entry(5), 'x'.repeat(1100));
    [0, 1, 2, 3].forEach((i) => fs.utimesSync(entryFile(dir, entry(i)), 1000 + i, 1000 + i));
    fs.utimesSync(entryFile(dir, entry(3)), 1000, 1000);
    small.flush();
    expect([0, 1, 2, 3, 4, 5].map((i) => fs.existsSync(entryFile(dir, entry(i))))).toEqual([false, false, false, false, true, true]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, SIZE_FILE), 'utf8')).bytes).toBeLessThanOrEqual(2500 * 0.75);
  });

  it('lives in the project\'s node_modules/.cache, or where KAARTWERK_CACHE_DIR says, or nowhere', () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'node_modules'));
    expect(cacheDirFor(root, {})).toBe(path.join(root, 'node_modules', '.cache', 'kaartwerk'));
    expect(cacheDirFor(root, { KAARTWERK_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(cacheDirFor(root, { KAARTWERK_CACHE: '0' })).toBeUndefined();
  });
});

describe('hashValue', () => {
  it('hashes bytes by their content and tells apart values that differ anywhere', () => {
    expect(hashValue({ font: Buffer.from('abc') })).toBe(hashValue({ font: new Uint8Array([97, 98, 99]) }));
    expect(hashValue({ font: Buffer.from('abc') })).not.toBe(hashValue({ font: Buffer.from('abd') }));
    expect(hashValue('a', 'b')).not.toBe(hashValue('ab'));
    expect(hashValue({ x: [1, 2] })).not.toBe(hashValue({ x: [1, 3] }));
  });
});
