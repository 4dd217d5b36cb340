import type { FitInfo, Frame } from '../model/Frame.ts';
import type { ResolvedPoster } from '../model/ResolvedPoster.ts';

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
