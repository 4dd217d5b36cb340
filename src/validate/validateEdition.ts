import path from 'node:path';
import { differenceCiede2000 } from 'culori';
import { cmykToLab } from '../colour/cmykToLab.ts';
import { hexToPrintable, rgbToCmyk } from '../colour/toCmyk.ts';
import { error, note, warning, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate, type YamlPath } from '../load/readYamlFile.ts';
import type { LogoAsset } from '../model/Logo.ts';
import type { DeckChoiceRules, EditionExtras, FontFace, FontRole, Located, RawProject } from '../model/Project.ts';
import type { Cmyk, DeckDefinition, Edition } from './schemas.ts';
import { suggest } from './suggest.ts';
import { parseFont } from './validateFonts.ts';
import { validateLogo } from './validateLogo.ts';

/** A brand colour further than this (CIEDE2000) from what the press prints of it is out of gamut. */
export const OUT_OF_GAMUT_DELTA_E = 5;
/** A logo whose main colour is closer than this to the brand colour it stands on fades into it. */
export const LOGO_FADES_DELTA_E = 15;

/**
 * What an edition adds to the standard content: its logo (checked, in CMYK), brand colours (hex turned
 * into CMYK, saying so), own fonts and, per deck, the cards it leaves out, rewords or adds.
 */
export function validateEdition(raw: RawProject, edition: Located<Edition>, logoHeightMm: number): { extras: EditionExtras; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const { value, file } = edition;
  // the logo drawn on the backs and poster bands: the variant for the brand colour when there is one
  let logo: LogoAsset | undefined;
  let logoKey: 'logo' | 'logoOnDark' | undefined;
  for (const key of ['logo', 'logoOnDark'] as const) {
    const logoFile = raw.editionAssets.get(key);
    if (!value[key] || !logoFile) continue;
    const checked = validateLogo(logoFile.path, logoFile.bytes, locate(file, [key]), logoHeightMm);
    diagnostics.push(...checked.diagnostics);
    if (checked.logo) [logo, logoKey] = [checked.logo, key];
  }
  const colour = (given: Cmyk | string, at: YamlPath): Cmyk => {
    if (typeof given !== 'string') return given;
    const { cmyk, deltaE } = hexToPrintable(given);
    if (deltaE > OUT_OF_GAMUT_DELTA_E) {
      diagnostics.push(warning(locate(file, at), `${given} is outside what the press prints (FOGRA39): the nearest printable colour is CMYK [${cmyk.join(', ')}], ΔE2000 ${deltaE.toFixed(1)} from it`,
        'choose a printable brand colour with your print shop, or give its CMYK values'));
    } else {
      diagnostics.push(note(locate(file, at), `${given} is converted to CMYK [${cmyk.join(', ')}] (FOGRA39, ΔE2000 ${deltaE.toFixed(1)})`, 'write the CMYK values your print shop or style guide gives, for exact colours'));
    }
    return cmyk;
  };
  const colours = value.colours && {
    brand: colour(value.colours.brand, ['colours', 'brand']),
    onBrand: value.colours.onBrand === undefined ? undefined : colour(value.colours.onBrand, ['colours', 'onBrand']),
  };
  if (logo?.mainRgb && colours && logoKey) {
    const distance = deltaE(cmykToLab(rgbToCmyk(...logo.mainRgb)), cmykToLab(colours.brand));
    if (distance < LOGO_FADES_DELTA_E) {
      const logoName = path.basename(raw.editionAssets.get(logoKey)!.path);
      diagnostics.push(warning(locate(file, [logoKey]), `the logo ${logoName} fades into the brand colour it is printed on (ΔE2000 ${distance.toFixed(1)} between its main colour and the background, needs ${LOGO_FADES_DELTA_E})`,
        logoKey === 'logo' ? 'give a light variant of the logo as logoOnDark: it is used on the brand colour' : 'use a lighter (or darker) variant of the logo'));
    }
  }
  const fonts: Partial<Record<FontRole, FontFace>> = {};
  for (const [role, fileName] of Object.entries(value.fonts ?? {}) as [FontRole, string | undefined][]) {
    if (!fileName) continue;
    const asset = raw.editionAssets.get(`fonts.${role}`);
    if (!asset) continue; // reported by load (outside the folder, or missing)
    const face = parseFont(role, path.basename(fileName), asset.bytes, locate(file, ['fonts', role]), [], diagnostics, true);
    if (face) fonts[role] = face;
  }
  const choices = new Map<string, DeckChoiceRules>();
  value.decks.forEach((choice, index) => {
    if (typeof choice === 'string') choices.set(choice, { id: choice, index, leaveOut: [], reword: {}, add: [] });
    else choices.set(choice.id, { ...choice, index });
  });
  return { extras: { logo, colours, fonts, choices }, diagnostics };
}

const deltaE = differenceCiede2000();

/** The ids a deck choice names must be cards and categories of that deck. */
export function checkDeckChoice(choice: DeckChoiceRules, deck: DeckDefinition, edition: Located<Edition>): Diagnostic[] {
  const found: Diagnostic[] = [];
  const at = (...rest: (string | number)[]) => locate(edition.file, ['decks', choice.index, ...rest]);
  const ids = deck.cards.map((c) => c.id);
  choice.leaveOut.forEach((id, i) => {
    if (!ids.includes(id)) found.push(error(at('leaveOut', i), `card '${id}' to leave out is not in deck '${choice.id}'`, suggest(id, ids, 'its cards')));
  });
  for (const id of Object.keys(choice.reword)) {
    if (!ids.includes(id)) found.push(error(locate(edition.file, ['decks', choice.index, 'reword', id], 'key'), `card '${id}' to reword is not in deck '${choice.id}'`, suggest(id, ids, 'its cards')));
    if (choice.leaveOut.includes(id)) found.push(error(locate(edition.file, ['decks', choice.index, 'reword', id], 'key'), `card '${id}' is both reworded and left out`, 'keep one of the two'));
  }
  const added: string[] = [];
  choice.add.forEach((card, i) => {
    if (ids.includes(card.id) || added.includes(card.id)) found.push(error(at('add', i, 'id'), `card id '${card.id}' is already used in deck '${choice.id}'`, 'give the added card its own id'));
    if (!Object.hasOwn(deck.categories, card.category)) found.push(error(at('add', i, 'category'), `unknown category '${card.category}'`, suggest(card.category, Object.keys(deck.categories), 'categories of the deck')));
    if (card.after && !ids.includes(card.after) && !added.includes(card.after)) found.push(error(at('add', i, 'after'), `card '${card.after}' to add after is not in deck '${choice.id}'`, suggest(card.after, [...ids, ...added], 'its cards')));
    if (!card.texts.nl) found.push(error(at('add', i, 'texts'), `added card '${card.id}' has no Dutch text`, "add 'nl:' with its title and text"));
    added.push(card.id);
  });
  return found;
}
