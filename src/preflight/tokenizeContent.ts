/** A PDF content-stream operand (as text) or operator, enough to follow colour and line-width operators. */
export type Token = { type: 'operand'; value: string } | { type: 'operator'; value: string };

const DELIMITERS = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;

/**
 * Splits a decoded content stream into operands and operators. Strings (literal and hex), arrays and
 * dictionaries are single operands, so text that happens to read "rg" is never taken for an operator.
 * Inline image data (between ID and EI) is skipped.
 */
export function tokenizeContent(bytes: Uint8Array): Token[] {
  const tokens: Token[] = [];
  const text = Buffer.from(bytes).toString('latin1');
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWhite(c)) { i++; continue; }
    const ch = text[i]!;
    if (ch === '%') { while (i < n && text[i] !== '\n' && text[i] !== '\r') i++; continue; }
    if (ch === '(') {
      let depth = 0;
      const start = i;
      for (; i < n; i++) {
        const k = text[i];
        if (k === '\\') { i++; continue; }
        if (k === '(') depth++;
        else if (k === ')' && --depth === 0) { i++; break; }
      }
      tokens.push({ type: 'operand', value: text.slice(start, i) });
      continue;
    }
    if (ch === '<' && text[i + 1] === '<') { const start = i; i = skipNested(text, i, '<<', '>>'); tokens.push({ type: 'operand', value: text.slice(start, i) }); continue; }
    if (ch === '<') { const end = text.indexOf('>', i); i = end < 0 ? n : end + 1; tokens.push({ type: 'operand', value: '<hex>' }); continue; }
    if (ch === '[') { const start = i; i = skipNested(text, i, '[', ']'); tokens.push({ type: 'operand', value: text.slice(start, i) }); continue; }
    if (ch === '/') {
      const start = i++;
      while (i < n && !isWhite(text.charCodeAt(i)) && !DELIMITERS.has(text[i]!)) i++;
      tokens.push({ type: 'operand', value: text.slice(start, i) });
      continue;
    }
    const start = i;
    while (i < n && !isWhite(text.charCodeAt(i)) && !DELIMITERS.has(text[i]!)) i++;
    if (i === start) { i++; continue; }
    const word = text.slice(start, i);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null') {
      tokens.push({ type: 'operand', value: word });
    } else {
      tokens.push({ type: 'operator', value: word });
      if (word === 'ID') {
        const end = text.indexOf('EI', i);
        i = end < 0 ? n : end + 2;
      }
    }
  }
  return tokens;
}

function skipNested(text: string, i: number, open: string, close: string): number {
  let depth = 0;
  while (i < text.length) {
    if (text[i] === '(') {
      // a string inside an array: skip it whole
      let d = 0;
      for (; i < text.length; i++) {
        if (text[i] === '\\') { i++; continue; }
        if (text[i] === '(') d++;
        else if (text[i] === ')' && --d === 0) { i++; break; }
      }
      continue;
    }
    if (text.startsWith(open, i)) { depth++; i += open.length; continue; }
    if (text.startsWith(close, i)) { depth--; i += close.length; if (depth === 0) return i; continue; }
    i++;
  }
  return i;
}
