import type { DiskCache } from '../cache/diskCache.ts';
import { cachedLayoutDeck, cachedLayoutPoster, type SourceOf } from '../cache/cachedLayout.ts';
import type { Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { FitInfo, Frame } from '../model/Frame.ts';
import type { FontSet } from '../model/Project.ts';
import type { ResolvedText } from '../model/Resolved.ts';
import type { ResolvedPoster } from '../model/ResolvedPoster.ts';
import type { ResolvedDeckLanguage } from '../resolve/resolveProject.ts';
import { attributionText, checkPosterGlyphs } from './checkGlyphs.ts';
import type { LaidOutDeck } from './layoutDeck.ts';

/** The poster sheets (ISO 216, mm): a layout is made for A2 and scaled with the sheet, each size about √2 from the next. */
export const POSTER_SIZES = { a1: { widthMm: 594, heightMm: 841 }, a2: { widthMm: 420, heightMm: 594 }, a3: { widthMm: 297, heightMm: 420 } } as const;
export type PosterSize = keyof typeof POSTER_SIZES;

/** A poster laid out on its sheet, with what its files' metadata needs from its deck. */
export interface LaidOutPoster {
  poster: ResolvedPoster;
  frame: Frame;
  /** From the poster's deck, for the file's metadata. */
  editionName: string;
  attribution?: string;
}

/** How closely one card's (or poster's) text fitted, for the fit report. */
export interface FitReportRow extends FitInfo {
  deck: string;
  lang: string;
  card: string;
}

export interface LayoutSettings {
  /** Laid-out decks and posters kept between runs, keyed by the content of everything they depend on. */
  cache: DiskCache;
  /** The YAML files the words came from, for the cache's keys. */
  sourceOf: SourceOf;
  posterSize?: PosterSize;
}

export interface LaidOutProject {
  laid: LaidOutDeck[];
  posters: LaidOutPoster[];
  fitReport: FitReportRow[];
  diagnostics: Diagnostic[];
}

/** `layout`: the cards of every deck that is built, and every poster (its words checked against its fonts first). */
export function layoutProject(decks: readonly ResolvedDeckLanguage[], fonts: FontSet, settings: LayoutSettings): LaidOutProject {
  const out: LaidOutProject = { laid: [], posters: [], fitReport: [], diagnostics: [] };
  const sheet = settings.posterSize && settings.posterSize !== 'a2' ? POSTER_SIZES[settings.posterSize] : undefined;
  for (const { deck, lang, resolved, posters } of decks) {
    if (deck.build) {
      const result = cachedLayoutDeck(settings.cache, resolved, fonts, settings.sourceOf);
      out.diagnostics.push(...result.diagnostics);
      if (result.laid) {
        out.laid.push(result.laid);
        for (const frame of result.laid.fronts) {
          if (frame.fit && frame.cardId) out.fitReport.push({ deck: deck.id, lang, card: frame.cardId, ...frame.fit });
        }
      }
    }
    for (const poster of posters) {
      // every string that reaches the poster (and its tiles) must be in its fonts
      const back: { edition?: ResolvedText } = resolved.back;
      const glyphs = checkPosterGlyphs(poster, fonts, [attributionText(deck, lang), back.edition]);
      out.diagnostics.push(...glyphs);
      if (glyphs.length) continue;
      const result = cachedLayoutPoster(settings.cache, poster, fonts, settings.sourceOf, sheet);
      out.diagnostics.push(...result.diagnostics);
      if (!result.frame) continue;
      out.posters.push({ poster, frame: result.frame, editionName: resolved.editionName, attribution: resolved.attribution });
      if (result.frame.fit) out.fitReport.push({ deck: deck.id, lang, card: `poster-${poster.id}`, ...result.frame.fit });
    }
  }
  return out;
}
