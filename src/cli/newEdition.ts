import fs from 'node:fs';
import path from 'node:path';
import { DiagnosticsError, usageError } from '../diagnostics/Diagnostic.ts';
import { parse } from 'yaml';
import { writeFileAtomic } from '../output/writeFileAtomic.ts';

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
  writeFileAtomic(file, editionTemplate(name.trim(), id, standardDecks(root)));
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

function editionTemplate(name: string, id: string, decks: Map<string, string[]>): string {
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

# The languages to build: nl, en, fr, de.
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
