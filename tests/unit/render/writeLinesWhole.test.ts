import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { writeLinesWhole } from '../../../src/render/writeLinesWhole.ts';
import { REPO } from '../../helpers/project.ts';

/** Two pages of text, shapes, colours and a binary stream, drawn by pdfkit with or without writeLinesWhole. */
function draw(whole: boolean, compress: boolean): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress, info: { CreationDate: new Date(0) } });
  if (whole) writeLinesWhole(doc);
  doc.registerFont('body', fs.readFileSync(path.join(REPO, 'fonts/NotoSans-Regular.ttf')));
  for (const page of [1, 2]) {
    doc.addPage({ size: [200, 300], margin: 0 });
    doc.rect(10, 10, 180, 40).fill([0, 60, 100, 0]);
    doc.font('body').fontSize(9).fillColor([0, 0, 0, 100]).text(`Pagina ${page}: één kaart, „citaten” — ĳs`, 20, 80, { lineBreak: false });
    const stream = (doc as unknown as { ref(data: object): { end(chunk: Uint8Array): void } }).ref({ Type: 'XObject', Subtype: 'Image', Width: 2, Height: 1, BitsPerComponent: 8, ColorSpace: 'DeviceGray' });
    stream.end(new Uint8Array([0, 255]));
    doc.moveTo(20, 100).lineTo(180, 100).lineWidth(0.5).stroke([100, 0, 0, 0]);
  }
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

describe('writeLinesWhole', () => {
  it('gives the bytes pdfkit writes line by line, compressed or not', async () => {
    for (const compress of [false, true]) {
      const [lineByLine, whole] = [await draw(false, compress), await draw(true, compress)];
      expect(whole.equals(lineByLine)).toBe(true);
      expect(whole.toString('latin1')).toContain(compress ? '/FlateDecode' : ' Tf\n');
    }
  });
});
