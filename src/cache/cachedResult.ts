import type { FontSet } from '../model/Project.ts';
import { codeFingerprint } from './codeFingerprint.ts';
import { currentDiskCache } from './diskCache.ts';
import { hashBytes, hashValue } from './hashValue.ts';

/**
 * `make()`'s result, from the disk cache when the same `parts` were seen before by the same code. `parts`
 * must hold everything `make` reads; the result must be plain JSON data.
 */
export function cachedResult<T>(parts: unknown[], make: () => T): T {
  const cache = currentDiskCache();
  const key = hashValue(codeFingerprint(), ...parts);
  const stored = cache.get<{ value: T }>(key);
  if (stored) return stored.value;
  const value = make();
  cache.set(key, { value });
  return value;
}

/** Fonts for a key: each role's file name and content hash (not the parsed font object). */
export function fontsKey(fonts: FontSet): [string, string, string][] {
  return Object.entries(fonts).map(([role, face]) => [role, face.fileName, hashBytes(face.bytes)]);
}
