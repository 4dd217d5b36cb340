import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Canvas } from '@napi-rs/canvas';
import { importEsm } from '../input/importEsm.ts';

const require = createRequire(import.meta.url);

/** One rendered page: its size in pixels, its pixels (RGBA, row by row) and a PNG of them. */
export interface RasterPage {
  number: number;
  widthPx: number;
  heightPx: number;
  rgba: () => Uint8ClampedArray;
  png: () => Promise<Buffer>;
}

export interface RasteriseOptions {
  dpi: number;
  /** Pages to render (1-based); every page when left out. */
  pages?: number[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<PdfJs> | undefined;
const pdfjs = () => (pdfjsModule ??= importEsm<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs').finally(restoreBuiltins));

/**
 * pdf.js's legacy build carries core-js, which on loading (pdf.mjs, then its worker with the first
 * document) puts slower JavaScript versions of JSON.stringify, JSON.parse and Array.prototype.push in
 * place of Node's own, for the whole process: a watch rebuild after loading pdf.js spent ~4× as long on
 * content hashes (JSON of every page) and made more garbage. Node's own are complete, so they are put back.
 */
const BUILTINS = [
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [Array.prototype, 'push'],
].map(([owner, key]) => ({ owner: owner as object, key: key as string, descriptor: Object.getOwnPropertyDescriptor(owner, key as string) }));

function restoreBuiltins(): void {
  for (const { owner, key, descriptor } of BUILTINS) {
    if (descriptor && Object.getOwnPropertyDescriptor(owner, key)?.value !== descriptor.value) Object.defineProperty(owner, key, descriptor);
  }
}
const dist = path.dirname(require.resolve('pdfjs-dist/package.json'));

/** The press profile every colour judgement goes through (DESIGN.md: FOGRA39), when the project has it. */
const PRESS_PROFILE = fileURLToPath(new URL('../../colour/FOGRA39.icc', import.meta.url));
/** pdf.js converts DeviceCMYK through the profile of this name in its `iccUrl` folder. */
const PDFJS_CMYK_PROFILE = 'CGATS001Compat-v2-micro.icc';
const PRESS_URL = 'kaartwerk-press-profile/';

/**
 * pdf.js reads its colour engine (qcms, WebAssembly) and CMYK profile with a synchronous
 * XMLHttpRequest, which Node lacks: this stand-in reads them from disk, the CMYK profile being the
 * project's press profile, while a page is drawn. pdf.js keeps both for the rest of the process.
 */
let lent = 0;
function lendFileReader(): () => void {
  const g = globalThis as { XMLHttpRequest?: unknown };
  if (g.XMLHttpRequest !== undefined && lent === 0) return () => undefined;
  if (lent++ === 0) {
    g.XMLHttpRequest = class {
      private url = '';
      response: ArrayBuffer | null = null;
      responseType = '';
      open(_method: string, url: string): void {
        this.url = url === `${PRESS_URL}${PDFJS_CMYK_PROFILE}` ? PRESS_PROFILE : url;
      }
      send(): void {
        const bytes = fs.readFileSync(this.url);
        this.response = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      }
    };
  }
  return () => {
    if (--lent === 0) delete g.XMLHttpRequest;
  };
}

/**
 * Renders pages of a PDF to pixels in this process: pdf.js draws them on a Skia canvas
 * (@napi-rs/canvas), so no system tool is needed. A page of W × H points becomes
 * ceil(W · dpi / 72) × ceil(H · dpi / 72) pixels on white, as pdftoppm sizes it.
 */
export async function rasterisePdf(bytes: Uint8Array, options: RasteriseOptions): Promise<RasterPage[]> {
  const lib = await pdfjs();
  const { createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  const pressProfile = fs.existsSync(PRESS_PROFILE);
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    standardFontDataUrl: `${dist}/standard_fonts/`,
    // with the press profile: CMYK through it (qcms); without: pdf.js's own approximation of a coated press
    ...(pressProfile ? { useWasm: true, useWorkerFetch: true, wasmUrl: `${dist}/wasm/`, iccUrl: PRESS_URL } : { useWasm: false }),
  });
  const giveBack = pressProfile ? lendFileReader() : () => undefined;
  const doc = await task.promise.catch((e: unknown) => {
    giveBack();
    throw e;
  }).finally(restoreBuiltins);
  try {
    const numbers = options.pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1);
    const result: RasterPage[] = [];
    for (const number of numbers) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: options.dpi / 72 });
      const canvas: Canvas = createCanvas(Math.ceil(viewport.width - 1e-6), Math.ceil(viewport.height - 1e-6));
      const context = canvas.getContext('2d');
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport, annotationMode: lib.AnnotationMode.DISABLE }).promise;
      page.cleanup();
      result.push({
        number,
        widthPx: canvas.width,
        heightPx: canvas.height,
        rgba: () => new Uint8ClampedArray(context.getImageData(0, 0, canvas.width, canvas.height).data),
        png: () => encodePng(canvas),
      });
    }
    return result;
  } finally {
    await doc.destroy();
    giveBack();
  }
}

/**
 * @napi-rs/canvas encodes on a libuv thread from a bare pointer to the canvas's pixels, and frees
 * them when the JavaScript canvas is garbage collected: a canvas nobody held any more while its PNG
 * was being made crashed the whole process (a segmentation fault, seen in the studio under test). The
 * await keeps this frame, and with it the canvas, alive until the PNG is done.
 */
async function encodePng(canvas: Canvas): Promise<Buffer> {
  const png = await canvas.encode('png');
  keepAlive(canvas);
  return png;
}
const keepAlive = (_: unknown): void => undefined;

/** A one-page PDF with a CMYK fill: enough to load pdf.js, its colour engine and the press profile. */
const WARM_PDF = `%PDF-1.4
1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj
2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj
3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]/Contents 4 0 R>> endobj
4 0 obj <</Length 26>> stream
0 0 0 1 k 0 0 72 72 re f
endstream endobj
trailer <</Root 1 0 R/Size 5>>
%%EOF
`;

/**
 * Loads the renderer ahead of need (`watch --preview` calls it when it starts): importing pdf.js and
 * drawing a first page cost about a second in a fresh process, which a first save would otherwise wait for.
 */
export async function warmRasteriser(): Promise<void> {
  await rasterisePdf(new TextEncoder().encode(WARM_PDF), { dpi: 10 });
}
