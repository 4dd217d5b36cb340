import { addKnownAdvances, knownAdvances } from '../layout/measureText.ts';
import { BoundedCache } from '../input/BoundedCache.ts';
import { fontKey } from '../input/fontKey.ts';
import type { FontSet } from '../model/Project.ts';
import { codeFingerprint } from './codeFingerprint.ts';
import type { DiskCache } from './diskCache.ts';
import { hashValue } from './hashValue.ts';

/**
 * How many advance widths each font had when they were last read from or given to a cache folder
 * (by folder and font): read once per process, written again only when new texts were measured.
 */
const kept = new BoundedCache<number>('stored advance widths', 256);

const entryKey = (font: FontSet[keyof FontSet]['font']) => hashValue('advanceWidths', codeFingerprint(), fontKey(font));

/**
 * `lay()` with the advance widths of earlier runs at hand: laying out a card or a poster measures its
 * words, and shaping a word (fontkit) is most of what that costs in a fresh process — a one-card edit
 * then shapes only the words that are new. The widths are kept per font, by its content hash and the
 * code (fontkit's version among it), so a replaced font or another fontkit measures anew.
 */
export function withStoredAdvances<T>(cache: DiskCache, fonts: FontSet, lay: () => T): T {
  const faces = Object.values(fonts);
  for (const { font } of faces) {
    const id = `${cache.dir ?? ''}\u0000${fontKey(font)}`;
    if (kept.get(id) !== undefined) continue;
    const stored = cache.get<[string, number][]>(entryKey(font));
    if (Array.isArray(stored)) addKnownAdvances(font, stored);
    kept.set(id, knownAdvances(font).size);
  }
  const result = lay();
  for (const { font } of faces) {
    const id = `${cache.dir ?? ''}\u0000${fontKey(font)}`;
    const known = knownAdvances(font);
    if (known.size === kept.get(id)) continue;
    cache.set(entryKey(font), [...known]);
    kept.set(id, known.size);
  }
  return result;
}
