// Loads the compiled bundle (dist/cli/main.cjs, a CommonJS file) with V8's code cache: the bytecode of
// every function an earlier run compiled, kept beside the bundle in main.cjs.v8cache. Without it V8
// parses the bundle and compiles each function the first time it is called, in every run (~25 ms of a
// check after an edit). Node 20 offers no code cache for ES modules nor a compile cache of its own
// (module.enableCompileCache is Node 22), and v8-compile-cache makes its cache before the code runs (so
// without the functions a run compiles) and cannot load ES modules with import().
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/**
 * The bundle's exports, and `keepCodeCache`, which writes the cache when there was none or V8 refused
 * it (the bundle or Node changed); to be called after the command ran, when its functions are compiled.
 */
export function runBundle(file) {
  // V8 refuses a cache made by another Node or under other flags (--max-semi-space-size, --cpu-prof): one
  // per Node and set of flags, so that two of them taking turns do not write it again each time
  const flags = createHash('sha256').update([process.version, process.arch, ...process.execArgv].join('\0')).digest('hex').slice(0, 8);
  const cacheFile = `${file}.${flags}.v8cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {}
  // the wrapper Node puts around a CommonJS file
  const source = `(function (exports, require, module, __filename, __dirname) { ${fs.readFileSync(file, 'utf8')}\n})`;
  const script = new vm.Script(source, {
    filename: file,
    cachedData,
    // the bundle's import() of ES module packages (lcms-wasm, pdf.js) as a file's would
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  // a function V8 reads from the code cache has lost the import() given above (Node 20: "A dynamic import
  // callback was not specified"): the bundle's ES module imports go through this one (src/input/importEsm.ts)
  globalThis[Symbol.for('kaartwerk.import')] = (specifier) => import(specifier);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  const keepCodeCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    // written whole or not at all: runs at the same time each write a file of their own and rename it
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temporary, script.createCachedData());
      fs.renameSync(temporary, cacheFile);
    } catch {
      // a package folder that cannot be written: every run compiles, as without a cache
      fs.rmSync(temporary, { force: true });
    }
  };
  return { exports: module.exports, keepCodeCache };
}
