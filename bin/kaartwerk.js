#!/usr/bin/env -S node --max-semi-space-size=4
// --max-semi-space-size=4 (MB, V8's young generation): a build allocates much that dies young; the
// default lets that space grow to 16 MB × 3 and the build peak at ~200 MB, with 4 it stays at ~165 MB
// in the same time (npm run bench). The npm scripts pass it too.
// Runs the compiled sources in dist/ (made by `npm install`, see scripts/compile.mjs) when they are
// there and no source is newer; otherwise the TypeScript sources directly through tsx, so that a
// developer's edits count at once and a fresh clone works with no build step.
import { createRequire } from 'node:module';

// Node's own modules through require: an ES module import of node:fs makes Node read each of its exports,
// fs.ReadStream among them, which loads the stream modules (~5 ms of every run); so is runBundle.cjs
const require = createRequire(import.meta.url);
const fs = require('node:fs');
const { fileURLToPath } = require('node:url');

// `kaartwerk check | head`: once the reader has gone, what is left to print goes nowhere, and the command
// still finishes (a build writes its files) and exits with its own code, instead of a stack trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const src = fileURLToPath(new URL('../src/', import.meta.url));
const stamp = fileURLToPath(new URL('../dist/.built', import.meta.url));

/** Whether dist/ was compiled after the last change to any file in src/. */
function compiledIsCurrent() {
  let built;
  try {
    built = fs.statSync(stamp).mtimeMs;
  } catch {
    return false;
  }
  // a folder's time moves when a file is added, removed or renamed in it; a file's when it is edited
  for (const entry of ['', ...fs.readdirSync(src, { recursive: true })]) {
    if (fs.statSync(src + entry).mtimeMs > built) return false;
  }
  return true;
}

const args = process.argv.slice(2);
if (process.env.KAARTWERK_SOURCES !== '1' && compiledIsCurrent()) {
  const { runBundle } = require('./runBundle.cjs');
  const { exports, keepCodeCache } = runBundle(fileURLToPath(new URL('../dist/cli/main.cjs', import.meta.url)));
  process.exitCode = await exports.main(args);
  // after a command that compiled the functions of a check or a build, not after --help
  if (['check', 'build', 'watch'].includes(args[0])) keepCodeCache();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(args);
}
