#!/usr/bin/env node
// `npm install` (prepare): bundles src/ into dist/cli/main.cjs with esbuild, so that bin/kaartwerk.js
// starts from one plain JavaScript file instead of transpiling every source on every run and loading
// some four hundred modules one by one (culori, zod and yaml alone are ~350 files). dist/.built marks a
// finished bundle with the time it started: the bin uses dist/ only while no source is newer than that.
// esbuild checks no types: `npm run typecheck` is where type errors fail. A bundle that fails still
// installs (exit 0, no dist/): the bin then runs the sources through tsx.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

// Pure JavaScript packages of many small modules go into the bundle. The others stay where npm put them:
// native code (@napi-rs/canvas), WebAssembly and data files found next to their own module (lcms-wasm,
// pdfkit's font metrics, hyphen's patterns, linebreak's tables, pdf.js and its worker), what only some
// commands load (chokidar, h3), and fontkit: pdfkit imports it too, and a second copy in the bundle
// raised the peak memory of a build by ~10 MB.
const BUNDLED = new Set(['yaml', 'zod', 'culori', 'commander', 'fast-xml-parser', 'fflate', 'handlebars']);
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !BUNDLED.has(name));

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('kaartwerk: esbuild is not installed; the sources run through tsx');
  process.exit(0);
}
// commander requires child_process at its start, for subcommands that are programs of their own, which
// kaartwerk has none of: Node loading it (and the streams and sockets it brings) was ~2 ms of every run.
// commander gets it on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}commander${path.sep}`) ? { path: 'child_process', namespace: 'on-first-use' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'on-first-use' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
const started = new Date();
fs.rmSync(dist, { recursive: true, force: true });
try {
  await esbuild.build({
    absWorkingDir: root,
    // the render worker is a thread's own entry (src/render/renderPool.ts starts dist/cli/renderWorker.cjs);
    // named entries keep both at the top of dist/cli/, at the depth of src/<folder>/<file>.ts
    entryPoints: { main: 'src/cli/main.ts', renderWorker: 'src/render/renderWorker.ts' },
    bundle: true,
    // one CommonJS file per entry, which bin/kaartwerk.js runs with V8's code cache (bin/runBundle.cjs):
    // a check after an edit started ~60 ms sooner than from ES module chunks (and ES modules cannot be
    // given a code cache on Node 20). What only some commands load is still bundled, not run: V8
    // compiles a function when it is first called.
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    target: 'node20',
    // esbuild turns a regex literal with \p{…} into `new RegExp(…)` for Node 20 (its table waits for a
    // later Unicode version); made at each call, one in a loop over every character of a card's text was
    // 2× slower, and 16 ms went to the poster's elision regex. Node 20 has them all.
    supported: { 'regexp-unicode-property-escapes': true },
    // every file at the depth of src/<folder>/<file>.ts: paths such as new URL('../../colour/…',
    // import.meta.url) find the package's folders from dist/cli/ as they do from src/<folder>/
    outdir: 'dist/cli',
    external,
    // import.meta.url in CommonJS: the bundle's own file
    define: { 'import.meta.url': 'kaartwerkImportMetaUrl' },
    banner: { js: "var kaartwerkImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [lazyChildProcess],
    logLevel: 'warning',
  });
} catch {
  console.log('kaartwerk: bundling src/ failed; the sources run through tsx');
  fs.rmSync(dist, { recursive: true, force: true });
  process.exit(0);
}
const stamp = path.join(dist, '.built');
fs.writeFileSync(stamp, `${started.toISOString()}\n`);
fs.utimesSync(stamp, started, started);

// The hyphenation patterns of the languages in languages/*.yaml as JSON beside the bundle. The hyphen
// package keeps each as a JavaScript object literal, which V8 builds far more slowly than JSON.parse
// reads the same data (German: ~85 ms against ~35 ms of every run that hyphenates a German word).
// Named by a hash of the package file they came from, as src/layout/hyphenationPatterns.ts looks them
// up: an updated hyphen package is never met by old patterns.
// A copy that cannot be made is no error: those patterns are then required as the package has them.
const require = createRequire(import.meta.url);
const patternsDir = path.join(dist, 'hyphen-patterns');
for (const file of fs.readdirSync(path.join(root, 'languages')).filter((f) => f.endsWith('.yaml'))) {
  const name = /^hyphenation:\s*"?([\w-]+)/m.exec(fs.readFileSync(path.join(root, 'languages', file), 'utf8'))?.[1];
  if (!name || name === 'none') continue;
  try {
    const source = require.resolve(`hyphen/patterns/${name}`);
    const hash = createHash('sha256').update(fs.readFileSync(source)).digest('hex').slice(0, 16);
    fs.mkdirSync(patternsDir, { recursive: true });
    fs.writeFileSync(path.join(patternsDir, `${name}.${hash}.json`), JSON.stringify(require(source)));
  } catch {}
}
