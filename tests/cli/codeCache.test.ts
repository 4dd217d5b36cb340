import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFiles } from '../../src/cache/codeFingerprint.ts';
import { REPO, tempDir } from '../helpers/project.ts';

/**
 * The bin as installed, with a small bundle of its own in dist/cli/main.cjs: what bin/runBundle.cjs does
 * with V8's code cache, apart from kaartwerk's code. The bundle's main imports an ES module through the
 * import the bin lends (src/input/importEsm.ts), from a function that the second run reads from the cache.
 */
function installed(): { dir: string; run: (nodeOptions?: string[], args?: string[]) => { stdout: string; stderr: string; status: number | null }; cacheFiles: () => string[] } {
  const dir = tempDir('kaartwerk-bin-');
  fs.mkdirSync(path.join(dir, 'bin'));
  for (const file of ['kaartwerk.js', 'runBundle.cjs']) fs.copyFileSync(path.join(REPO, 'bin', file), path.join(dir, 'bin', file));
  fs.mkdirSync(path.join(dir, 'src/cli'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src/cli/main.ts'), '// the sources, older than the bundle\n');
  fs.utimesSync(path.join(dir, 'src/cli/main.ts'), 1000, 1000);
  fs.utimesSync(path.join(dir, 'src/cli'), 1000, 1000);
  fs.utimesSync(path.join(dir, 'src'), 1000, 1000);
  fs.mkdirSync(path.join(dir, 'dist/cli'), { recursive: true });
  writeBundle(dir, '');
  fs.writeFileSync(path.join(dir, 'dist/.built'), 'now\n');
  const run = (nodeOptions: string[] = [], args = ['check', 'a', 'b']) => {
    const result = spawnSync(process.execPath, [...nodeOptions, path.join(dir, 'bin/kaartwerk.js'), ...args], { encoding: 'utf8', env: { ...process.env, KAARTWERK_SOURCES: '0' } });
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
  };
  const cacheFiles = () => fs.readdirSync(path.join(dir, 'dist/cli')).filter((f) => f.endsWith('.v8cache')).sort();
  return { dir, run, cacheFiles };
}

function writeBundle(dir: string, extra: string): void {
  fs.writeFileSync(path.join(dir, 'dist/cli/main.cjs'), `'use strict';
const lent = () => globalThis[Symbol.for('kaartwerk.import')];
async function main(args) {
  // what Node loaded before the bundle ran: the bin alone
  const streams = process.moduleLoadList.includes('NativeModule internal/fs/streams');
  const { sep } = await lent()('node:path');
  process.stdout.write(JSON.stringify({ args, sep, file: __filename.endsWith('main.cjs'), streams }) + '\\n');
  return 3;
}
exports.main = main;${extra}
`);
}

describe('the compiled bundle with V8\'s code cache', () => {
  it('runs the bundle, keeps its code cache after a check, reads it in the next run and makes it again when the bundle changed', () => {
    const { dir, run, cacheFiles } = installed();
    // the bin itself loaded no file streams (an ES module import of node:fs does: ~5 ms of every run)
    const expected = { stdout: `${JSON.stringify({ args: ['check', 'a', 'b'], sep: path.sep, file: true, streams: false })}\n`, stderr: '', status: 3 };
    expect(run()).toEqual(expected);
    const [cache] = cacheFiles();
    expect(cacheFiles()).toHaveLength(1);
    const file = path.join(dir, 'dist/cli', cache!);
    fs.utimesSync(file, 2000, 2000);
    // read, not written again: the import in main, a function from the cache, still works
    expect(run()).toEqual(expected);
    expect(fs.statSync(file).mtimeMs).toBe(2000 * 1000);
    // a new bundle: V8 refuses the old cache, and the run writes one for the new bundle
    writeBundle(dir, '\n// compiled again');
    expect(run()).toEqual(expected);
    expect(fs.statSync(file).mtimeMs).toBeGreaterThan(2000 * 1000);
    // other V8 flags, another cache beside it
    expect(run(['--max-semi-space-size=4'])).toEqual(expected);
    expect(cacheFiles()).toHaveLength(2);
  });
});

describe('the code cache of the packages the bundle requires', () => {
  it('keeps one for a large package file, reads it in the next run, and makes another when the package changed', () => {
    const { dir, run } = installed();
    // a package of two files: a large one (cached) that requires a small one (compiled as Node does)
    const pkg = path.join(dir, 'node_modules/grootpakket');
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), '{"name":"grootpakket","main":"index.js"}\n');
    // a large file with a `#!` line, as a package's command line has: run by Node as it is, not cached
    fs.writeFileSync(path.join(pkg, 'klein.js'), `#!/usr/bin/env node\nexports.woord = "kaart";\n${'// opvulling\n'.repeat(2000)}`);
    const writePackage = (version: number) => fs.writeFileSync(path.join(pkg, 'index.js'), `const { woord } = require('./klein.js');
exports.zin = () => [woord, ${version}, require.resolve('./klein.js') === __dirname + '/klein.js', module.exports === exports].join(' ');
${'// opvulling om groot te zijn\n'.repeat(700)}`);
    writePackage(1);
    // and a large package file in ES module syntax, which Node 20 loads through require as a module
    const esm = path.join(dir, 'node_modules/esmpakket');
    fs.mkdirSync(esm, { recursive: true });
    fs.writeFileSync(path.join(esm, 'package.json'), '{"name":"esmpakket","main":"index.js"}\n');
    fs.writeFileSync(path.join(esm, 'index.js'), `export const woord = 'deck';\n${'// opvulling\n'.repeat(2000)}`);
    writeBundle(dir, `
const main0 = exports.main;
exports.main = async (args) => { process.stdout.write(require('grootpakket').zin() + ' ' + require('esmpakket').woord + '\\n'); return main0(args); };`);
    const packageCaches = () => fs.readdirSync(path.join(dir, 'dist/cli')).filter((f) => f.endsWith('.packages')).flatMap((f) => fs.readdirSync(path.join(dir, 'dist/cli', f)).map((c) => path.join(dir, 'dist/cli', f, c)));
    expect(run().stdout.split('\n')[0]).toBe('kaart 1 true true deck');
    const [cache] = packageCaches();
    expect(packageCaches()).toHaveLength(1);
    fs.utimesSync(cache!, 2000, 2000);
    // read, not written again
    expect(run().stdout.split('\n')[0]).toBe('kaart 1 true true deck');
    expect(packageCaches()).toEqual([cache]);
    expect(fs.statSync(cache!).mtimeMs).toBe(2000 * 1000);
    // an updated package: a cache of its own, the old bytecode never used
    writePackage(2);
    expect(run().stdout.split('\n')[0]).toBe('kaart 2 true true deck');
    expect(packageCaches()).toHaveLength(2);
  });
});

