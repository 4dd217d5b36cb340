import type { Frame } from '../model/Frame.ts';
import type { Page } from '../model/Page.ts';
import { imposePrintPage } from './imposePrintPage.ts';

/** The print-shop file: one card face per page, front then back for every card (the shop adds its own marks). */
export function imposeCardsFile(fronts: readonly Frame[], back: Frame): Page[] {
  return fronts.flatMap((front) => [imposePrintPage(front), imposePrintPage(back)]);
}
