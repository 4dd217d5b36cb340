/** The words of a tiles overview page, per language (English where a language has none yet). */
export const TILE_INSTRUCTIONS: Record<string, { heading: string; steps: string[] }> = {
  nl: {
    heading: 'Poster in delen',
    steps: [
      'Druk af op ware grootte (100%, niet „aanpassen aan pagina”).',
      'Knip elk deel langs de stippellijn links en boven.',
      'Leg de delen op volgorde, 1 linksboven, en plak elk deel over het aangrenzende deel, met de geknipte rand op de doorgetrokken lijn.',
    ],
  },
  en: {
    heading: 'Poster in tiles',
    steps: [
      'Print at actual size (100%, not ‘fit to page’).',
      'Cut each tile along the dashed line on its left and top edges.',
      'Lay the tiles out in order, 1 at the top left, and glue each tile over its neighbour so that its cut edge lies on the solid line.',
    ],
  },
  fr: {
    heading: 'Affiche à assembler',
    steps: [
      'Imprimez en taille réelle (100\u202f%, pas «\u202fajuster à la page\u202f»).',
      'Découpez chaque morceau le long du pointillé à gauche et en haut.',
      'Disposez les morceaux dans l’ordre, 1 en haut à gauche, et collez chacun sur son voisin, le bord découpé sur le trait plein.',
    ],
  },
  de: {
    heading: 'Poster zum Zusammensetzen',
    steps: [
      'In Originalgröße drucken (100\u00a0%, nicht „an Seite anpassen“).',
      'Jedes Teil links und oben an der gestrichelten Linie abschneiden.',
      'Die Teile der Reihe nach auslegen, 1 oben links, und jedes auf den Nachbarn kleben, die Schnittkante auf der durchgezogenen Linie.',
    ],
  },
};
