import type { FitReportRow } from '../pipeline.ts';

/**
 * The fit report for translators: every card face and language with the text size used, tightest first.
 * A card "at the floor" cannot take one more word; "tight" shrank more than a tenth.
 */
export function formatFitReport(edition: string, rows: readonly FitReportRow[]): string {
  const sorted = [...rows].sort((a, b) => a.sizePt / a.preferredSizePt - b.sizePt / b.preferredSizePt || b.fill - a.fill
    || a.deck.localeCompare(b.deck) || a.lang.localeCompare(b.lang) || a.card.localeCompare(b.card));
  const header = ['deck', 'lang', 'card', 'field', 'size', 'asked', 'fill', 'note', 'paragraphs'];
  const table = [header, ...sorted.map((r) => [
    r.deck, r.lang, r.card, r.field, `${r.sizePt.toFixed(1)} pt`, `${r.preferredSizePt.toFixed(1)} pt`, `${Math.round(r.fill * 100)} %`, fitNote(r), paragraphs(r),
  ])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  const lines = table.map((row) => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
  const atFloor = rows.filter((r) => fitNote(r) === 'at the floor').length;
  const tight = rows.filter((r) => fitNote(r) === 'tight').length;
  return [
    `Fit report, edition ${edition}: ${rows.length} card faces and posters; ${atFloor} at the floor, ${tight} tight.`,
    'size: the text size used; asked: the size the layout asks for; the text never shrinks below the floor',
    `(${rows[0]?.minSizePt ?? 7} pt). fill: how much of the space for text it takes. Tightest first.`,
    'paragraphs: each paragraph as lines/hyphens, by field (text 4/0 3/1: two paragraphs, the second with one hyphen).',
    '',
    ...lines,
    '',
  ].join('\n');
}

/** Every paragraph of the face as lines/hyphens, grouped by field: `title 2/0 · text 4/0 3/1`. */
function paragraphs(r: FitReportRow): string {
  const byField = new Map<string, string[]>();
  for (const p of r.paragraphs) byField.set(p.field, [...(byField.get(p.field) ?? []), `${p.lines}/${p.hyphens}`]);
  return [...byField].map(([field, counts]) => `${field} ${counts.join(' ')}`).join(' · ');
}

/** A card "at the floor" has no room left; "tight" shrank by more than a tenth (posters: at most 18 pt). */
export function fitNote(r: Pick<FitReportRow, 'sizePt' | 'preferredSizePt' | 'minSizePt'>): string {
  if (r.sizePt <= r.minSizePt + 0.01) return 'at the floor';
  if (r.sizePt < r.preferredSizePt * 0.9) return 'tight';
  return '';
}
