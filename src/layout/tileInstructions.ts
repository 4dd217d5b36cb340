/**
 * The built-in words of the office files, per language (English where a language has none yet): the tiles
 * overview page of a poster, and the line on every card sheet.
 */
export const TILE_INSTRUCTIONS: Record<string, { heading: string; steps: string[]; sheet: string }> = {
  nl: {
    heading: 'Poster in delen',
    steps: [
      'Druk af op ware grootte (100%, niet „aanpassen aan pagina”).',
      'Knip elk deel langs de stippellijn links en boven.',
      'Leg de delen op volgorde, 1 linksboven, en plak elk deel over het aangrenzende deel, met de geknipte rand op de doorgetrokken lijn.',
    ],
    sheet: 'Dubbelzijdig afdrukken, spiegelen over de lange kant, op ware grootte (100%). Knip langs de snijtekens.',
  },
  en: {
    heading: 'Poster in tiles',
    steps: [
      'Print at actual size (100%, not ‘fit to page’).',
      'Cut each tile along the dashed line on its left and top edges.',
      'Lay the tiles out in order, 1 at the top left, and glue each tile over its neighbour so that its cut edge lies on the solid line.',
    ],
    sheet: 'Print double-sided, flip on the long edge, at actual size (100%). Cut along the crop marks.',
  },
  fr: {
    heading: 'Affiche à assembler',
    steps: [
      'Imprimez en taille réelle (100\u202f%, pas «\u202fajuster à la page\u202f»).',
      'Découpez chaque morceau le long du pointillé à gauche et en haut.',
      'Disposez les morceaux dans l’ordre, 1 en haut à gauche, et collez chacun sur son voisin, le bord découpé sur le trait plein.',
    ],
    sheet: 'Imprimez en recto verso, retournement sur le bord long, en taille réelle (100\u202f%). Découpez selon les traits de coupe.',
  },
  de: {
    heading: 'Poster zum Zusammensetzen',
    steps: [
      'In Originalgröße drucken (100\u00a0%, nicht „an Seite anpassen“).',
      'Jedes Teil links und oben an der gestrichelten Linie abschneiden.',
      'Die Teile der Reihe nach auslegen, 1 oben links, und jedes auf den Nachbarn kleben, die Schnittkante auf der durchgezogenen Linie.',
    ],
    sheet: 'Beidseitig drucken, an der langen Kante spiegeln, in Originalgröße (100\u00a0%). An den Schnittmarken schneiden.',
  },
};

/** The words for a language, English for a language without its own. */
export function instructionsFor(lang: string): (typeof TILE_INSTRUCTIONS)[string] {
  return TILE_INSTRUCTIONS[lang] ?? TILE_INSTRUCTIONS.en!;
}
