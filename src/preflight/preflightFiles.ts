import fs from 'node:fs';
import path from 'node:path';
import type { Io } from '../cli/main.ts';
import { checkPages, type PreflightOptions, type PreflightSummary } from './checkPages.ts';
import { inspectPdfDocument } from './inspectPdf.ts';
import { pdfFilesIn } from './pdfFilesIn.ts';

/** Checks each file (a folder: the PDF files in it), prints a line per file and one per finding; exit code 1 when any file fails. */
export async function preflightFiles(paths: readonly string[], options: PreflightOptions, io: Io): Promise<number> {
  const files = pdfFilesIn(paths);
  let failed = 0;
  for (const file of files) {
    const name = path.relative(io.cwd, file) || file;
    let summary: PreflightSummary;
    try {
      const bytes = fs.readFileSync(file);
      if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF file');
      const { pages, document } = await inspectPdfDocument(bytes);
      summary = checkPages(pages, options, document);
    } catch (e) {
      failed++;
      const code = (e as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'a folder with no PDF files in it' : e instanceof Error ? e.message : String(e);
      io.stdout(`FAIL  ${name}: ${reason}\n`);
      continue;
    }
    const errors = summary.findings.filter((f) => f.severity === 'error');
    if (errors.length) failed++;
    const size = summary.trimMm ? `${summary.trimMm.w} × ${summary.trimMm.h} mm` : '';
    const pages = `${summary.pages} ${summary.pages === 1 ? 'page' : 'pages'}`;
    const facts = summary.kind === 'print'
      ? `${pages}, trim ${size} + ${summary.bleedMm ?? 0} mm bleed, safe zone ${summary.safeMm ?? '?'} mm`
      : `${pages}, office sheet ${size}`;
    io.stdout(`${errors.length ? 'FAIL' : 'ok  '}  ${name}: ${facts}; fonts: ${summary.fonts.join(', ') || 'none'}; ${errors.length ? `${errors.length} problem(s)` : summary.kind === 'print' ? 'PDF/X-4, all embedded, CMYK, ink within limits, text in the safe zone' : 'all embedded, CMYK, text in the safe zone'}\n`);
    for (const f of summary.findings) io.stdout(`      ${f.severity}${f.page ? ` page ${f.page}` : ''}: ${f.message}\n`);
  }
  io.stdout(`preflight: ${files.length - failed} of ${files.length} file(s) pass\n`);
  return failed ? 1 : 0;
}
