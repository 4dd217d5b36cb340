import { isMap, isScalar, isSeq, parseDocument, stringify, type Node } from 'yaml';

type Path = readonly (string | number)[];

/**
 * Sets the string at `path` in YAML `text`, touching nothing else: the file is read with the yaml Document
 * API and only the changed value (or the new key, added at the end of its mapping) is rewritten in the
 * text, so that comments, order, quoting and the line breaks of every other value stay as the translator
 * wrote them (re-serialising the whole document would reflow every folded text).
 */
export function setYamlString(text: string, path: Path, value: string): string {
  const doc = parseDocument(text);
  const found = doc.getIn(path, true) as Node | undefined;
  if (isScalar(found) && found.range) {
    const [start, end] = found.range;
    const column = columnOf(text, start);
    const ownLine = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trim();
    // a block scalar's lines are indented from the key's (or the dash's) column
    const indent = ownLine.startsWith('-') ? column : indentOf(text, start) + 2;
    let rendered = renderValue(value, indent);
    if (text.slice(start, end).endsWith('\n') && !rendered.endsWith('\n')) rendered += '\n';
    if (!text.slice(start, end).endsWith('\n') && rendered.endsWith('\n')) rendered = rendered.slice(0, -1);
    return text.slice(0, start) + rendered + text.slice(end);
  }
  // an empty file (comments only): the path as a block at its end
  if (doc.contents === null && typeof path[0] === 'string') {
    return (text === '' || text.endsWith('\n') ? text : `${text}\n`) + blockOf(path, value, 0);
  }
  // the deepest mapping on the path that exists: the rest is added under it as a block
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const parent = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (!isMap(parent) && !isSeq(parent)) continue;
    if (parent.flow || !parent.range || parent.items.length === 0) break;
    const rest = path.slice(depth);
    const first = parent.items[0] as { key?: Node; range?: [number, number, number] } | Node;
    const firstStart = isMap(parent) ? ((first as { key?: Node }).key?.range?.[0] ?? 0) : lineStartOf(text, (first as Node).range?.[0] ?? 0);
    const column = isMap(parent) ? columnOf(text, firstStart) : columnOf(text, text.indexOf('-', firstStart));
    let block: string;
    if (isSeq(parent)) {
      if (rest.length !== 1 || rest[0] !== parent.items.length) break;
      block = `${' '.repeat(column)}- ${renderValue(value, column + 2).replace(/\n$/, '')}\n`;
    } else {
      block = blockOf(rest, value, column);
    }
    const end = parent.range[1];
    const at = text.slice(0, end).endsWith('\n') ? end : (text.indexOf('\n', end) + 1 || text.length);
    const before = text.slice(0, at);
    return (before.endsWith('\n') || before === '' ? before : `${before}\n`) + block + text.slice(at);
  }
  // what a text edit cannot reach (an empty or flow mapping): the Document API, at the cost of reformatting
  doc.setIn(path, value);
  return doc.toString({ lineWidth: 0 });
}

/** `path: value` as a block of YAML at `column` (the path's later keys nested under its first). */
function blockOf(path: Path, value: string, column: number): string {
  const nested = path.slice(1).reduceRight<unknown>((inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }), value);
  return stringify({ [String(path[0])]: nested }, { lineWidth: 0 }).split('\n').filter((l) => l !== '').map((l) => ' '.repeat(column) + l).join('\n') + '\n';
}

/** A string as a YAML value, its continuation lines indented by `indent`. */
function renderValue(value: string, indent: number): string {
  const out = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  const [first, ...rest] = out.split('\n');
  return [first, ...rest.map((line) => (line === '' ? line : ' '.repeat(indent) + line))].join('\n');
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** The indentation of the line `offset` is on. */
function indentOf(text: string, offset: number): number {
  const line = text.slice(lineStartOf(text, offset));
  return line.length - line.trimStart().length;
}
