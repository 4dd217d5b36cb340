// One full build of the default edition in a fresh process; prints its time and peak memory (for npm run bench).
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { buildProject } from '../src/pipeline.ts';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-once-'));
const start = performance.now();
const result = await buildProject({ root: process.cwd(), paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, outDir, force: true });
const ms = performance.now() - start;
fs.rmSync(outDir, { recursive: true, force: true });
console.log(JSON.stringify({ ms, files: result.files.length, peakMb: process.resourceUsage().maxRSS / 1024 }));
