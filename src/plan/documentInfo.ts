import type { FileKindWord } from '../layout/tileInstructions.ts';
import type { DocumentInfo } from '../model/PrintPlan.ts';
import { describeFile } from './describeFile.ts';
import type { PlanContext } from './planContext.ts';

export interface AboutFile {
  title: string;
  lang: string;
  editionName: string;
  attribution?: string;
  paper?: string;
  size?: string;
}

/** A file's metadata: its title (what it is, in its language), language, author and date; print files are PDF/X. */
export function documentInfo(kind: FileKindWord, about: AboutFile, context: PlanContext, printFile = false): DocumentInfo {
  const { attribution, ...what } = about;
  const info: DocumentInfo = { date: context.date, title: describeFile(kind, what), lang: about.lang, author: context.author(about.editionName, attribution) };
  return printFile ? { ...info, printFile } : info;
}
