import { colourDistance, contrastRatio, VIEWS } from '../colour/colourDistance.ts';
import { readableOn } from '../colour/readableOn.ts';
import { error, note, warning, type Diagnostic } from '../diagnostics/Diagnostic.ts';
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
 * The design rules for a deck's colours: text readable on every band and on the back (WCAG AA),
 * categories at least ΔE2000 10 apart as printed, in colour and for colour-blind readers (errors, or
 * warnings where the edition says `checks: { palette: warning }`), apart in greyscale (a note where
 * both have marks of their own, which carry black-and-white prints; else a warning), and every category
 * with a mark of its own.
 */
export function checkDeckColours(deck: Located<DeckDefinition>, text: Cmyk, options: { paper?: Cmyk; palette?: 'error' | 'warning' } = {}): Diagnostic[] {
  const { value, file } = deck;
  const report = options.palette === 'warning' ? warning : error;
  const found: Diagnostic[] = [];
  const categories = Object.entries(value.categories);
  for (const [id, category] of categories) {
    const ratio = contrastRatio(text, category.colour);
    if (ratio < MIN_CONTRAST) {
      found.push(report(locate(file, ['categories', id, 'colour']), `text on category '${id}' has a contrast of ${ratio.toFixed(1)} : 1, below ${MIN_CONTRAST} : 1`, 'use a lighter tint'));
    }
  }
  // the back's words are black or white, whichever reads better, unless the deck gives their colour
  const onBack = value.back?.text ?? readableOn(value.colour, [text, options.paper ?? [0, 0, 0, 0]]);
  const backRatio = contrastRatio(onBack, value.colour);
  if (backRatio < MIN_CONTRAST) {
    found.push(report(locate(file, value.back?.text ? ['back', 'text'] : ['colour']), `text on the back has a contrast of ${backRatio.toFixed(1)} : 1, below ${MIN_CONTRAST} : 1`,
      value.back?.text ? 'choose a lighter or darker text colour' : 'use a lighter or a darker colour: black text reads on a light one, white on a dark one'));
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
        const grey = view === 'greyscale';
        const min = grey ? MIN_GREY_DISTANCE : MIN_DISTANCE;
        // seven or eight colours cannot all stay apart in grey: where both have marks of their own, the
        // marks tell them apart in a black-and-white print, and the closeness is only noted
        const marked = ca.mark !== cb.mark && ca.mark !== 'none' && cb.mark !== 'none';
        if (distance < min) {
          found.push((grey ? (marked ? note : warning) : report)(locate(file, ['categories', b, 'colour']), `categories '${a}' and '${b}' are hard to tell apart in ${view} (ΔE ${distance.toFixed(1)}, needs ${min})`,
            grey && marked ? 'their marks tell them apart in black and white' : 'change the hue or the lightness of one of them'));
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
