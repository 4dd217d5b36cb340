import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cmykToHex } from '../colour/cmykToSrgb.ts';
import type { Manifest, ManifestEntry, OutputFile } from '../model/Output.ts';
import type { CheckResult } from '../pipeline.ts';
import { fitNote } from './formatFitReport.ts';
import { galleryHtml, type GalleryFile, type GalleryItem, type GalleryLanguage, type GalleryPicture } from './galleryHtml.ts';
import { rasterisePdf } from './rasterisePdf.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

/**
 * Card faces at 150 dpi: a poker card (69 mm with bleed) is 408 px wide, so the 180 px thumbnail is
 * sharp at 2× and the same picture serves as the large view. Posters at 50 dpi (839 × 1181 px).
 */
const CARD_DPI = 150;
const POSTER_DPI = 50;

/** What the gallery tells beyond the files: names, colours, the fit report. Kept between builds (watch). */
export interface GalleryInfo {
  editionName: string;
  /** The edition's languages, in its order. */
  languages: string[];
  /** Its decks, then its posters (`poster-<id>`), in its order. */
  order: string[];
  decks: { id: string; lang: string; title: string; swatch: string; cards: string[] }[];
  posters: { id: string; lang: string; title: string }[];
  /** `lang/deck/card` → the fit report's flag. */
  flags: Record<string, { label: 'tight' | 'full'; detail: string }>;
}

/** The gallery's facts from a build: deck titles, back colours (through the press profile), tight cards. */
export function galleryInfo(result: CheckResult): GalleryInfo | undefined {
  const project = result.project;
  if (!project) return undefined;
  const name = project.edition.value.name;
  const first = project.languages[0] ?? 'nl';
  const editionName = typeof name === 'string' ? name : name[first] ?? Object.values(name)[0] ?? project.edition.id;
  const flags: GalleryInfo['flags'] = {};
  for (const row of result.fitReport) {
    const note = fitNote(row);
    if (!note) continue;
    flags[`${row.lang}/${row.deck}/${row.card}`] = {
      label: note === 'tight' ? 'tight' : 'full',
      detail: `${row.sizePt.toFixed(1)} of ${row.preferredSizePt.toFixed(1)} pt, ${Math.round(row.fill * 100)} % full`,
    };
  }
  return {
    editionName,
    languages: [...project.languages],
    order: [...project.decks.map((d) => d.id), ...project.posters.map((p) => `poster-${p.id}`)],
    decks: result.laid.map(({ deck, fronts }) => ({
      id: deck.id, lang: deck.lang, title: deck.title, swatch: cmykToHex(deck.colours.back), cards: fronts.map((f) => f.cardId ?? ''),
    })),
    posters: result.posters.map(({ poster }) => ({ id: `poster-${poster.id}`, lang: poster.lang, title: poster.title.value })),
    flags,
  };
}

/** What the preview folder of one PDF holds: the file it was drawn from, and a hash per drawn page. */
interface DrawnState {
  sha256: string;
  pages: Record<string, string>;
}

/**
 * Thumbnails of the card faces (every front and one back, from the print-shop files) and every poster,
 * and `index.html`, the gallery. Only pages that changed are drawn again: a PDF whose bytes are the same
 * is skipped, and of a rebuilt one only the pages whose content hash changed (`built`: this build's files
 * with their page hashes), so a saved card redraws one front. Drawn in-process (pdf.js on a Skia canvas).
 */
