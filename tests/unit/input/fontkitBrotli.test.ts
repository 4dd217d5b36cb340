import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/project.ts';

// In a process of its own: what matters is which modules a fresh process loads, and the test runner's
// own workers may have loaded fontkit (with the package's decoder) before this file runs.
const SCRIPT = `
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import fs from 'node:fs';
const { fontkit, BROTLI_FILE } = await import(${JSON.stringify(path.join(REPO, 'src/input/fontkit.ts'))});
const font = fontkit.create(fs.readFileSync(${JSON.stringify(path.join(REPO, 'fonts/NotoSans-Regular.ttf'))}));
const run = font.layout('fijne vragen');
const require = createRequire(import.meta.url);
const decompress = require(BROTLI_FILE);
const text = 'Hoe ziet een gewone dag eruit? '.repeat(200);
const back = Buffer.from(decompress(zlib.brotliCompressSync(Buffer.from(text)), text.length)).toString();
console.log(JSON.stringify({
  glyphs: run.glyphs.length,
  roundTrip: back === text,
  packageDecoder: Object.keys(require.cache).filter((file) => file.includes('brotli' + '/dec/')).length,
}));
`;

describe('fontkit', () => {
  it("gets Node's own Brotli under the name it requires, and the brotli package's decoder is never loaded", () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: REPO, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    // 'fi' is one ligature glyph in Noto Sans: 'fijne vragen' is 11 glyphs for 12 characters
    expect(JSON.parse(run.stdout)).toEqual({ glyphs: 11, roundTrip: true, packageDecoder: 0 });
  }, 30_000);
});
