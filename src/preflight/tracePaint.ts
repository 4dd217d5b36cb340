import type { PdfBox } from './inspectPdf.ts';
import type { Token } from './tokenizeContent.ts';

/** One thing painted on a page in process colour: a filled rectangle, another fill or stroke, or text. */
export interface Paint {
  kind: 'rect' | 'path' | 'text';
  /** The CMYK fill (or stroke) as fractions 0–1; undefined when painted in a spot colour or grey. */
  cmyk?: number[];
  /** Rectangles: where, in page coordinates (points, y up). Text: a point at its origin. */
  box?: PdfBox;
  sizePt?: number;
  overprint: boolean;
}

export type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

interface State { ctm: Matrix; fill?: number[]; stroke?: number[]; fillSpace: string; strokeSpace: string; overprintFill: boolean; overprintStroke: boolean }

/** What a content stream's names stand for: its graphics states, and its form XObjects, which are followed. */
export interface PaintNames {
  /** What an ExtGState sets (op and OP). */
  overprintOf(name: string): { fill?: boolean; stroke?: boolean };
  /** A form XObject: its content, its matrix, and the names of its own resources; undefined for anything else. */
  formOf?(name: string): { tokens: readonly Token[]; matrix: Matrix; names: PaintNames } | undefined;
}

/** Forms inside forms followed this deep: deeper (or a form that draws itself) is left unread. */
const MAX_FORM_DEPTH = 8;
const START: State = { ctm: [1, 0, 0, 1, 0, 0], fillSpace: 'DeviceGray', strokeSpace: 'DeviceGray', overprintFill: false, overprintStroke: false };

/**
 * Follows the graphics state of a content stream far enough for a print shop's questions: which CMYK
 * colours are painted, where rectangles are filled, where and how large text is set, and whether it
 * overprints. A form XObject painted with `Do` is followed as if its content stood there, in the state
 * of the moment (a card back drawn once and placed behind every card counts on every page it shows).
 */
export function tracePaint(tokens: Iterable<Token>, names: PaintNames, start: State = START, depth = 0): Paint[] {
  const paints: Paint[] = [];
  const stack: State[] = [];
  let state: State = { ...start };
  let rects: [number, number, number, number][] = [];
  let textMatrix: Matrix = [1, 0, 0, 1, 0, 0];
  let fontSize = 0;
  let operands: string[] = [];
  const nums = () => operands.map(Number);
  for (const token of tokens) {
    if (token.type === 'operand') { operands.push(token.value); continue; }
    const n = nums();
    switch (token.value) {
      case 'q': stack.push({ ...state }); break;
      case 'Q': state = stack.pop() ?? state; break;
      case 'cm': if (n.length === 6) state.ctm = multiply(n as Matrix, state.ctm); break;
      case 'cs': state.fillSpace = operands[0]?.slice(1) ?? state.fillSpace; break;
      case 'CS': state.strokeSpace = operands[0]?.slice(1) ?? state.strokeSpace; break;
      case 'k': state.fill = n; break;
      case 'K': state.stroke = n; break;
      case 'g': case 'rg': state.fill = undefined; break;
      case 'G': case 'RG': state.stroke = undefined; break;
      case 'sc': case 'scn': state.fill = state.fillSpace === 'DeviceCMYK' && n.length === 4 ? n : undefined; break;
      case 'SC': case 'SCN': state.stroke = state.strokeSpace === 'DeviceCMYK' && n.length === 4 ? n : undefined; break;
      case 'gs': {
        const set = names.overprintOf(operands[0]?.slice(1) ?? '');
        if (set.stroke !== undefined) state.overprintStroke = set.stroke;
        // op defaults to OP when a state sets only OP
        if (set.fill !== undefined) state.overprintFill = set.fill;
        else if (set.stroke !== undefined) state.overprintFill = set.stroke;
        break;
      }
      case 'Do': {
        const form = depth < MAX_FORM_DEPTH ? names.formOf?.(operands[0]?.slice(1) ?? '') : undefined;
        if (form) paints.push(...tracePaint(form.tokens, form.names, { ...state, ctm: multiply(form.matrix, state.ctm) }, depth + 1));
        break;
      }
      case 're': if (n.length === 4) rects.push(n as [number, number, number, number]); break;
      case 'f': case 'F': case 'f*': case 'B': case 'B*': case 'b': case 'b*': {
        if (rects.length === 1 && state.ctm[1] === 0 && state.ctm[2] === 0) {
          const [x, y, w, h] = rects[0]!;
          const [ax, ay] = apply(state.ctm, x, y);
          const [bx, by] = apply(state.ctm, x + w, y + h);
          paints.push({ kind: 'rect', cmyk: state.fill, box: { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) }, overprint: state.overprintFill });
        } else paints.push({ kind: 'path', cmyk: state.fill, overprint: state.overprintFill });
        if (/^[Bb]/.test(token.value)) paints.push({ kind: 'path', cmyk: state.stroke, overprint: state.overprintStroke });
        rects = [];
        break;
      }
      case 'S': case 's': paints.push({ kind: 'path', cmyk: state.stroke, overprint: state.overprintStroke }); rects = []; break;
      case 'n': rects = []; break;
      case 'BT': textMatrix = [1, 0, 0, 1, 0, 0]; break;
      case 'Tm': if (n.length === 6) textMatrix = n as Matrix; break;
      case 'Td': case 'TD': if (n.length === 2) textMatrix = multiply([1, 0, 0, 1, n[0]!, n[1]!], textMatrix); break;
      case 'Tf': fontSize = n[1] ?? fontSize; break;
      case 'Tj': case 'TJ': case "'": case '"': {
        const m = multiply(textMatrix, state.ctm);
        const [x, y] = apply(m, 0, 0);
        const sizePt = Math.abs(fontSize) * Math.hypot(m[2], m[3]);
        paints.push({ kind: 'text', cmyk: state.fill, box: { x0: x, y0: y, x1: x, y1: y }, sizePt, overprint: state.overprintFill });
        break;
      }
    }
    operands = [];
  }
  return paints;
}
