/** A file a build produces, complete in memory before anything is written. */
export interface OutputFile {
  /** Relative to the edition's output folder, e.g. `nl/gouden-regels.cards.pdf`. */
  path: string;
  bytes: Uint8Array;
  kind: 'cards' | 'sheets' | 'poster' | 'tiles';
  deck: string;
  lang: string;
  pages: number;
  /** What the file is made from (see contentHash): unchanged inputs, unchanged file. */
  contentHash: string;
  /** The same per page, for redrawing only the previews of pages that changed. */
  pageHashes?: string[];
}

export interface ManifestEntry {
  path: string;
  sha256: string;
  bytes: number;
  pages: number;
  kind: OutputFile['kind'];
  deck: string;
  languages: string[];
  contentHash: string;
}

export interface Manifest {
  edition: string;
  files: ManifestEntry[];
  warnings: string[];
}
