import type { Font } from 'fontkit';
import { error, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import type { ResolvedEditionName } from '../model/Resolved.ts';
import { measureText } from './measureText.ts';

/**
 * The error for an edition's name that does not fit its place (a poster's footer, a card back's strip)
 * even wrapped and in its short form: at the `name:` key of the edition's own file, with about how many
 * characters fit there, counted at this name's own letter widths.
 */
export function editionNameTooLong(edition: ResolvedEditionName, place: string, room: { font: Font; sizePt: number; widthPt: number; lines: number }): Diagnostic {
  const { name } = edition;
  const chars = [...name].length;
  const perChar = measureText(room.font, name, room.sizePt) / Math.max(1, chars);
  const limit = Math.floor((room.widthPt / perChar) * room.lines * 0.9);
  const hint = edition.shortName
    ? `shorten the name or its shortName ('${edition.shortName}')`
    : 'add a shortName: (the name is then used where it fits, the short form elsewhere)';
  return error(edition.source,
    `the edition's name (${chars} characters) does not fit ${place}: at most about ${limit} characters fit there, on ${room.lines} line${room.lines === 1 ? '' : 's'}`,
    hint);
}