export async function writePreviews(editionDir: string, manifest: Manifest, options: { info?: GalleryInfo; built?: readonly OutputFile[]; refreshSeconds?: number } = {}): Promise<{ images: number; page: string; drawn: number }> {
  const previewDir = path.join(editionDir, 'preview');
  const info = mergeInfo(readJson<GalleryInfo>(path.join(previewDir, 'gallery.json')), options.info);
  const built = new Map((options.built ?? []).map((f) => [f.path, f]));
  const stamp = createHash('sha256').update(manifest.files.map((f) => f.sha256).join()).digest('hex').slice(0, 12);
  const pictures = new Map<string, GalleryPicture[]>();
  let drawn = 0;
  for (const entry of manifest.files.filter((f) => f.kind === 'cards' || f.kind === 'poster')) {
    const result = await drawEntry(editionDir, previewDir, entry, built.get(entry.path)?.pageHashes);
    drawn += result.drawn;
    pictures.set(entry.path, result.pictures);
  }
  const languages = galleryLanguages(manifest, info, pictures);
  const page = path.join(editionDir, 'index.html');
  fs.mkdirSync(previewDir, { recursive: true });
  // atomic (the gallery reloads while a watch writes) but not flushed to disk: a preview is made again at will
  writeFileAtomic(path.join(previewDir, 'gallery.json'), `${JSON.stringify(info)}\n`, false);
  writeFileAtomic(page, galleryHtml({ editionName: info.editionName, editionLang: info.languages[0] ?? 'nl', languages, stamp, refreshSeconds: options.refreshSeconds }), false);
  writeFileAtomic(path.join(previewDir, 'stamp.txt'), `${stamp}\n`, false);
  const images = languages.reduce((n, l) => n + l.items.reduce((m, i) => m + i.pictures.length + (i.back ? 1 : 0), 0), 0);
  return { images, page, drawn };
}

/** The pages a gallery shows of a file: a deck's fronts and its first back; a poster's one page. */
function shownPages(entry: ManifestEntry): number[] {
  if (entry.kind === 'poster') return [1];
  const fronts = Array.from({ length: Math.floor(entry.pages / 2) }, (_, i) => 2 * i + 1);
  return entry.pages >= 2 ? [2, ...fronts] : fronts;
}

async function drawEntry(editionDir: string, previewDir: string, entry: ManifestEntry, hashes: string[] | undefined): Promise<{ pictures: GalleryPicture[]; drawn: number }> {
  const lang = entry.languages[0] ?? '';
  const name = path.basename(entry.path, '.pdf');
  const target = path.join(previewDir, lang, name);
  const statePath = path.join(target, '.pages.json');
  const state = readJson<DrawnState>(statePath);
  const wanted = shownPages(entry);
  const digits = String(entry.pages).length;
  const png = (n: number) => path.join(target, `page-${String(n).padStart(digits, '0')}.png`);
  const keyOf = (n: number) => hashes?.[n - 1] ?? `${entry.sha256.slice(0, 16)}-${n}`;
  let drawn = 0;
  let next: DrawnState = state ?? { sha256: '', pages: {} };
  if (state?.sha256 !== entry.sha256 || wanted.some((n) => !fs.existsSync(png(n)))) {
    // a page is drawn again unless this build says its content is the same as the drawn one's
    const toDraw = wanted.filter((n) => !hashes || state?.pages[n] !== hashes[n - 1] || !fs.existsSync(png(n)));
    fs.mkdirSync(target, { recursive: true });
    if (toDraw.length) {
      const dpi = entry.kind === 'poster' ? POSTER_DPI : CARD_DPI;
      const pages = await rasterisePdf(fs.readFileSync(path.join(editionDir, entry.path)), { dpi, pages: toDraw });
      // written while the next page is drawn: PNG encoding runs off the main thread
      await Promise.all(pages.map(async (page) => fs.writeFileSync(png(page.number), await page.png())));
      drawn = pages.length;
    }
    const keep = new Set(wanted.map((n) => path.basename(png(n))));
    for (const file of fs.readdirSync(target)) if (file.endsWith('.png') && !keep.has(file)) fs.rmSync(path.join(target, file));
    next = { sha256: entry.sha256, pages: Object.fromEntries(wanted.map((n) => [String(n), toDraw.includes(n) ? keyOf(n) : state?.pages[n] ?? keyOf(n)])) };
    fs.writeFileSync(statePath, JSON.stringify(next));
  }
  const pictures = wanted.map((n): GalleryPicture => {
    const { width, height } = pngSize(png(n));
    const side = entry.kind === 'poster' ? 'poster' : n === 2 ? 'back' : `card ${(n + 1) / 2}, front`;
    return {
      src: `${path.posix.join('preview', lang, name, path.basename(png(n)))}?v=${encodeURIComponent(next.pages[n] ?? '')}`,
      alt: `${name} (${lang}): ${side}`, widthPx: width, heightPx: height,
      viewId: `v-${lang}-${name.replace(/\.(cards|a2)$/, '')}-${n}`, caption: side,
    };
  });
  return { pictures, drawn };
}

