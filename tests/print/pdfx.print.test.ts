import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPages } from '../../src/preflight/checkPages.ts';
import { inspectPdfDocument } from '../../src/preflight/inspectPdf.ts';
import { REPO, run, tempDir } from '../helpers/project.ts';
import { onPath } from '../helpers/tools.ts';

const out = tempDir('kaartwerk-pdfx-');
const folder = path.join(out, 'voorbeeld-gemeente', 'nl');
const printFiles = () => fs.readdirSync(folder).filter((f) => /\.cards\.pdf$|^poster-[^.]+\.a2\.pdf$/.test(f));

beforeAll(async () => {
  const result = await run(REPO, 'build', '--edition', 'editions/voorbeeld-gemeente/edition.yaml', '--lang', 'nl', '--out', out);
  expect(result.code).toBe(0);
}, 120_000);

/** ghostscript and qpdf are optional here (skipped with a loud line), but required under CI=true. */
function missing(tool: string, install: string): boolean {
  if (onPath(tool) || process.env.CI === 'true') return false;
  console.warn(`\n*** SKIPPED the ${tool} checks of the PDF/X-4 files: ${tool} not found. Install ${install} to run them. ***\n`);
  return true;
}

describe('PDF/X-4 print files of the example edition', () => {
  it('declare PDF/X-4 with the FOGRA39 output intent and pass kaartwerk preflight', async () => {
    expect(printFiles().length).toBeGreaterThanOrEqual(4);
    for (const file of printFiles()) {
      const bytes = fs.readFileSync(path.join(folder, file));
      const { pages, document } = await inspectPdfDocument(bytes);
      expect(document.pdfxVersion, file).toBe('PDF/X-4');
      expect(document.outputIntent, file).toEqual({ subtype: 'GTS_PDFX', condition: 'FOGRA39', profileComponents: 4 });
      const text = bytes.toString('latin1');
      expect(text).toMatch(/<pdfxid:GTS_PDFXVersion>PDF\/X-4</);
      expect(text).toMatch(/<xmpMM:DocumentID>uuid:[0-9a-f-]{36}</);
      expect(text).toMatch(/\/Trapped \d+ 0 R|\/False/);
      const errors = checkPages(pages, { bleedMm: 3 }, document).findings.filter((f) => f.severity === 'error' && /PDF\/X|output intent|ink coverage|BleedBox|TrimBox/.test(f.message));
      expect(errors, file).toEqual([]);
    }
  });

  it('have titles per file and edition, and subset tags of their own', () => {
    const tags = new Set<string>();
    for (const file of printFiles()) {
      const text = fs.readFileSync(path.join(folder, file), 'latin1');
      for (const [, tag] of text.matchAll(/\/BaseFont \/([A-Z]{6})\+/g)) tags.add(tag!);
    }
    expect(tags.size).toBeGreaterThanOrEqual(printFiles().length * 2 - 1);
  });

  it.skipIf(missing('gs', 'ghostscript (apt-get install ghostscript)'))('ghostscript renders each with its output intent, without an error', () => {
    for (const file of printFiles()) {
      const result = spawnSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=nullpage', '-dUsePDFX3Profile', '-dPDFSTOPONERROR', '-dPDFSTOPONWARNING', path.join(folder, file)], { encoding: 'utf8' });
      expect(result.status, `${file}: ${result.stderr}${result.stdout}`).toBe(0);
      expect(`${result.stdout}${result.stderr}`, file).not.toMatch(/error|warning/i);
    }
  }, 120_000);

  it.skipIf(missing('qpdf', 'qpdf (apt-get install qpdf)'))('qpdf --check passes', () => {
    for (const file of printFiles()) expect(execFileSync('qpdf', ['--check', path.join(folder, file)], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });
});
