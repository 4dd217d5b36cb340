import type { PdfFile } from './pdfFile.ts';
import { nameOf, type PdfDict, PdfReadError, type PdfValue } from './pdfValues.ts';

/** Entries a page takes from its ancestors in the page tree when it does not have them itself (7.7.3.4). */
const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate'] as const;

export interface PdfPage {
  /** The page object itself (TrimBox, BleedBox, Contents … are read from it, not inherited). */
  dict: PdfDict;
  /** Its inheritable entries, its own or an ancestor's. */
  inherited: Partial<Record<(typeof INHERITED)[number], PdfValue>>;
}

/** Every page in order, walking /Kids from the catalog's /Pages. */
export function readPages(pdf: PdfFile): PdfPage[] {
  const root = pdf.dict(pdf.catalog.get('Pages'));
  if (!root) throw new PdfReadError('the document has no page tree (/Pages)');
  const pages: PdfPage[] = [];
  const visited = new Set<PdfDict>();
  const walk = (node: PdfDict, inherited: PdfPage['inherited']) => {
    if (visited.has(node)) throw new PdfReadError('the page tree has a loop');
    visited.add(node);
    const own = { ...inherited };
    for (const key of INHERITED) {
      const value = node.get(key);
      if (value !== undefined) own[key] = value;
    }
    const kids = pdf.array(node.get('Kids'));
    if (nameOf(node.get('Type')) === 'Page' || !kids) {
      pages.push({ dict: node, inherited: own });
      return;
    }
    for (const kid of kids) {
      const child = pdf.dict(kid);
      if (child) walk(child, own);
    }
  };
  walk(root, {});
  return pages;
}

/** A rectangle [x0 y0 x1 y1] as its lower-left and upper-right corners (7.9.5: any two opposite corners may be given). */
export function readRectangle(pdf: PdfFile, value: PdfValue | undefined): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const numbers = pdf.array(value)?.map((n) => pdf.resolve(n));
  if (numbers?.length !== 4 || !numbers.every((n): n is number => typeof n === 'number')) return undefined;
  const [a = 0, b = 0, c = 0, d = 0] = numbers;
  return { x0: Math.min(a, c), y0: Math.min(b, d), x1: Math.max(a, c), y1: Math.max(b, d) };
}
