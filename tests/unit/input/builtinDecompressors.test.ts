import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TINY_INFLATE_FILES, inflateInto } from '../../../src/input/builtinDecompressors.ts';
import { REPO } from '../../helpers/project.ts';

// In a process of its own: what matters is which modules a fresh process loads, and the test runner's
// own workers may have loaded fontkit (with the packages' decoders) before this file runs.
const SCRIPT = `
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import fs from 'node:fs';
// line breaking first: it loads linebreak before anything has loaded fontkit
const { breakLines } = await import(${JSON.stringify(path.join(REPO, 'src/layout/breakLines.ts'))});
const { fontkit } = await import(${JSON.stringify(path.join(REPO, 'src/input/fontkit.ts'))});
const { BROTLI_FILE, TINY_INFLATE_FILES, inflateInto } = await import(${JSON.stringify(path.join(REPO, 'src/input/builtinDecompressors.ts'))});
const font = fontkit.create(fs.readFileSync(${JSON.stringify(path.join(REPO, 'fonts/NotoSans-Regular.ttf'))}));
const run = font.layout('fijne vragen');
const require = createRequire(import.meta.url);
const decompress = require(BROTLI_FILE);
const text = 'Hoe ziet een gewone dag eruit? '.repeat(200);
const back = Buffer.from(decompress(zlib.brotliCompressSync(Buffer.from(text)), text.length)).toString();
const lines = breakLines('Wat heb je nodig om je werk goed te doen?', { font, sizePt: 10, lang: 'nl', widthPt: 90 }).map((l) => l.text);
console.log(JSON.stringify({
  glyphs: run.glyphs.length,
  roundTrip: back === text,
  lines,
  packageDecoders: Object.keys(require.cache).filter((file) => file.includes('brotli' + '/dec/') || (file.includes('tiny-inflate') && require.cache[file].exports !== inflateInto)).length,
  standIns: TINY_INFLATE_FILES.filter((file) => require.cache[file]?.exports === inflateInto).length,
}));
`;

/** tiny-inflate as the package ships it, loaded apart from Node's module cache (where its stand-in is). */
function packageTinyInflate(): (source: Uint8Array, dest: Uint8Array) => Uint8Array {
  const file = TINY_INFLATE_FILES[0]!;
  const own = new Module(file) as Module & { _compile(code: string, file: string): void };
  own.filename = file;
  own._compile(fs.readFileSync(file, 'utf8'), file);
  return own.exports as (source: Uint8Array, dest: Uint8Array) => Uint8Array;
}

describe("the packages' decoders", () => {
  it("are Node's own Brotli and zlib, under the names fontkit and linebreak require; theirs never load", () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: REPO, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    // 'fi' is one ligature glyph in Noto Sans: 'fijne vragen' is 11 glyphs for 12 characters
    expect(result).toMatchObject({ glyphs: 11, roundTrip: true, packageDecoders: 0 });
    expect(result.standIns).toBe(TINY_INFLATE_FILES.length);
    expect(result.standIns).toBeGreaterThan(0);
    // linebreak's character table read right: breaks between words, none inside one
    expect(result.lines.join(' ')).toBe('Wat heb je nodig om je werk goed te doen?');
    expect(result.lines.length).toBeGreaterThan(1);
  }, 30_000);

  it('inflate as tiny-inflate does: the table twice inflated as unicode-trie does, and a short result as a copy', () => {
    const tiny = packageTinyInflate();
    const table = Buffer.alloc(40_000);
    for (let i = 0; i < table.length; i++) table[i] = (i * 7919) % 251 < 40 ? (i >> 5) & 0xff : 0;
    const stored = zlib.deflateRawSync(zlib.deflateRawSync(table));
    const twice = (inflate: typeof tiny) => inflate(inflate(stored, new Uint8Array(table.length)), new Uint8Array(table.length));
    expect(Buffer.from(twice(inflateInto))).toEqual(table);
    expect(Buffer.from(twice(inflateInto))).toEqual(Buffer.from(twice(tiny)));
    // the first inflate's result is shorter than its destination: a copy of the filled part, as tiny-inflate answers
    const dest = new Uint8Array(table.length);
    const once = inflateInto(stored, dest);
    expect(once.length).toBe(zlib.deflateRawSync(table).length);
    expect(once.buffer).not.toBe(dest.buffer);
    expect(Buffer.from(once)).toEqual(Buffer.from(tiny(stored, new Uint8Array(table.length))));
  });
});
