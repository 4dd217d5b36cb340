// Loads the compiled bundle (dist/cli/main.cjs, a CommonJS file) with V8's code cache: the bytecode of
// every function an earlier run compiled, kept beside the bundle in main.cjs.v8cache. Without it V8
// parses the bundle and compiles each function the first time it is called, in every run (~25 ms of a
// check after an edit). Node 20 offers no code cache for ES modules nor a compile cache of its own
// (module.enableCompileCache is Node 22), and v8-compile-cache makes its cache before the code runs (so
// without the functions a run compiles) and cannot load ES modules with import().
// CommonJS, required by bin/kaartwerk.js: see there why.
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const { createRequire } = Module;
const path = require('node:path');
const vm = require('node:vm');

/**
 * The bundle's exports, and `keepCodeCache`, which writes the caches there were none of or V8 refused
 * (the bundle, a package or Node changed); to be called after the command ran, when its functions are
 * compiled. The large files of the packages the bundle requires (pdfkit, fontkit, linebreak: they stay
 * in node_modules) get a code cache too, in a folder beside the bundle's.
 *
 * A cache holds the functions of the run that made it. A run that went further (the first build after a
 * check drew PDFs: pdfkit and the bundle's drawing code, which the check's cache lacks and every build
 * would compile again) makes the caches again. Which packages a run required tells it: a `.covers` file
 * beside the cache lists those of the runs that made it.
 */
function runBundle(file) {
  // V8 refuses a cache made by another Node or under other flags (--max-semi-space-size, --cpu-prof): one
  // per Node and set of flags, so that two of them taking turns do not write it again each time
  const flags = createHash('sha256').update([process.version, process.arch, ...process.execArgv].join('\0')).digest('hex').slice(0, 8);
  const cacheFile = `${file}.${flags}.v8cache`;
  const coversFile = `${file}.${flags}.covers`;
  const packages = cachePackages(`${file}.${flags}.packages`);
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
    const fresh = !cachedData || script.cachedDataRejected;
    const covered = fresh ? new Set() : readCovers(coversFile);
    const further = !fresh && [...packages.used].some((name) => !covered.has(name));
    packages.keep(further);
    if (!fresh && !further) return;
    writeWhole(cacheFile, () => script.createCachedData());
    for (const name of packages.used) covered.add(name);
    writeWhole(coversFile, () => JSON.stringify([...covered].sort()));
  };
  return { exports: module.exports, keepCodeCache };
}

/** Package files from this size on get a code cache: the large ones are most of the compiling (pdfkit.js alone is 300 KB). */
const MIN_CACHED_FILE = 16 * 1024;
/** More cache files than this in the folder (packages updated many times): it is emptied and filled again. */
const MAX_CACHED_FILES = 64;

/** The names of the package caches the runs that made the bundle's cache used; none when unknown. */
function readCovers(coversFile) {
  try {
    return new Set(JSON.parse(fs.readFileSync(coversFile, 'utf8')));
  } catch {
    return new Set();
  }
}

/**
 * CommonJS files of node_modules from MIN_CACHED_FILE on are compiled, from here on, with a code cache
 * read from `dir`: one file per package file, named by a hash of its path and content, so that an updated
 * package never meets the bytecode of its old version. Node 20 compiles them with no cache of its own.
 * The module is run as Node runs one (the same wrapper and `require`). Returns the names of the caches
 * this run used (`used`), and `keep`, which writes, once the command's functions are compiled, the caches
 * there were none of, or with `all` every one this run used.
 */
function cachePackages(dir) {
  const compiled = [];
  const used = new Set();
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename, format) {
    // left to Node: a small file, one outside node_modules, an ES module (Node 20 may require one), and a
    // file starting with `#!` (a package's own command line), which inside the wrapper would not parse
    const own = () => compile.call(this, content, filename, format);
    if (content.length < MIN_CACHED_FILE || !filename.includes(`${path.sep}node_modules${path.sep}`) || (format && format !== 'commonjs') || content.startsWith('#!')) return own();
    const cacheFile = path.join(dir, `${createHash('sha256').update(filename).update('\0').update(content).digest('hex').slice(0, 32)}.v8cache`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {}
    let script;
    try {
      script = new vm.Script(Module.wrap(content), { filename, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    } catch {
      // not CommonJS after all (ES module syntax in a .js file): Node tells which, and loads it as such
      return own();
    }
    used.add(path.basename(cacheFile));
    compiled.push({ script, cacheFile, fresh: !cachedData || script.cachedDataRejected });
    return script.runInThisContext().call(this.exports, this.exports, requireOf(this), this, filename, path.dirname(filename));
  };
  const keep = (all) => {
    const writes = compiled.filter((one) => all || one.fresh);
    if (!writes.length) return;
    try {
      fs.mkdirSync(dir, { recursive: true });
      if (fs.readdirSync(dir).length > MAX_CACHED_FILES) fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
    } catch {
      return;
    }
    for (const { script, cacheFile } of writes) writeWhole(cacheFile, () => script.createCachedData());
  };
  return { used, keep };
}

/** The `require` Node gives a module (makeRequireFunction in Node's own loader). */
function requireOf(module) {
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/** A file of the code cache written whole or not at all: runs at the same time each write a file of their own and rename it. */
function writeWhole(cacheFile, contents) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, contents());
    fs.renameSync(temporary, cacheFile);
  } catch {
    // a package folder that cannot be written: every run compiles, as without a cache
    fs.rmSync(temporary, { force: true });
  }
}

module.exports = { runBundle };
