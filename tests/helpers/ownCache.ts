import { afterAll, beforeAll, beforeEach } from 'vitest';
import { resetDiskCaches } from '../../src/cache/diskCache.ts';
import { copyOfRepoProject, tempDir } from './project.ts';

/**
 * A copy of the repository's project and a disk cache of its own (KAARTWERK_CACHE_DIR), made before the
 * file's tests or before each test, the variable put back after the file: runs of the cache tests can
 * neither see nor spoil the cache of other tests or of the developer.
 */
export function ownProjectAndCache(per: 'file' | 'test'): { root: string; cacheDir: string } {
  const own = { root: '', cacheDir: '' };
  const before = process.env.KAARTWERK_CACHE_DIR;
  (per === 'file' ? beforeAll : beforeEach)(() => {
    own.root = copyOfRepoProject();
    own.cacheDir = tempDir('kaartwerk-cache-');
    process.env.KAARTWERK_CACHE_DIR = own.cacheDir;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.KAARTWERK_CACHE_DIR;
    else process.env.KAARTWERK_CACHE_DIR = before;
    resetDiskCaches();
  });
  return own;
}
