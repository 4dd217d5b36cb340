import fs from 'node:fs';
import path from 'node:path';
import { DiagnosticsError, usageError } from '../diagnostics/Diagnostic.ts';
import { parse } from 'yaml';
import { writeFileAtomic } from '../output/writeFileAtomic.ts';
import { completeLanguages } from '../typography/languages.ts';

/** `Gemeente Vught` → `gemeente-vught`: the folder and output name of an edition. */
export function editionId(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Creates `editions/<id>/edition.yaml`, commented, that builds as it is; never overwrites. */
export function newEdition(root: string, name: string): string {
  const id = editionId(name);
  if (!id) throw new DiagnosticsError([usageError(`'${name}' gives no usable folder name`, 'use letters or digits, e.g. "Gemeente Voorbeeld"')]);
  const folder = path.join(root, 'editions', id);
  if (fs.existsSync(folder)) {
    throw new DiagnosticsError([usageError(`editions/${id} exists already`, 'choose another name, or edit that edition')]);
  }
  const file = path.join(folder, 'edition.yaml');
  writeFileAtomic(file, editionTemplate(name.trim(), id, standardDecks(root), languageLines(root)));
  return file;
}

/** The project's decks and their card ids, for the comments of a new edition. */
function standardDecks(root: string): Map<string, string[]> {
  const decks = new Map<string, string[]>();
  const cards = path.join(root, 'cards');
  for (const deck of fs.existsSync(cards) ? fs.readdirSync(cards).sort() : []) {
    try {
      const definition = parse(fs.readFileSync(path.join(cards, deck, 'deck.yaml'), 'utf8')) as { cards?: { id?: string }[] };
      decks.set(deck, (definition.cards ?? []).map((c) => String(c.id)));
    } catch {
      // a broken deck is reported by check; the scaffold just leaves it out
    }
  }
  return decks;
}

/**
 * The comment over `languages:`: never a list typed here. The languages are those of the registry
 * (`languages/<code>.yaml`) with complete data — left to right, and kaartwerk's own words all translated
 * (see completeLanguages) — and of those, which the project's decks have texts in (`cards/<deck>/<code>.yaml`).
 * Adding a language is adding files, not code: its registry file (copy languages/nl.yaml's shape: name,
 * hyphenation, quotes, letters, words), its `cards/<deck>/<code>.yaml` and `glossary/<code>.yaml`; it is
 * listed here from then on (README, "Adding a language").
 */
function languageLines(root: string): string[] {
  // the source language first, then the registry's order
  const complete = completeLanguages().sort((a, b) => Number(b.code === 'nl') - Number(a.code === 'nl'));
  const decks = path.join(root, 'cards');
  const withTexts = (code: string) => fs.existsSync(decks) && fs.readdirSync(decks).some((deck) => fs.existsSync(path.join(decks, deck, `${code}.yaml`)));
  const named = (list: typeof complete) => list.map((l) => `${l.code} (${l.englishName})`).join(', ');
  const ready = complete.filter((l) => withTexts(l.code));
  const more = complete.filter((l) => !withTexts(l.code));
  return [
    ...wrap(`The languages to build, by code. The decks have texts in: ${named(ready) || 'nl (Dutch)'}.`),
    ...(more.length ? wrap(`kaartwerk can also set ${named(more)}: a deck needs its texts in the language (cards/<deck>/<code>.yaml), or the Dutch is printed, with a warning.`) : []),
    ...wrap('Another language: see the README, "Adding a language" (a file in languages/ and the texts).'),
  ];
}

/** A comment of several lines, at most about 100 characters each. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > 100 && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

function editionTemplate(name: string, id: string, decks: Map<string, string[]>, languages: string[]): string {
  const ids = [...decks].map(([deck, cards]) => `#   ${deck}: ${cards.join(', ')}`).join('\n');
  const listed = [...decks.keys()].map((deck) => `  - ${deck}`).join('\n');
  return `# yaml-language-server: $schema=../../schemas/edition.schema.json
# The edition "${name}". Build it with:
#   npx kaartwerk build --edition editions/${id}/edition.yaml
# It is written to output/${id}/. Every file it names (logo, fonts, own decks) must be inside this folder.

# Printed in a strip at the foot of every card back (with your logo) and at the foot of every poster.
# Each deck keeps its own colour and device on the back, so mixed decks can still be sorted.
name: ${JSON.stringify(name)}
# nameOnBacks: false             # backs without the strip, as in the standard edition
# A long name wraps: on a card back to two lines beside the logo, on a poster to a line of its own
# under the attribution (two lines at most). Where it does not fit even so, shortName is used there
# instead; the full name stays everywhere it fits (the file titles say it too). If neither fits, the
# build says so at name: and how many characters fit on that back or poster. One text, or one per
# language like name.
# shortName: ${JSON.stringify(name.split(/\s+/).pop() ?? name)}

# Your logo, printed in the strip on every back and in the header band of every poster (22 mm high on A2).
# SVG is best (drawn as shapes: convert text to outlines); a PNG or JPEG needs about 300 pixels per
# inch at the printed size (a warning below 300 ppi, an error below 150). Colours become CMYK.
# logo: logo.svg

# Your colour for the strip on the backs and the poster bands: CMYK percentages [C, M, Y, K] as your print shop
# gives them, or hex ("#0e5a8a", converted to CMYK). onBrand is the text on it: [0, 0, 0, 0] is white.
# colours:
#   brand: [90, 35, 0, 45]
#   onBrand: [0, 0, 0, 0]

# Your own fonts (TTF or OTF files in this folder) instead of Noto Sans.
# fonts:
#   regular: MyFont-Regular.ttf
#   bold: MyFont-Bold.ttf

# check fails a deck whose category colours are closer than ΔE2000 10 (in colour or for colour-blind
# readers, as printed) or whose text has less than 4.5 : 1 contrast. To build such a deck of your own
# anyway, with a warning:
# checks:
#   palette: warning

${languages.join('\n')}
languages: [nl]

# The decks to build. A deck can be taken whole (just its id), or with cards left out, reworded (a new
# title and/or text per language; what you do not give stays) or added. The card ids of each deck:
${ids}
# Example:
#   - id: swan
#     leaveOut: [alternatieven]
#     reword:
#       gebruik:
#         nl: { text: "Neem een situatie uit je werk in onze wijken …" }
#     add:
#       - id: onze-wijk
#         category: reflectie
#         after: voorwaarden
#         texts:
#           nl: { text: "Wat betekent deze keuze voor de bewoners van onze wijk?" }
#
# A deck of your own: copy the project's cards/gouden-regels folder to cards/<your-deck>/ inside this
# folder, change deck.yaml and nl.yaml (first line: # yaml-language-server: $schema=../../../../schemas/…),
# and list its folder name below. Give it a colour: and a back device of its own.
decks:
${listed}

# Posters (A2, and tiled over A4 and A3 pages): swan, gouden-regels, dichterbij. A poster shows the
# cards of its deck as this edition has them. Check the print files with
#   npx kaartwerk preflight output/${id}/*/*.pdf
posters: [gouden-regels]
`;
}
