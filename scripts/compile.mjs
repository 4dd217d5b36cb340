#!/usr/bin/env node
// `npm install` (prepare): compiles src/ to dist/ with tsc (tsconfig.build.json), so that bin/kaartwerk.js
// starts from plain JavaScript instead of transpiling every source on every run. dist/.built marks a
// finished compile with the time it started: the bin uses dist/ only while no source is newer than that.
// A compile with type errors still installs (exit 0, dist/ left unmarked, the bin falls back to tsx);
// `npm run typecheck` is where type errors fail.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.log('kaartwerk: typescript is not installed; the sources run through tsx');
  process.exit(0);
}
const started = new Date();
fs.rmSync(dist, { recursive: true, force: true });
const run = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (run.status !== 0) {
  console.log('kaartwerk: compiling src/ failed; the sources run through tsx (npm run typecheck names the errors)');
  fs.rmSync(dist, { recursive: true, force: true });
  process.exit(0);
}
const stamp = path.join(dist, '.built');
fs.writeFileSync(stamp, `${started.toISOString()}\n`);
fs.utimesSync(stamp, started, started);
