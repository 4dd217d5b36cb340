import type { BuildOptions } from '../model/Project.ts';

/**
 * The build options that change what a build makes, as the input layer records them (InputSet.setting):
 * the selection, format, papers, strictness and the document date (from SOURCE_DATE_EPOCH, read once by
 * the CLI). Where files go (`outDir`), `force` and callbacks change no output and are left out.
 */
export function outputSettings(options: BuildOptions): Record<string, unknown> {
  const { langs, only, format, paper, strict, backOffsetMm, posterSize, documentDate, editionFile } = options;
  return { editionFile, langs, only, format, paper, strict, backOffsetMm, posterSize, documentDate };
}
