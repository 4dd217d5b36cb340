import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlOnce } from '../../../src/cache/parsedYaml.ts';
import { diskCacheFor, flushDiskCaches, resetDiskCaches } from '../../../src/cache/diskCache.ts';
import { caches } from '../../../src/input/BoundedCache.ts';
import { locate } from '../../../src/load/readYamlFile.ts';
import { ownProjectAndCache } from '../../helpers/ownCache.ts';

const own = ownProjectAndCache('test');
/** As a fresh process: nothing in memory, the project's cache on disk as the last run left it. */
function fresh(file: string) {
  resetDiskCaches();
  for (const cache of caches()) cache.clear();
  diskCacheFor(own.root);
  const result = parseYamlOnce(file, new Uint8Array(fs.readFileSync(file)));
  flushDiskCaches();
  return result;
}
const entries = () => fs.readdirSync(own.cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).map((f) => path.join(own.cacheDir, f));

describe('a YAML file parsed by an earlier run', () => {
  it('is read from the disk cache, with its values and places', () => {
    const file = path.join(own.root, 'cards/gouden-regels/en.yaml');
    const first = fresh(file);
    const [entry] = entries();
    expect(entries()).toHaveLength(1);
    // a value changed in the stored entry only: it shows if the entry is what the next run reads
    fs.writeFileSync(entry!, fs.readFileSync(entry!, 'utf8').replaceAll('10 Golden Rules', '10 GOLDEN RULES FROM THE CACHE'));
    const again = fresh(file);
    expect((again.file!.data as { deck: { title: string } }).deck.title).toBe('10 GOLDEN RULES FROM THE CACHE');
    expect(Object.getPrototypeOf(again.file!.data)).toBeNull();
    for (const at of [['deck', 'title'], ['cards', 'regel-02', 'text'], ['prompts', 'regel']]) expect(locate(again.file!, at)).toEqual(locate(first.file!, at));
    expect(again.file!.text).toBe(first.file!.text);
  });

  it('that changed, or moved, is parsed again', () => {
    const file = path.join(own.root, 'cards/gouden-regels/en.yaml');
    fresh(file);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('10 Golden Rules', 'Ten Golden Rules'));
    expect((fresh(file).file!.data as { deck: { title: string } }).deck.title).toBe('Ten Golden Rules');
    const moved = path.join(own.root, 'cards/gouden-regels/en-copy.yaml');
    fs.copyFileSync(file, moved);
    expect(fresh(moved).file!.path).toBe(moved);
    expect(locate(fresh(moved).file!, ['deck', 'title']).file).toBe(moved);
  });

  it('keeps its problems, and a value JSON cannot hold is not kept', () => {
    const broken = path.join(own.root, 'broken.yaml');
    fs.writeFileSync(broken, 'deck:\n  title: "not closed\n');
    const first = fresh(broken);
    expect(first.file).toBeUndefined();
    expect(fresh(broken).diagnostics).toEqual(first.diagnostics);
    const infinite = path.join(own.root, 'infinite.yaml');
    fs.writeFileSync(infinite, 'size: .inf\n');
    expect((fresh(infinite).file!.data as { size: number }).size).toBe(Number.POSITIVE_INFINITY);
    expect((fresh(infinite).file!.data as { size: number }).size).toBe(Number.POSITIVE_INFINITY);
  });
});
