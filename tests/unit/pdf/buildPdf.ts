/**
 * Small PDF files written by hand for the reader's tests: object bodies numbered from 1, a classic
 * cross-reference table with the offsets counted here, and incremental updates appended after it.
 */
const xrefRow = (offset: number, kind: 'n' | 'f' = 'n', gen = 0) => `${String(offset).padStart(10, '0')} ${String(gen).padStart(5, '0')} ${kind} \n`;

/** A file whose object n is bodies[n - 1]; the trailer holds /Size, /Root 1 0 R and `trailerExtra`. */
export function buildPdf(bodies: string[], trailerExtra = ''): Buffer {
  let text = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = text.length;
  text += `xref\n0 ${bodies.length + 1}\n${xrefRow(0, 'f', 65535)}${offsets.map((o) => xrefRow(o)).join('')}`;
  text += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** The file with an update appended (7.5.6): new versions of some objects, a new xref section, /Prev to the last one. */
export function appendUpdate(file: Buffer, objects: Record<number, string>, size: number): Buffer {
  let text = file.toString('latin1');
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const rows: string[] = [];
  for (const [num, body] of Object.entries(objects)) {
    rows.push(`${num} 1\n${xrefRow(text.length)}`);
    text += `${num} 0 obj\n${body}\nendobj\n`;
  }
  const xrefAt = text.length;
  text += `xref\n${rows.join('')}trailer\n<< /Size ${size} /Root 1 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** A one-page file: catalog 1, page tree 2, page 3 with `pageEntries`, content stream 4 holding `content`. */
export function onePage(pageEntries = '/MediaBox [0 0 200 300]', content = '0 0 1 RG'): Buffer {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R ${pageEntries} /Contents 4 0 R >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}
