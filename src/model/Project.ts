import type { Font } from 'fontkit';
import type { SourceRef } from '../diagnostics/Diagnostic.ts';
import type { YamlFile } from '../load/readYamlFile.ts';
import type { Cmyk } from './Colour.ts';
import type { DeckDefinition, LanguageFile } from './Deck.ts';
import type { DeckChoice, Edition } from './Edition.ts';
import type { CardLayout, Formats, Papers } from './Layout.ts';
import type { PosterLayout } from './PosterLayout.ts';
import type { FontRole, Theme } from './Theme.ts';
import type { LogoAsset } from './Logo.ts';
import type { InputSet } from '../input/InputSet.ts';

/** What `load` returns: every file read from disk, nothing checked yet. */
export interface RawProject {
  root: string;
  editionPath: string;
  /** Parsed YAML files by absolute path. */
  yaml: Map<string, YamlFile>;
  /** Files that exist but could not be read as YAML (their errors are already reported). */
  unreadable: Set<string>;
  /** Font files in fonts/ by file name. */
  fontFiles: Map<string, Uint8Array>;
  /** Deck ids found in cards/ (and in an edition's own cards/), with their folder and the languages found. */
  deckFolders: Map<string, DeckFolder>;
  /** The folder of the edition file: its logo, fonts and own decks are inside it. */
  editionDir: string;
  /** Files the edition names (`logo`, `fonts.regular`…), read and checked to lie inside its folder. */
  editionAssets: Map<string, { path: string; bytes: Uint8Array }>;
  cardLayoutNames: string[];
  posterLayoutNames: string[];
  /** Every file and folder listing this build read, with content hashes, and the settings that change the output. */
  inputs: InputSet;
}

export interface DeckFolder {
  dir: string;
  languages: string[];
  /** The deck belongs to the edition (its folder is inside the edition's). */
  own: boolean;
}

/** A validated value and the file it came from, to point back at its lines. */
export interface Located<T> {
  value: T;
  file: YamlFile;
}

export type { FontRole } from './Theme.ts';

export interface FontFace {
  role: FontRole;
  fileName: string;
  bytes: Uint8Array;
  font: Font;
  /** Where the font is chosen (theme or edition), for messages about its glyphs. */
  source?: SourceRef;
}

export type FontSet = Record<FontRole, FontFace>;

export interface Deck {
  id: string;
  definition: Located<DeckDefinition>;
  /** Language files by code; Dutch (`nl`) is the source and is always present in a valid project. */
  languages: Map<string, Located<LanguageFile>>;
  /** Its cards are built (false: loaded only for the words of a poster). */
  build: boolean;
}

export interface Poster {
  id: string;
  layout: Located<PosterLayout>;
}

/** How an edition takes one deck: the deck choice of edition.yaml, normalised, with its place in the list. */
export type DeckChoiceRules = Exclude<DeckChoice, string> & { index: number };

/** What an organisation edition brings beyond its name and selection. */
export interface EditionExtras {
  logo?: LogoAsset;
  colours?: { brand: Cmyk; onBrand?: Cmyk };
  fonts: Partial<Record<FontRole, FontFace>>;
  choices: Map<string, DeckChoiceRules>;
}

/** What `validate` returns: typed content, ready to be resolved. */
export interface Project {
  root: string;
  theme: Located<Theme>;
  formats: Located<{ formats: Formats }>;
  papers: Located<{ papers: Papers }>;
  cardLayouts: Map<string, Located<CardLayout>>;
  edition: Located<Edition> & { id: string } & EditionExtras;
  decks: Deck[];
  posters: Poster[];
  languages: string[];
  fonts: FontSet;
}

export interface BuildOptions {
  root: string;
  editionFile?: string;
  langs?: string[];
  only?: string[];
  format?: string;
  paper: string;
  outDir?: string;
  strict: boolean;
  backOffsetMm: { x: number; y: number };
  /** The posters' sheet: A2 (the default), or A1 or A3, the layout scaled with the sheet. */
  posterSize?: 'a1' | 'a2' | 'a3';
  /** The date written into every PDF (ISO 8601), read from SOURCE_DATE_EPOCH by the CLI; default fixed. */
  documentDate?: string;
  /** Render every file, even those whose inputs did not change. */
  force?: boolean;
  /** `false` (watch only): files are written atomically but not flushed to disk; a save rebuilds them anyway. */
  flushToDisk?: boolean;
  /** Told of each file as it is rendered (progress lines, watch). */
  onRendered?: (path: string, ms: number, pages: number) => void;
}

export const SOURCE_LANGUAGE = 'nl';
