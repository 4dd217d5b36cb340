import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/Diagnostic.ts';

/** A diagnostic as the studio shows it: in plain words, beside the field it is about. */
export interface StudioMessage {
  severity: Diagnostic['severity'];
  text: string;
  hint?: string;
}

export interface PlacedMessages {
  /** By field key: `name`, `logo`, `brand`, `card:<deck>:<card>`, `reword:<deck>:<card>:<lang>`… */
  fields: Record<string, StudioMessage[]>;
  /** About the edition as a whole, or a field the page does not show. */
  general: StudioMessage[];
  /** Warnings and notes about the standard decks themselves: nothing the edition can change. */
  background: StudioMessage[];
}

/**
 * Puts each diagnostic of a check or build beside the studio field it is about: the place in
 * edition.yaml it points at gives the field; a few messages from other files name the edition's name.
 */
export function placeDiagnostics(diagnostics: readonly Diagnostic[], editionFile: string, editionText: string): PlacedMessages {
  const placed: PlacedMessages = { fields: {}, general: [], background: [] };
  const counter = new LineCounter();
  const doc = parseDocument(editionText, { lineCounter: counter });
  const editionDir = path.dirname(editionFile);
  const seen = new Set<string>();
  for (const d of diagnostics) {
    const message: StudioMessage = { severity: d.severity, text: plainWords(d.message), ...(d.hint ? { hint: plainWords(d.hint) } : {}) };
    let key: string | undefined;
    if (d.source && path.resolve(d.source.file) === path.resolve(editionFile)) {
      const offset = (counter.lineStarts[d.source.line - 1] ?? 0) + d.source.col - 1;
      key = fieldOf(pathAt(doc.contents, offset), doc.toJS() as Record<string, unknown>);
    } else if (/\bedition name\b|\bthe name\b.*\bback\b/i.test(`${d.message} ${d.hint ?? ''}`)) {
      key = 'name';
    } else if (/\blogo\b/i.test(d.message)) {
      key = 'logo';
    }
    const outside = d.source && !path.resolve(d.source.file).startsWith(editionDir + path.sep);
    const dedupe = `${key ?? ''}|${d.severity}|${message.text}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    if (key && key !== 'general') (placed.fields[key] ??= []).push(message);
    else if (outside && d.severity !== 'error') placed.background.push(message);
    else placed.general.push(message);
  }
  return placed;
}

/** The YAML path of the deepest node at `offset`. */
function pathAt(node: unknown, offset: number, trail: (string | number)[] = []): (string | number)[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const keyRange = (pair.key as Node | null)?.range;
      const valueRange = (pair.value as Node | null)?.range;
      if (keyRange && offset >= keyRange[0] && offset <= keyRange[1]) return [...trail, key];
      if (valueRange && offset >= valueRange[0] && offset <= valueRange[2]) return pathAt(pair.value, offset, [...trail, key]);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const range = (item as Node).range;
      if (range && offset >= range[0] && offset <= range[2]) trail = pathAt(item, offset, [...trail, i]);
    });
  }
  return trail;
}

/** The field key for a YAML path in edition.yaml. */
function fieldOf(at: (string | number)[], data: Record<string, unknown>): string {
  const [top, index, kind, a, b] = at;
  if (top === 'name' || top === 'shortName' || top === 'languages' || top === 'posters') return String(top);
  if (top === 'logo' || top === 'logoOnDark') return 'logo';
  if (top === 'colours') return index === 'onBrand' ? 'onBrand' : 'brand';
  if (top === 'decks') {
    const choice = typeof index === 'number' ? (data.decks as unknown[] | undefined)?.[index] : undefined;
    const deck = typeof choice === 'string' ? choice : String((choice as { id?: unknown } | undefined)?.id ?? '');
    if (!deck) return 'decks';
    if (kind === 'leaveOut' && typeof a === 'number') return `card:${deck}:${((choice as { leaveOut?: string[] }).leaveOut ?? [])[a] ?? ''}`;
    if (kind === 'reword' && a !== undefined) return b === undefined ? `card:${deck}:${a}` : `reword:${deck}:${a}:${b}`;
    if (kind === 'add') return `add:${deck}`;
    return `deck:${deck}`;
  }
  return 'general';
}

/** The CLI's words, with the jargon a communications officer does not need explained. */
export function plainWords(text: string): string {
  return text
    .replace(/\(FOGRA39, ΔE2000 ([\d.]+)\)/g, (_, d: string) => `(as the press prints it; ${Number(d) < 2.5 ? 'a difference you will not see' : `a colour difference of ${d}`})`)
    .replace(/\(FOGRA39\)/g, '(on a standard offset press)')
    .replace(/ΔE2000 ([\d.]+) from it/g, 'a colour difference of $1')
    .replace(/\bΔE(2000)? ?/g, 'colour difference ')
    .replace(/\b(\d+) ppi\b/g, '$1 pixels per inch')
    .replace(/\bppi\b/g, 'pixels per inch')
    .replace(/\bedition\.yaml\b/g, 'the edition file');
}
