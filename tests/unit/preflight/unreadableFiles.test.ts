import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../../src/cli/printDiagnostics.ts';
import { preflightFiles } from '../../../src/preflight/preflightFiles.ts';
import { buildPdf, onePage } from '../pdf/buildPdf.ts';

/** Runs preflight on files written to a temporary folder; what it prints and its exit code. */
async function preflight(files: Record<string, Buffer>): Promise<{ code: number; lines: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaartwerk-preflight-'));
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  let out = '';
  const io: Io = { cwd: dir, stdout: (s: string) => { out += s; }, stderr: (s: string) => { out += s; } };
  const code = await preflightFiles(Object.keys(files).map((f) => path.join(dir, f)), { bleedMm: 3 }, io);
  fs.rmSync(dir, { recursive: true, force: true });
  return { code, lines: out.trimEnd().split('\n') };
}

describe('preflight on a file it cannot read', () => {
  it('names the reason in one line per file and fails, without a stack', async () => {
    const good = onePage().toString('latin1');
    const { code, lines } = await preflight({
      'encrypted.pdf': buildPdf(['<< /Type /Catalog >>', '<< /Filter /Standard /V 2 /R 3 >>'], '/Encrypt 2 0 R '),
      'cut.pdf': Buffer.from(good.slice(0, 150), 'latin1'),
      'moved.pdf': Buffer.from(good.replace(/startxref\n\d+/, 'startxref\n3'), 'latin1'),
    });
    expect(lines).toEqual([
      'FAIL  encrypted.pdf: the PDF is encrypted; save it without a password or restrictions, then check it again',
      'FAIL  cut.pdf: no startxref at the end of the file: it is cut off or damaged',
      'FAIL  moved.pdf: no cross-reference table or stream at byte 3, where startxref or /Prev points',
      'preflight: 0 of 3 file(s) pass',
    ]);
    expect(code).toBe(1);
  });
});
