/**
 * Every schema of every YAML file, in one place. The JSON Schemas in `schemas/` (for editor autocompletion)
 * are generated from these by `kaartwerk schema`.
 */
import * as z from 'zod';
import type { Cmyk, ColourInput } from '../model/Colour.ts';
import { MARKS, type CardWords, type DeckDefinition, type DeviceShape, type LanguageFile, type Mark } from '../model/Deck.ts';
import type { DeckChoice, Edition } from '../model/Edition.ts';
import type { CardFormat, CardLayout, CardPart, Formats, Paper, Papers, TextStyle } from '../model/Layout.ts';
import type { PosterLayout, PosterListSection, PosterSection } from '../model/PosterLayout.ts';
import { FONT_ROLES, type Theme } from '../model/Theme.ts';

// A run parses each schema's few files once: zod's compiled fast path for an object (made with
// `new Function` at its first parse) costs more to make than it saves here, ~25 ms of a check
z.config({ jitless: true });

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');
const mm = z.number().positive();
const pt = z.number().positive();

/** A process colour as four percentages, cyan, magenta, yellow, black. */
const percentage = z.number({ error: 'a CMYK value is a number' })
  .min(0, 'a CMYK value is a percentage from 0 to 100')
  .max(100, 'a CMYK value is a percentage from 0 to 100');
export const cmykSchema = z
  .tuple([percentage, percentage, percentage, percentage])
  .describe('CMYK percentages [C, M, Y, K], each 0–100');

export const markSchema = z.enum(MARKS);

const fontRole = z.enum(FONT_ROLES);

export const themeSchema = z.strictObject({
  fonts: z.strictObject({ regular: z.string(), bold: z.string(), italic: z.string() })
    .describe('font files (TTF or OTF) in fonts/'),
  colours: z.strictObject({
    text: cmykSchema,
    muted: cmykSchema,
    paper: cmykSchema,
    registration: cmykSchema,
  }),
  print: z.strictObject({
    bleedMm: mm.describe('bleed on every side of a card, in mm'),
    safeMm: mm.describe('no text closer than this to the trim line, in mm'),
    minTextPt: pt.describe('text never shrinks below this size, in points'),
  }),
});

export const formatsSchema = z.strictObject({
  formats: z.record(id, z.strictObject({ widthMm: mm, heightMm: mm, label: z.string().optional() })),
});

export const papersSchema = z.strictObject({
  papers: z.record(id, z.strictObject({
    widthMm: mm,
    heightMm: mm,
    marginMm: z.number().min(0).describe('the printer cannot print closer than this to the paper edge'),
  })),
});

const textStyle = z.strictObject({
  font: fontRole,
  sizePt: pt,
  leading: z.number().min(1).max(2).default(1.25).describe('line height as a multiple of the size'),
  maxLines: z.number().int().positive().optional(),
  tracking: z.number().min(-100).max(300).optional().describe('extra space between letters, in thousandths of the size'),
  caps: z.boolean().optional().describe('set in capitals'),
});

export const cardLayoutSchema = z.strictObject({
  description: z.string().optional(),
  referenceWidthMm: mm.describe('sizes below are for a card this wide; other formats scale them'),
  referenceHeightMm: mm.optional().describe('… and this high (default 88, a poker card): type scales with the card\'s area'),
  front: z.strictObject({
    marginMm: mm.describe('content inset from the trim line, at least the safe zone'),
    bandHeightMm: mm.describe('height of the category band at the top, bleeding off the edge'),
    markSizeMm: mm,
    gapMm: z.number().min(0),
    number: textStyle,
    category: textStyle,
    title: textStyle,
    text: textStyle,
    statement: textStyle.describe('the text of a card without a title'),
    label: textStyle.describe('the label over a question or task (KERNVRAAG, OPDRACHT)'),
    question: textStyle,
    task: textStyle,
    item: textStyle.describe('one item of a list; its number is set bold in the category colour'),
    prompt: textStyle,
    source: textStyle,
    firstBaselineMm: mm.describe('the first baseline of the title (or statement) below the band: the same on every card'),
    blockGapMm: z.number().min(0).describe('space between the parts of a card'),
    heroNumber: textStyle.describe('in a deck with `numbers: hero`, the number of a card, large in the category colour at the lower left'),
    footer: textStyle.extend({ template: z.string() }),
  }),
  back: z.strictObject({
    marginMm: mm,
    frameInsetMm: mm.optional().describe('a frame on the back, this far inside the trim (none when absent)'),
    frameWidthPt: pt.optional(),
    title: textStyle.describe('the wordmark: the deck\'s title'),
    subtitle: textStyle,
    attribution: textStyle.describe('whose work the deck is, at the foot'),
    attributionBaselineMm: mm.describe('the last baseline of the attribution, this far above the bottom edge (or the strip)'),
    reversedMinPt: pt.describe('text lighter than its ground (white on a colour) is never set smaller than this: small reversed text fills in on press'),
    deviceSizeMm: mm.describe('the graphic device: its 100 × 100 box is this wide'),
    deviceGapMm: z.number().min(0).describe('space between the device and the wordmark'),
    edition: textStyle.extend({ template: z.string() }).describe('the edition\'s name, in the strip at the foot'),
    stripHeightMm: mm.describe('an edition that prints its name on the backs: the strip in its brand colour at the foot, from the bottom edge'),
    logoHeightMm: mm.describe('height of the edition logo in the strip'),
  }),
});

