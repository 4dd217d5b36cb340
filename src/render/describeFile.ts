/** What each kind of file is, in the file's language (English for a language not listed). */
const KINDS: Record<string, Record<'cards' | 'sheets' | 'poster' | 'tiles', (paper: string) => string>> = {
  nl: { cards: () => 'kaarten, drukbestand', sheets: (p) => `kaarten op ${p}-vellen`, poster: () => 'poster A2, drukbestand', tiles: (p) => `poster A2 op ${p}-tegels` },
  en: { cards: () => 'cards, print file', sheets: (p) => `cards on ${p} sheets`, poster: () => 'A2 poster, print file', tiles: (p) => `A2 poster on ${p} tiles` },
  de: { cards: () => 'Karten, Druckdatei', sheets: (p) => `Karten auf ${p}-Bögen`, poster: () => 'Poster A2, Druckdatei', tiles: (p) => `Poster A2 auf ${p}-Kacheln` },
  fr: { cards: () => 'cartes, fichier d’impression', sheets: (p) => `cartes sur feuilles ${p}`, poster: () => 'affiche A2, fichier d’impression', tiles: (p) => `affiche A2 en tuiles ${p}` },
};

/**
 * The title of an output file, distinct per file and per edition, as a print shop's job list shows it:
 * "SWAN — kaarten, drukbestand (nl), Gemeente Voorbeeld".
 */
export function describeFile(kind: 'cards' | 'sheets' | 'poster' | 'tiles', what: { title: string; lang: string; editionName: string; paper?: string }): string {
  const labels = KINDS[what.lang] ?? KINDS.en!;
  return `${what.title} — ${labels[kind]((what.paper ?? 'a4').toUpperCase())} (${what.lang}), ${what.editionName}`;
}
