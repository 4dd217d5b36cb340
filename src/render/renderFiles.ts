import type { OutputFile } from '../model/Output.ts';
import type { FontSet } from '../model/Project.ts';
import type { HashedFile } from '../output/hashFiles.ts';
import { pageHashes } from '../output/contentHash.ts';
import { VERSION } from '../version.ts';
import { renderPdf } from './renderPdf.ts';

/** `render`: every file but those kept unchanged, drawn as PDF in memory; `onRendered` hears of each. */
export async function renderFiles(files: readonly HashedFile[], fonts: FontSet, unchanged: ReadonlySet<string>,
  onRendered?: (path: string, ms: number, pages: number) => void): Promise<OutputFile[]> {
  const rendered: OutputFile[] = [];
  for (const file of files) {
    if (unchanged.has(file.path)) continue;
    const { document, ...meta } = file;
    const started = performance.now();
    const bytes = await renderPdf(document, fonts, { contentId: file.contentHash });
    onRendered?.(file.path, performance.now() - started, document.pages.length);
    rendered.push({ ...meta, pages: document.pages.length, bytes, pageHashes: pageHashes(document, fonts, VERSION) });
  }
  return rendered;
}
