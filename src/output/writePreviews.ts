import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../model/Output.ts';
import { rasterisePdf } from './rasterisePdf.ts';
import { galleryHtml, type GallerySection, type PreviewImage } from './galleryHtml.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

const CARD_DPI = 40;
const POSTER_DPI = 12;

/**
 * Thumbnails of every card face (from the print-shop files) and every poster, redrawn only for PDFs
 * whose content changed (in-process: pdf.js on a Skia canvas, see rasterisePdf), and `index.html`: the gallery per language and deck, with links to the PDFs
 * and the fit report.
 */
export async function writePreviews(editionDir: string, manifest: Manifest, refreshSeconds?: number): Promise<{ images: number; page: string }> {
  const previewDir = path.join(editionDir, 'preview');
  const sections: GallerySection[] = [];
  let images = 0;
  const stamp = createHash('sha256').update(manifest.files.map((f) => f.sha256).join()).digest('hex').slice(0, 12);
  for (const entry of manifest.files.filter((f) => f.kind === 'cards' || f.kind === 'poster')) {
    const lang = entry.languages[0] ?? '';
    const name = path.basename(entry.path, '.pdf');
    const target = path.join(previewDir, lang, name);
    const marker = path.join(target, '.sha256');
    const fresh = fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === entry.sha256;
    if (!fresh) {
      fs.rmSync(target, { recursive: true, force: true });
      fs.mkdirSync(target, { recursive: true });
      const dpi = entry.kind === 'poster' ? POSTER_DPI : CARD_DPI;
      const pages = await rasterisePdf(fs.readFileSync(path.join(editionDir, entry.path)), { dpi });
      const digits = String(pages.length).length;
      // written while the next page is drawn: PNG encoding runs off the main thread
      await Promise.all(pages.map(async (page) => fs.writeFileSync(path.join(target, `page-${String(page.number).padStart(digits, '0')}.png`), await page.png())));
      fs.writeFileSync(marker, entry.sha256);
    }
    const pngs = fs.readdirSync(target).filter((f) => f.endsWith('.png')).sort();
    const faces: PreviewImage[] = pngs.map((png, i) => {
      const { width, height } = pngSize(path.join(target, png));
      const side = entry.kind === 'poster' ? 'poster' : i % 2 === 0 ? `card ${i / 2 + 1}, front` : `card ${(i - 1) / 2 + 1}, back`;
      return { src: path.posix.join('preview', lang, name, png), alt: `${name} (${lang}): ${side}`, widthPx: width, heightPx: height };
    });
    images += faces.length;
    const stem = entry.path.replace(/\.(cards|a2)\.pdf$/, '');
    const pdfs = manifest.files.filter((f) => f.path.startsWith(`${stem}.`)).map((f) => ({ href: f.path, label: path.basename(f.path) }));
    sections.push({ lang, title: entry.kind === 'poster' ? name.replace(/\.a2$/, '') : entry.deck, pdfs, images: faces });
  }
  const page = path.join(editionDir, 'index.html');
  writeFileAtomic(page, galleryHtml(manifest.edition, sections, stamp, refreshSeconds));
  writeFileAtomic(path.join(previewDir, 'stamp.txt'), `${stamp}\n`);
  return { images, page };
}

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const header = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}
