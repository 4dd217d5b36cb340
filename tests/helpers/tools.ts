import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './project.ts';

/**
 * The second opinion: poppler and qpdf read the PDFs as a print shop's tools would. The tests read
 * everything themselves with pdf.ts (Node only); these cross-checks run where the tools are
 * installed and are skipped where they are not — except under CI=true, where a missing tool fails.
 */
export function tool(command: string, ...args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const INSTALL = {
  poppler: 'poppler and qpdf (Debian/Ubuntu: sudo apt-get install poppler-utils qpdf; macOS: brew install poppler qpdf; Windows: scoop install poppler qpdf)',
  chromium: 'Chromium (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium; Windows: winget install Google.Chrome), and if it is not on PATH as chromium or google-chrome, set KAARTWERK_CHROMIUM to its executable',
} as const;

/** Where `name` is on PATH, or undefined. */
export function onPath(name: string): string | undefined {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const file = path.join(dir, name + ext);
      try {
        if (fs.statSync(file).isFile()) {
          fs.accessSync(file, fs.constants.X_OK);
          return file;
        }
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

const strict = process.env.CI === 'true';
const warned = new Set<string>();

/**
 * Whether tests that need `what` should be skipped: false where it is there, and under CI=true (a
 * missing tool then fails those tests). Where it is skipped, one loud line says what to install.
 */
export function skipWithout(what: keyof typeof INSTALL, found: boolean, tests: string): boolean {
  if (found || strict) return false;
  if (!warned.has(what)) {
    warned.add(what);
    console.warn(`\n*** SKIPPED ${tests}: ${what === 'poppler' ? 'pdftotext/qpdf' : 'Chromium'} not found. Install ${INSTALL[what]} to run them. ***\n`);
  }
  return true;
}

export const hasPoppler = ['pdftotext', 'pdfinfo', 'pdffonts', 'qpdf'].every((t) => onPath(t) !== undefined);

/** Skip poppler/qpdf cross-checks where the tools are missing (never under CI=true). */
export const skipSecondOpinion = (tests = 'the poppler/qpdf cross-checks') => skipWithout('poppler', hasPoppler, tests);

/** Chromium for the browser tests: KAARTWERK_CHROMIUM, else the first of the usual names on PATH. */
export function findChromium(): string | undefined {
  const given = process.env.KAARTWERK_CHROMIUM;
  if (given) return given;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

export interface PopplerBoxes { media: number[]; trim: number[]; bleed: number[] }

/** MediaBox, TrimBox and BleedBox of every page, from `pdfinfo -box`. */
export function popplerBoxes(pdf: string, pages: number): PopplerBoxes[] {
  const result: PopplerBoxes[] = [];
  for (let p = 1; p <= pages; p++) {
    const out = tool('pdfinfo', '-box', '-f', String(p), '-l', String(p), pdf);
    const box = (name: string) => (new RegExp(`Page\\s+${p} ${name}:\\s+([\\d.\\s-]+)`).exec(out)?.[1] ?? '').trim().split(/\s+/).map(Number);
    result.push({ media: box('MediaBox'), trim: box('TrimBox'), bleed: box('BleedBox') });
  }
  return result;
}

/** The uncompressed content of the file (qpdf --qdf), to look for colour operators. */
export function qpdfUncompressed(pdf: string): string {
  const out = path.join(tempDir('qdf-'), 'out.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, out]);
  return fs.readFileSync(out, 'latin1');
}