/** How a shape of a back's device is drawn: outlined (`line`, in points), filled, or both; in the text colour on the back unless `colour` is given. */
const deviceStyle = {
  line: z.number().min(0.25, 'a line is at least 0.25 pt').max(20).optional().describe('draw the outline this wide, in points (default 1.5 when not filled)'),
  fill: z.boolean().optional().describe('fill the shape'),
  colour: cmykSchema.optional().describe('its colour (default: the colour of the text on the back)'),
};
const unit = z.number().min(-50).max(150);
export const deviceShapeSchema = z.union([
  z.strictObject({ circle: z.tuple([unit, unit, z.number().positive().max(100)]).describe('[cx, cy, r] in the 100 × 100 box'), ...deviceStyle }),
  z.strictObject({ path: z.string().regex(/^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]+$/, 'SVG path data: M, L, H, V, C, S, Q, T, A, Z and numbers').describe('SVG path data in the 100 × 100 box'), ...deviceStyle }),
  z.strictObject({
    text: z.string().min(1).max(12).describe('letters or digits drawn as outlines of the font (no live text)'),
    x: unit.default(50).describe('centre of the text in the box'),
    y: unit.describe('its baseline in the box'),
    size: z.number().positive().max(200).describe('type size in box units'),
    font: fontRole.default('bold'),
    ...deviceStyle,
  }),
]);

export const deckSchema = z.strictObject({
  layout: id.describe('a card layout in layouts/cards/'),
  format: id.describe('a card format in layouts/formats.yaml'),
  colour: cmykSchema.describe('colour of the backs, at full strength: CMYK percentages [C, M, Y, K], each 0–100'),
  back: z.strictObject({
    text: cmykSchema.optional().describe('colour of the words on the back (default: black or white, whichever reads better on the colour)'),
    device: z.array(deviceShapeSchema).default([])
      .describe('the deck\'s graphic device above its name: shapes in a 100 × 100 box (y down), drawn as vectors'),
  }).optional().describe('what the back shows besides the deck colour and its name'),
  numbers: z.enum(['band', 'hero']).default('band')
    .describe('where numbered cards show their number: small in the band, or large at the lower left (rules, principles)'),
  categories: z.record(id, z.strictObject({
    colour: cmykSchema,
    mark: markSchema.describe('a shape that tells the category apart in black and white'),
    numbered: z.boolean().default(false).describe('cards of this category carry a number, counted within it'),
  })),
  cards: z.array(z.strictObject({ id, category: id })).min(1),
});

const cardPartFields = {
  question: z.string().min(1).optional().describe('the main question, set large and bold under its label'),
  task: z.string().min(1).optional().describe('what to do, set under its label'),
  text: z.string().min(1).optional().describe('running text (or, on a card without a title, a statement in large type)'),
  items: z.array(z.string().min(1)).min(1).optional().describe('a list, one item per line, numbered in the category colour'),
  prompt: z.string().min(1).optional().describe('a short question to the reader, set last and small'),
  source: z.string().min(1).optional().describe('where the words come from, set small at the foot'),
};

const cardText = z.strictObject({ title: z.string().min(1).optional(), ...cardPartFields })
  .refine((c) => c.text !== undefined || c.question !== undefined || c.items !== undefined, {
    message: 'has no words',
    params: { hint: "add 'text: …' under {path}, or a question: or a list of items:" },
  });

