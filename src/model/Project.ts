import type { Font } from 'fontkit';
import type { YamlFile } from '../load/readYamlFile.ts';
import type { CardLayout, DeckDefinition, Edition, Formats, LanguageFile, Papers, PosterLayout, Theme } from '../validate/schemas.ts';

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
  /** Deck ids found in cards/, with the language codes of the files found in each. */
  deckFolders: Map<string, string[]>;
  cardLayoutNames: string[];
  posterLayoutNames: string[];
}

/** A validated value and the file it came from, to point back at its lines. */
export interface Located<T> {
  value: T;
  file: YamlFile;
}

export type FontRole = 'regular' | 'bold' | 'italic';

export interface FontFace {
  role: FontRole;
  fileName: string;
  bytes: Uint8Array;
  font: Font;
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

/** What `validate` returns: typed content, ready to be resolved. */
export interface Project {
  root: string;
  theme: Located<Theme>;
  formats: Located<{ formats: Formats }>;
  papers: Located<{ papers: Papers }>;
  cardLayouts: Map<string, Located<CardLayout>>;
  edition: Located<Edition> & { id: string };
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
}

export const SOURCE_LANGUAGE = 'nl';
