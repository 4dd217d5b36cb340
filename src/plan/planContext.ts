import type { PosterSize } from '../layout/layoutProject.ts';
import type { Paper } from '../model/PrintPlan.ts';
import type { BuildOptions, FontSet, Project } from '../model/Project.ts';
import { DEFAULT_DOCUMENT_DATE } from '../model/documentDate.ts';
import type { Cmyk } from '../model/Colour.ts';

/** What every file's plan is decided from: the project's papers, colours and fonts and the build options, read once. */
export interface PlanContext {
  /** Every paper of papers.yaml, by id. */
  papers: Record<string, Paper>;
  /** The office sheets' paper (`--paper`). */
  paperId: string;
  posterSize: PosterSize;
  backOffsetMm: { x: number; y: number };
  /** The date in every PDF (ISO 8601). */
  date: string;
  colours: { text: Cmyk; registration: Cmyk };
  /** For the words the plan lays out: the line on the sheets, the tiles overview. */
  fonts: FontSet;
  /** The author of a file: the organisation of an own edition, or the source of the standard one. */
  author: (editionName: string, attribution?: string) => string | undefined;
}

export function planContext(project: Project, options: BuildOptions): PlanContext {
  const theme = project.theme.value;
  return {
    papers: project.papers.value.papers,
    paperId: options.paper,
    posterSize: options.posterSize ?? 'a2',
    backOffsetMm: options.backOffsetMm,
    date: options.documentDate ?? DEFAULT_DOCUMENT_DATE,
    colours: { text: theme.colours.text, registration: theme.colours.registration },
    fonts: project.fonts,
    author: (editionName, attribution) => (project.edition.id === 'default' ? attribution || undefined : editionName),
  };
}
