import path from 'node:path';
import type { CardLayout, Formats, Papers } from '../model/Layout.ts';
import type { Located, RawProject } from '../model/Project.ts';
import type { Theme } from '../model/Theme.ts';
import { cardLayoutSchema, formatsSchema, papersSchema, themeSchema } from './schemas.ts';
import type { Check } from './validateDeck.ts';

export interface Layouts {
  theme?: Located<Theme>;
  formats?: Located<{ formats: Formats }>;
  papers?: Located<{ papers: Papers }>;
  cardLayouts: Map<string, Located<CardLayout>>;
}

/** The files of layouts/ every deck depends on: the theme, the card formats, the papers and the card layouts. */
export function validateLayouts(raw: RawProject, check: Check): Layouts {
  const layouts = path.join(raw.root, 'layouts');
  const theme = check(path.join(layouts, 'theme.yaml'), themeSchema);
  const formats = check(path.join(layouts, 'formats.yaml'), formatsSchema);
  const papers = check(path.join(layouts, 'papers.yaml'), papersSchema);
  const cardLayouts = new Map<string, Located<CardLayout>>();
  for (const name of raw.cardLayoutNames) {
    const layout = check(path.join(layouts, 'cards', `${name}.yaml`), cardLayoutSchema);
    if (layout) cardLayouts.set(name, layout);
  }
  return { theme, formats, papers, cardLayouts };
}
