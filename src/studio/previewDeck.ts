import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { BuildOptions } from '../model/Project.ts';
import { rasterisePdf } from '../output/rasterisePdf.ts';
import { buildProject, type FitReportRow } from '../pipeline.ts';

/** Thumbnails: sharp enough to read a card's title on a tablet, quick enough to redraw a deck in a blink. */
const CARD_DPI = 56;
const POSTER_DPI = 14;
const KEPT_PDFS = 40;

export interface PreviewImage {
  /** The URL path the studio serves it at. */
  src: string;
  /** Of the PNG: a changed picture gets a new hash. */
  hash: string;
  widthPx: number;
  heightPx: number;
}

export interface DeckPreview {
  diagnostics: Diagnostic[];
  /** Card fronts in deck order, by card id. */
  fronts: { card: string; image: PreviewImage }[];
  back?: PreviewImage;
  posters: { id: string; image: PreviewImage }[];
  fit: FitReportRow[];
  /** The build failed: what is shown is the last good picture, if any. */
  failed: boolean;
  ms: number;
}

/** Pictures of pages, kept by the hash of their PDF: an unchanged file is never drawn twice. */
export class PageImages {
  private readonly byPdf = new Map<string, Promise<Buffer[]>>();
  private readonly byKey = new Map<string, Buffer>();

  async pages(pdf: Uint8Array, dpi: number): Promise<{ key: string; png: Buffer }[]> {
    const sha = createHash('sha256').update(pdf).update(String(dpi)).digest('hex').slice(0, 20);
    let drawn = this.byPdf.get(sha);
    if (!drawn) {
      drawn = rasterisePdf(pdf, { dpi }).then((pages) => Promise.all(pages.map((p) => p.png())));
      this.byPdf.set(sha, drawn);
      drawn.catch(() => this.byPdf.delete(sha));
      // keep the newest few: a session of edits does not grow without end
      if (this.byPdf.size > KEPT_PDFS) this.byPdf.delete(this.byPdf.keys().next().value!);
    }
    const pngs = await drawn;
    return pngs.map((png) => {
      const key = createHash('sha256').update(png).digest('hex').slice(0, 20);
      this.byKey.set(key, png);
      return { key, png };
    });
  }

  get(key: string): Buffer | undefined {
    return this.byKey.get(key);
  }
}

/**
 * Builds one deck of an edition in one language, and its posters, with the incremental build (only
 * what changed is rendered), and draws the card faces and posters as thumbnails.
 */
export async function previewDeck(options: BuildOptions, deck: string, lang: string, posters: readonly string[], images: PageImages): Promise<DeckPreview> {
  const started = performance.now();
  const result = await buildProject({ ...options, only: [deck, ...posters.map((p) => `poster-${p}`)], langs: [lang] });
  const failed = result.diagnostics.some((d) => d.severity === 'error') || !result.manifest;
  const preview: DeckPreview = { diagnostics: result.diagnostics, fronts: [], posters: [], fit: result.fitReport.filter((r) => r.deck === deck && r.lang === lang), failed, ms: 0 };
  const editionDir = path.join(result.outDir ?? '', result.editionId ?? '');
  const read = (file: string) => {
    try {
      return fs.readFileSync(path.join(editionDir, file));
    } catch {
      return undefined;
    }
  };
  const toImage = (page: { key: string; png: Buffer }): PreviewImage => ({ src: `/img/${page.key}.png`, hash: page.key, widthPx: page.png.readUInt32BE(16), heightPx: page.png.readUInt32BE(20) });
  const cards = read(`${lang}/${deck}.cards.pdf`);
  const laid = result.laid.find((l) => l.deck.id === deck && l.deck.lang === lang);
  if (cards && laid) {
    const pages = await images.pages(cards, CARD_DPI);
    laid.fronts.forEach((frame, i) => {
      const page = pages[2 * i];
      if (page) preview.fronts.push({ card: frame.cardId ?? String(i + 1), image: toImage(page) });
    });
    if (pages[1]) preview.back = toImage(pages[1]);
  }
  for (const poster of posters) {
    const pdf = read(`${lang}/poster-${poster}.a2.pdf`);
    if (!pdf) continue;
    const [page] = await images.pages(pdf, POSTER_DPI);
    if (page) preview.posters.push({ id: poster, image: toImage(page) });
  }
  preview.ms = Math.round(performance.now() - started);
  return preview;
}
