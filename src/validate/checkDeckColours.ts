import { colourDistance, contrastRatio, VIEWS } from '../colour/colourDistance.ts';
import { error, warning, type Diagnostic } from '../diagnostics/Diagnostic.ts';
import { locate } from '../load/readYamlFile.ts';
import type { Located } from '../model/Project.ts';
import type { Cmyk, DeckDefinition, Edition } from './schemas.ts';

export const MIN_CONTRAST = 4.5;
export const UNREADABLE_CONTRAST = 3;
/** Smallest CIEDE2000 difference between two categories of a deck, in colour and for colour-blind eyes. */
export const MIN_DISTANCE = 10;
/** In greyscale lightness alone separates them: a smaller step still reads, helped by the marks. */
export const MIN_GREY_DISTANCE = 4.5;

/**
 * The design rules for a deck's colours: text readable on every band and back (WCAG AA), categories
 * apart for colour-blind readers and in greyscale, and every category with a mark of its own.
 */
export function checkDeckColours(deck: Located<DeckDefinition>, text: Cmyk): Diagnostic[] {
  const { value, file } = deck;
  const found: Diagnostic[] = [];
  const categories = Object.entries(value.categories);
  for (const [id, category] of categories) {
    const ratio = contrastRatio(text, category.colour);
    if (ratio < MIN_CONTRAST) {
      found.push(warning(locate(file, ['categories', id, 'colour']), `text on category '${id}' has a contrast of ${ratio.toFixed(1)} : 1, below ${MIN_CONTRAST} : 1`, 'use a lighter tint'));
    }
  }
  const backRatio = contrastRatio(text, value.colour);
  if (backRatio < MIN_CONTRAST) {
    found.push(warning(locate(file, ['colour']), `text on the back has a contrast of ${backRatio.toFixed(1)} : 1, below ${MIN_CONTRAST} : 1`, 'use a lighter tint'));
  }
  for (let i = 0; i < categories.length; i++) {
    for (let j = i + 1; j < categories.length; j++) {
      const [a, ca] = categories[i]!;
      const [b, cb] = categories[j]!;
      if (ca.mark === cb.mark && ca.mark !== 'none') {
        found.push(warning(locate(file, ['categories', b, 'mark']), `categories '${a}' and '${b}' share the mark '${ca.mark}'`, 'give every category its own mark, for black-and-white prints'));
      }
      for (const view of Object.keys(VIEWS)) {
        const distance = colourDistance(ca.colour, cb.colour, view);
        const min = view === 'greyscale' ? MIN_GREY_DISTANCE : MIN_DISTANCE;
        if (distance < min) {
          found.push(warning(locate(file, ['categories', b, 'colour']), `categories '${a}' and '${b}' are hard to tell apart in ${view} (ΔE ${distance.toFixed(1)}, needs ${min})`,
            'change the hue or the lightness of one of them'));
        }
      }
    }
  }
  return found;
}

/** Text on the edition's brand colour (the backs and poster bands) must stay readable. */
export function checkEditionColours(edition: Located<Edition>, colours: { brand: Cmyk; onBrand?: Cmyk }, text: Cmyk): Diagnostic[] {
  const ratio = contrastRatio(colours.onBrand ?? text, colours.brand);
  if (ratio >= MIN_CONTRAST) return [];
  // below 3 : 1 the backs cannot be read at all: that is not a matter of taste
  const report = ratio < UNREADABLE_CONTRAST ? error : warning;
  return [report(locate(edition.file, ['colours', colours.onBrand ? 'onBrand' : 'brand']),
    `text on the brand colour has a contrast of ${ratio.toFixed(1)} : 1, below ${MIN_CONTRAST} : 1`,
    colours.onBrand ? 'choose a lighter or darker text colour' : 'set onBrand: [0, 0, 0, 0] for white text on a dark brand colour, or use a lighter tint')];
}
