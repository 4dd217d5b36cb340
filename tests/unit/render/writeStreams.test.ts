import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { DiskCache, resetDiskCaches } from '../../../src/cache/diskCache.ts';
import { caches } from '../../../src/input/BoundedCache.ts';
import { writeStreams } from '../../../src/render/writeStreams.ts';
import { REPO, tempDir } from '../../helpers/project.ts';
import { pdfkitBytes } from '../../helpers/pdfkitBytes.ts';

/** Two pages of text, shapes, colours and a binary stream, drawn by pdfkit with or without writeLinesWhole. */
function draw(whole: boolean, compress: boolean, cache?: DiskCache): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress, info: { CreationDate: new Date(0) } });
  if (whole) writeStreams(doc, cache);
  doc.registerFont('body', fs.readFileSync(path.join(REPO, 'fonts/NotoSans-Regular.ttf')));
  for (const page of [1, 2]) {
    doc.addPage({ size: [200, 300], margin: 0 });
    doc.rect(10, 10, 180, 40).fill([0, 60, 100, 0]);
    doc.font('body').fontSize(9).fillColor([0, 0, 0, 100]).text(`Pagina ${page}: één kaart, „citaten” — ĳs`, 20, 80, { lineBreak: false });
    const stream = (doc as unknown as { ref(data: object): { end(chunk: Uint8Array): void } }).ref({ Type: 'XObject', Subtype: 'Image', Width: 2, Height: 1, BitsPerComponent: 8, ColorSpace: 'DeviceGray' });
    stream.end(new Uint8Array([0, 255]));
    doc.moveTo(20, 100).lineTo(180, 100).lineWidth(0.5).stroke([100, 0, 0, 0]);
  }
  return pdfkitBytes(doc);
}

describe('writeStreams', () => {
  it('gives the bytes pdfkit writes line by line, compressed or not', async () => {
    for (const compress of [false, true]) {
      const [lineByLine, whole] = [await draw(false, compress), await draw(true, compress)];
      expect(whole.equals(lineByLine)).toBe(true);
      expect(whole.toString('latin1')).toContain(compress ? '/FlateDecode' : ' Tf\n');
    }
  });

  it('compresses a small stream once per process: the same bytes again are taken from memory, the file the same', async () => {
    const small = caches().find((c) => c.name === 'small deflated streams')!;
    small.clear();
    const plain = await draw(false, true);
    expect((await draw(true, true)).equals(plain)).toBe(true);
    const kept = small.size;
    expect(kept).toBeGreaterThan(3);
    const get = vi.spyOn(small, 'get');
    expect((await draw(true, true)).equals(plain)).toBe(true);
    expect(get.mock.results.length).toBeGreaterThan(3);
    expect(get.mock.results.every((r) => r.value !== undefined)).toBe(true);
    expect(small.size).toBe(kept);
    vi.restoreAllMocks();
  });

  it('compresses a large stream (the font subset) once: later files take it from the cache, in the same bytes', async () => {
    const dir = tempDir('kaartwerk-streams-');
    const plain = await draw(false, true);
    const hits = () => {
      resetDiskCaches();
      const cache = new DiskCache(dir);
      const get = vi.spyOn(cache, 'get');
      return { cache, found: () => get.mock.results.filter((r) => r.value !== undefined).length };
    };
    const cold = hits();
    expect((await draw(true, true, cold.cache)).equals(plain)).toBe(true);
    expect(cold.found()).toBe(0);
    cold.cache.flush();
    const entries = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    expect(entries.length).toBeGreaterThan(0);
    const warm = hits();
    expect((await draw(true, true, warm.cache)).equals(plain)).toBe(true);
    expect(warm.found()).toBe(entries.length);
    // a damaged entry is not used: the stream is compressed again, the file the same
    for (const entry of entries) {
      const file = path.join(dir, entry);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/"base64":"[A-Za-z0-9+/]{8}/, '"base64":"AAAAAAAA'));
    }
    const damaged = hits();
    expect((await draw(true, true, damaged.cache)).equals(plain)).toBe(true);
  });
});
