import type { PageDocument, Page } from '../model/Page.ts';
import type { PlannedFile, PrintPlan } from '../model/PrintPlan.ts';
import { imposeCardsFile } from './imposeCardsFile.ts';
import { imposeOfficePoster } from './imposeOfficePoster.ts';
import { imposePrintPage } from './imposePrintPage.ts';
import { imposeSheets } from './imposeSheets.ts';
import { imposeTiles } from './imposeTiles.ts';

/** A file to be, as pages: what impose produces and render draws. */
export interface ImposedFile extends Pick<PlannedFile, 'path' | 'kind' | 'deck' | 'lang'> {
  document: PageDocument;
}

/** `impose`: every planned file as pages, from its frames and what the plan decided; nothing else is read. */
export function imposePlan(plan: PrintPlan): ImposedFile[] {
  return plan.files.map((file) => ({
    deck: file.deck, lang: file.lang, path: file.path, kind: file.kind,
    document: { ...file.document, pages: imposeFile(file) },
  }));
}

function imposeFile(file: PlannedFile): Page[] {
  switch (file.imposition) {
    case 'cards':
      return imposeCardsFile(file.fronts, file.back);
    case 'sheets':
      return imposeSheets(file.fronts, file.back, { paper: file.paper, grid: file.grid, backOffsetMm: file.backOffsetMm, markColour: file.marks.colour, markWidthPt: file.marks.widthPt, note: file.note });
    case 'poster':
      return [imposePrintPage(file.poster)];
    case 'tiles':
      return imposeTiles(file.poster, file.tiles, file.overview,
        { markColour: file.marks.colour, markWidthPt: file.marks.widthPt, labelColour: file.labels.colour, labelFont: file.labels.font, labelSizePt: file.labels.sizePt });
    case 'office-poster':
      return [imposeOfficePoster(file.poster, { paper: file.paper, markColour: file.marks.colour, markWidthPt: file.marks.widthPt, markOffsetMm: file.marks.offsetMm, markLengthMm: file.marks.lengthMm }).page];
  }
}
