import type { PdfBox } from './inspectPdf.ts';

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

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

interface State { ctm: Matrix; fill?: number[]; stroke?: number[]; overprintFill: boolean; overprintStroke: boolean }

/**
 * Follows the graphics state of a content stream far enough for a print shop's questions: which CMYK
 * colours are painted, where rectangles are filled, where and how large text is set, and whether it
 * overprints. `overprintOf(name)` tells what an ExtGState sets (op and OP).
 */
export function tracePaint(tokens: Iterable<{ type: 'operand' | 'operator'; value: string }>, overprintOf: (name: string) => { fill?: boolean; stroke?: boolean }): Paint[] {
  const paints: Paint[] = [];
  const stack: State[] = [];
  let state: State = { ctm: [1, 0, 0, 1, 0, 0], overprintFill: false, overprintStroke: false };
  let fillSpace = 'DeviceGray';
  let strokeSpace = 'DeviceGray';
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
      case 'cs': fillSpace = operands[0]?.slice(1) ?? fillSpace; break;
      case 'CS': strokeSpace = operands[0]?.slice(1) ?? strokeSpace; break;
      case 'k': state.fill = n; break;
      case 'K': state.stroke = n; break;
      case 'g': case 'rg': state.fill = undefined; break;
      case 'G': case 'RG': state.stroke = undefined; break;
      case 'sc': case 'scn': state.fill = fillSpace === 'DeviceCMYK' && n.length === 4 ? n : undefined; break;
      case 'SC': case 'SCN': state.stroke = strokeSpace === 'DeviceCMYK' && n.length === 4 ? n : undefined; break;
      case 'gs': {
        const set = overprintOf(operands[0]?.slice(1) ?? '');
        if (set.stroke !== undefined) state.overprintStroke = set.stroke;
        // op defaults to OP when a state sets only OP
        if (set.fill !== undefined) state.overprintFill = set.fill;
        else if (set.stroke !== undefined) state.overprintFill = set.stroke;
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