/** A large CommonJS package file in `dir`'s node_modules, whose `name()` says its name. */
function writeLargePackage(dir: string, name: string): void {
  const pkg = path.join(dir, 'node_modules', name);
  fs.mkdirSync(pkg, { recursive: true });
  fs.writeFileSync(path.join(pkg, 'package.json'), `{"name":"${name}","main":"index.js"}\n`);
  fs.writeFileSync(path.join(pkg, 'index.js'), `exports.name = () => '${name}';\n${'// opvulling om groot te zijn\n'.repeat(700)}`);
}

describe('a run that goes further than the run that made the code cache', () => {
  it('makes the caches again once, as the first build after a check does: it needs a package the check did not', () => {
    const { dir, run } = installed();
    writeLargePackage(dir, 'leespakket');
    writeLargePackage(dir, 'tekenpakket');
    // as kaartwerk's bundle: a check reads, a build reads and draws (pdfkit only then)
    writeBundle(dir, `
const main0 = exports.main;
exports.main = async (args) => {
  const used = [require('leespakket').name(), ...(args[0] === 'build' ? [require('tekenpakket').name()] : [])];
  process.stdout.write(used.join(' ') + '\\n');
  return main0(args);
};`);
    const dist = path.join(dir, 'dist/cli');
    const inDist = (ending: string) => fs.readdirSync(dist).filter((f) => f.endsWith(ending)).map((f) => path.join(dist, f));
    const packageCaches = () => inDist('.packages').flatMap((f) => fs.readdirSync(f).map((c) => path.join(f, c))).sort();
    const age = (files: string[]) => files.forEach((file) => fs.utimesSync(file, 2000, 2000));
    const rewritten = (files: string[]) => files.map((file) => fs.statSync(file).mtimeMs > 2000 * 1000);

    expect(run([], ['check']).stdout.split('\n')[0]).toBe('leespakket');
    const [bundleCache] = inDist('.v8cache');
    const [covers] = inDist('.covers');
    const [readCache] = packageCaches();
    expect(JSON.parse(fs.readFileSync(covers!, 'utf8'))).toEqual([path.basename(readCache!)]);
    age([bundleCache!, readCache!]);
    // another check: nothing new, nothing written
    expect(run([], ['check']).stdout.split('\n')[0]).toBe('leespakket');
    expect(rewritten([bundleCache!, readCache!])).toEqual([false, false]);
    // the first build: the bundle's cache and every package cache it used made again, the covers grown
    expect(run([], ['build']).stdout.split('\n')[0]).toBe('leespakket tekenpakket');
    expect(rewritten([bundleCache!, readCache!])).toEqual([true, true]);
    const caches = packageCaches();
    expect(caches).toHaveLength(2);
    expect(JSON.parse(fs.readFileSync(covers!, 'utf8'))).toEqual(caches.map((file) => path.basename(file)).sort());
    // a second build and a check after it: both covered, nothing written
    age([bundleCache!, ...caches]);
    expect(run([], ['build']).stdout.split('\n')[0]).toBe('leespakket tekenpakket');
    expect(run([], ['check']).stdout.split('\n')[0]).toBe('leespakket');
    expect(rewritten([bundleCache!, ...caches])).toEqual([false, false, false]);
    // none of what the runs wrote counts as code: the disk cache's code fingerprint stays as it was
    expect(codeFiles(path.join(dir, 'dist')).map((file) => path.relative(dir, file))).toEqual([path.join('dist', '.built'), path.join('dist', 'cli', 'main.cjs')]);
  });
});