/** Per language in the edition's order, its decks then its posters, with titles, swatches, files and flags. */
function galleryLanguages(manifest: Manifest, info: GalleryInfo, pictures: Map<string, GalleryPicture[]>): GalleryLanguage[] {
  const present = [...new Set(manifest.files.flatMap((f) => f.languages))];
  const order = [...info.languages.filter((l) => present.includes(l)), ...present.filter((l) => !info.languages.includes(l)).sort()];
  return order.map((lang) => {
    const items: GalleryItem[] = [];
    for (const entry of manifest.files.filter((f) => (f.kind === 'cards' || f.kind === 'poster') && f.languages[0] === lang)) {
      const stem = entry.path.replace(/\.(cards|a2)\.pdf$/, '');
      const files: GalleryFile[] = manifest.files.filter((f) => f.path.startsWith(`${stem}.`))
        .map((f): GalleryFile => ({ href: f.path, label: path.basename(f.path), printer: f.kind === 'cards' || f.kind === 'poster' ? 'shop' : 'office' }))
        .sort((a, b) => (a.printer === b.printer ? a.label.localeCompare(b.label) : a.printer === 'shop' ? -1 : 1));
      const all = pictures.get(entry.path) ?? [];
      if (entry.kind === 'cards') {
        const deck = info.decks.find((d) => d.id === entry.deck && d.lang === lang);
        const [back, ...fronts] = all;
        const withCards = fronts.map((p, i) => {
          const card = deck?.cards[i];
          const flag = card ? info.flags[`${lang}/${entry.deck}/${card}`] : undefined;
          return { ...p, caption: card ?? p.caption, ...(flag ? { flag } : {}) };
        });
        items.push({ anchor: `${lang}-${entry.deck}`, title: deck?.title ?? entry.deck, kind: 'deck', swatch: deck?.swatch, files,
          back: back && { ...back, caption: 'back' }, pictures: withCards });
      } else {
        const id = path.basename(stem);
        const poster = info.posters.find((p) => p.id === id && p.lang === lang);
        const flag = info.flags[`${lang}/${entry.deck}/${id}`];
        items.push({ anchor: `${lang}-${id}`, title: poster?.title ?? id, kind: 'poster', files,
          pictures: all.map((p) => ({ ...p, caption: 'poster, A2', ...(flag ? { flag } : {}) })) });
      }
    }
    // decks, then posters, in the edition's order
    const rank = (item: GalleryItem) => {
      const i = info.order.indexOf(item.anchor.slice(lang.length + 1));
      return (item.kind === 'deck' ? 0 : 1e6) + (i < 0 ? 1e5 : i);
    };
    items.sort((a, b) => rank(a) - rank(b));
    return { lang, name: languageName(lang), items };
  });
}

/** A build narrowed by watch knows only what it rebuilt: its facts replace those, the rest stay. */
function mergeInfo(old: GalleryInfo | undefined, fresh: GalleryInfo | undefined): GalleryInfo {
  if (!old) return fresh ?? { editionName: '', languages: [], order: [], decks: [], posters: [], flags: {} };
  if (!fresh) return old;
  const key = (x: { id: string; lang: string }) => `${x.lang}/${x.id}`;
  const freshDecks = new Set(fresh.decks.map(key));
  const freshPosters = new Set(fresh.posters.map(key));
  const flags = Object.fromEntries(Object.entries(old.flags).filter(([k]) => {
    const [lang, deck, card] = k.split('/');
    return card?.startsWith('poster-') ? !freshPosters.has(`${lang}/${card}`) : !freshDecks.has(`${lang}/${deck}`);
  }));
  return {
    editionName: fresh.editionName,
    languages: fresh.languages,
    order: fresh.order,
    decks: [...old.decks.filter((d) => !freshDecks.has(key(d))), ...fresh.decks],
    posters: [...old.posters.filter((p) => !freshPosters.has(key(p))), ...fresh.posters],
    flags: { ...flags, ...fresh.flags },
  };
}

function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
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