export const languageSchema = z.strictObject({
  deck: z.strictObject({
    title: z.string().min(1),
    subtitle: z.string().optional(),
    attribution: z.string().optional(),
  }),
  categories: z.record(id, z.string().min(1)),
  labels: z.strictObject({
    question: z.string().min(1).optional(),
    task: z.string().min(1).optional(),
  }).optional().describe('the labels over a card\'s question and task (Kernvraag, Opdracht), in this language'),
  prompts: z.record(id, z.string().min(1)).optional()
    .describe('a prompt printed on every card of a category that has none of its own, by category id'),
  cards: z.record(z.string(), cardText),
  poster: z.record(id, z.string().min(1)).optional()
    .describe('headings of the sections of the deck\'s poster, by section id (default: the category label)'),
});

const posterCards = z.union([z.strictObject({ category: id }), z.strictObject({ ids: z.array(id).min(1) })])
  .describe('the cards whose words the section shows: a category, or card ids');
/** What every kind of poster section has. */
const posterSectionBase = {
  id: id.describe('names the section; its heading is `poster: <id>:` in the language files'),
  heading: z.boolean().default(true).describe('set a heading over the section (false: none, e.g. where it would repeat the title)'),
  optional: z.boolean().default(false)
    .describe('left out when the poster is full: fewer words rather than smaller type (the fit report says so)'),
};
/** `list` (the default): the cards' words in columns, one under the other. */
const posterList = z.strictObject({
  ...posterSectionBase,
  kind: z.literal('list').default('list'),
  cards: posterCards,
  show: z.array(z.enum(['number', 'title', 'text'])).min(1).describe('which parts of each card'),
  columns: z.number().int().min(1).max(6).default(1),
});
/** `flow`: the cards in a row, an arrow from each to the next (the phases of a method). */
const posterFlow = z.strictObject({
  ...posterSectionBase,
  kind: z.literal('flow'),
  cards: posterCards,
  show: z.array(z.enum(['number', 'title', 'text'])).min(1).describe('which parts of each card; text is the card\'s main question or text'),
});
/** `grid`: empty cells to write in, the titles of one category as rows by another's as columns. */
const posterGrid = z.strictObject({
  ...posterSectionBase,
  kind: z.literal('grid'),
  rows: z.strictObject({ category: id }).describe('a row per card of this category, its title on a strip across the top of the row'),
  columns: z.strictObject({ category: id }).describe('a column per card of this category, its title over the column'),
  cellMinMm: mm.describe('every cell at least this wide and high (on the layout\'s sheet; it scales with --poster-size)'),
  ruleWidthPt: pt.default(0.75).describe('the cell rules, in the muted colour'),
  rail: z.strictObject({
    widthMm: mm.describe('the rail\'s least width: it takes what the cells, at cellMinMm, leave'),
    sections: z.array(posterList).min(1),
  }).optional().describe('lists beside the grid, at its right'),
});
/** `boxes`: the items of one card's list (its `items` part) as boxes in a row. */
const posterBoxes = z.strictObject({
  ...posterSectionBase,
  kind: z.literal('boxes'),
  card: id.describe('the card whose items are the boxes'),
});
const posterSection = z.union([posterList, posterFlow, posterGrid, posterBoxes]);

export const posterLayoutSchema = z.strictObject({
  description: z.string().optional(),
  deck: id.describe('the deck whose language files give the poster its words'),
  widthMm: mm.describe('the sheet the layout is made for (A2); --poster-size scales everything with the sheet'),
  heightMm: mm,
  marginMm: mm.describe('content inset from the trim line, at least the poster safe zone'),
  safeMm: mm.describe('no text closer than this to the trim line'),
  minBodyPt: pt.describe('body text never shrinks below this: it must read across a room (30 pt on A2: cap height 7.5 mm)'),
  minItemTitlePt: pt.default(40).describe('item titles (a rule\'s or a phase\'s title) never below this'),
  minTitlePt: pt,
  gapMm: z.number().min(0),
  columnGapMm: z.number().min(0),
  title: textStyle,
  subtitle: textStyle,
  heading: textStyle,
  number: textStyle,
  itemTitle: textStyle,
  itemText: textStyle,
  label: textStyle.optional().describe('grid labels, rail entries and boxes (default: itemText in bold)'),
  footer: textStyle.extend({ template: z.string() }),
  logoHeightMm: mm.describe('height of the edition logo in the header band (at least 20 mm on A2)'),
  nameMaxLines: z.number().int().min(1).max(3).default(2)
    .describe('the edition\'s name may wrap to this many lines in the footer before its shortName is used'),
  sections: z.array(posterSection).min(1),
});

/** A colour as CMYK percentages, or as hex (#1b6aa5), which is converted to CMYK with a note. */
export const colourSchema = z.union([cmykSchema, z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a hex colour like #1b6aa5, or CMYK [C, M, Y, K]')])
  .describe('CMYK percentages [C, M, Y, K], or a hex colour like "#1b6aa5" (converted to CMYK)');

/** BCP 47 as kaartwerk takes it (the same as LANGUAGE_CODE in src/typography/languages.ts): tr, pt-BR, sr-Latn. */
const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?$/, 'a language code like tr, pt-BR or sr-Latn (BCP 47)');
const cardWords = z.strictObject({ title: z.string().min(1).optional(), ...cardPartFields });

/** How an edition takes a deck: whole (just its id), or with cards left out, reworded or added. */
export const deckChoiceSchema = z.union([
  id,
  z.strictObject({
    id,
    leaveOut: z.array(id).default([]).describe('card ids this edition leaves out'),
    reword: z.record(id, z.record(languageCode, cardWords)).default({})
      .describe('per card id, per language: a new title, text or other part'),
    add: z.array(z.strictObject({
      id,
      category: id,
      after: id.optional().describe('the card it follows (default: at the end)'),
      texts: z.record(languageCode, cardText).describe('per language: title and text'),
    })).default([]),
  }),
]);

/** A text given once, or per language (`{ nl: …, en: … }`; a language not given prints the Dutch, with a warning). */
const perLanguage = z.union([z.string().min(1), z.record(languageCode, z.string().min(1))]);

export const editionSchema = z.strictObject({
  name: perLanguage.describe('printed on the back of every card and on the posters; one text, or one per language'),
  shortName: perLanguage.optional(),
  logo: z.string().optional().describe('a file in the edition folder: SVG (preferred), PNG or JPEG'),
  logoOnDark: z.string().optional()
    .describe('a variant of the logo for the brand colour (the backs and poster bands): used there instead of logo'),
  colours: z.strictObject({
    brand: colourSchema.describe('the strip at the foot of every back (name and logo) and the poster bands'),
    onBrand: colourSchema.optional().describe('text on the brand colour (default: black)'),
  }).optional(),
  fonts: z.strictObject({ regular: z.string(), bold: z.string(), italic: z.string().optional() }).optional()
    .describe('own fonts: TTF or OTF files in the edition folder'),
  nameOnBacks: z.boolean().default(true)
    .describe('print the name (and logo) in a strip in the brand colour at the foot of every back; the standard edition does not'),
  checks: z.strictObject({
    palette: z.enum(['error', 'warning']).default('error')
      .describe('category colours closer than ΔE 10 (in colour or for colour-blind readers) or text below 4.5 : 1: an error, or only a warning'),
  }).optional().describe('how strictly `kaartwerk check` judges'),
  languages: z.array(languageCode).min(1),
  decks: z.array(deckChoiceSchema).min(1),
  posters: z.array(id).default([]).describe('posters in layouts/posters/ to build'),
});

export const glossarySchema = z.strictObject({
  terms: z.record(id, z.array(z.string().min(1)).min(1).describe('the forms of the term in this language, matched as whole words')),
});

/** kaartwerk's own words that reach paper (and the PDF's title) in a card's language: `languages/<code>.yaml` `words:`. */
const builtInWords = z.strictObject({
  sheet: z.string().min(1).optional().describe('the line on every card sheet: how to print it'),
  tiles: z.strictObject({
    heading: z.string().min(1).optional().describe('the heading of a poster\'s tiles overview page (the poster\'s title follows)'),
    steps: z.array(z.string().min(1)).min(1).optional().describe('how to put the tiles together, one step per item'),
  }).optional(),
  files: z.strictObject({
    cards: z.string().min(1).optional().describe('the title of a print-shop card file, after the deck\'s title: "kaarten, drukbestand"'),
    sheets: z.string().min(1).optional().describe('the title of an office sheets file; {paper} is the paper: "kaarten op {paper}-vellen"'),
    poster: z.string().min(1).optional().describe('the title of a poster\'s print file; {size} is its size: "poster {size}, drukbestand"'),
    tiles: z.string().min(1).optional().describe('the title of a poster on office tiles: "poster {size} op {paper}-tegels"'),
  }).optional().describe('what each output file is, in its title (the PDF\'s document properties, a print shop\'s job list)'),
}).describe('kaartwerk\'s own words in this language (the Dutch ones in nl.yaml are the source); a missing one prints in English, with a warning');

/** A language kaartwerk can set: `languages/<code>.yaml`, named by its BCP 47 code (tr, pt-BR, sr-Latn). */
export const languageRegistrySchema = z.strictObject({
  name: z.string().min(1).describe('the language\'s name in itself (Türkçe)'),
  englishName: z.string().min(1).describe('its name in English (Turkish)'),
  direction: z.enum(['ltr', 'rtl']).default('ltr').describe('rtl: right to left, which kaartwerk cannot set yet'),
  hyphenation: z.string().regex(/^[a-z0-9-]+$/, 'the name of a pattern set, like tr or en-gb, or none')
    .describe('the pattern set of the hyphen package (node_modules/hyphen/patterns/<name>.js), or none'),
  quotes: z.tuple([z.string().min(1), z.string().min(1)], { error: 'two quotation marks, the opening and the closing one: ["„", "”"]' })
    .describe('opening and closing quotation marks that straight quotes become'),
  letters: z.string().describe('the letters beyond basic Latin the language uses: every font must have them'),
  spacedPunctuation: z.boolean().default(false).describe('French: a narrow no-break space before ; : ! ? and inside « »'),
  oneLetterWordsBind: z.boolean().default(false).describe('a one-letter word never ends a line (Polish, Czech, Slovak, Ukrainian)'),
  words: builtInWords.optional(),
});

/**
 * The domain's types are written out in src/model/, for the stages after validation; the schemas must parse
 * to exactly those types. Each line fails `tsc --noEmit` when a schema and its type part ways.
 */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
type Expect<T extends true> = T;
export type SchemasMatchModel = [
  Expect<Equal<z.infer<typeof cmykSchema>, Cmyk>>,
  Expect<Equal<z.infer<typeof colourSchema>, ColourInput>>,
  Expect<Equal<z.infer<typeof markSchema>, Mark>>,
  Expect<Equal<z.infer<typeof deviceShapeSchema>, DeviceShape>>,
  Expect<Equal<z.infer<typeof themeSchema>, Theme>>,
  Expect<Equal<z.infer<typeof formatsSchema>['formats'], Formats>>,
  Expect<Equal<z.infer<typeof formatsSchema>['formats'][string], CardFormat>>,
  Expect<Equal<z.infer<typeof papersSchema>['papers'], Papers>>,
  Expect<Equal<z.infer<typeof papersSchema>['papers'][string], Paper>>,
  Expect<Equal<z.infer<typeof textStyle>, TextStyle>>,
  Expect<Equal<keyof typeof cardPartFields, CardPart>>,
  Expect<Equal<z.infer<typeof cardWords>, CardWords>>,
  Expect<Equal<z.infer<typeof cardText>, CardWords>>,
  Expect<Equal<z.infer<typeof cardLayoutSchema>, CardLayout>>,
  Expect<Equal<z.infer<typeof deckSchema>, DeckDefinition>>,
  Expect<Equal<z.infer<typeof languageSchema>, LanguageFile>>,
  Expect<Equal<z.infer<typeof deckChoiceSchema>, DeckChoice>>,
  Expect<Equal<z.infer<typeof editionSchema>, Edition>>,
  Expect<Equal<z.infer<typeof posterList>, PosterListSection>>,
  Expect<Equal<z.infer<typeof posterSection>, PosterSection>>,
  Expect<Equal<z.infer<typeof posterLayoutSchema>, PosterLayout>>,
];

// the model's types, also under the names the rest of kaartwerk has imported them by
export type { Cmyk, Mark, DeviceShape, Theme, Formats, CardFormat, Papers, Paper, CardLayout, TextStyle, CardPart, DeckDefinition, LanguageFile, Edition, DeckChoice, PosterLayout, PosterSection, PosterListSection };
export type Glossary = z.infer<typeof glossarySchema>;
export type LanguageRegistryFile = z.infer<typeof languageRegistrySchema>;
export type BuiltInWords = z.infer<typeof builtInWords>;

/** The schema of each kind of file, by the name used for its JSON Schema. */
export const fileSchemas = {
  theme: themeSchema,
  formats: formatsSchema,
  papers: papersSchema,
  'card-layout': cardLayoutSchema,
  'poster-layout': posterLayoutSchema,
  deck: deckSchema,
  language: languageSchema,
  edition: editionSchema,
  glossary: glossarySchema,
  'language-registry': languageRegistrySchema,
} as const;
export type FileKind = keyof typeof fileSchemas;
