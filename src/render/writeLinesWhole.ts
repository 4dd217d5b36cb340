interface Ref {
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/**
 * pdfkit writes each operator of a content stream as its own byte array (a string turned into bytes with
 * a line end: some 40,000 arrays for the default edition), which are then joined and compressed. Here
 * the lines of every stream of `document` wait as strings and become bytes in one piece when something
 * else is written or the stream ends: the same bytes, a fraction of the allocations (and garbage
 * collection). Strings become bytes as pdfkit makes them, one byte per character.
 */
export function writeLinesWhole(document: PDFKit.PDFDocument): void {
  const doc = document as unknown as { ref(data?: unknown): Ref };
  const ref = doc.ref.bind(doc);
  doc.ref = (data) => {
    const made = ref(data);
    const lines: string[] = [];
    const write = made.write.bind(made);
    const finalize = made.finalize.bind(made);
    const flush = () => {
      if (!lines.length) return;
      write(Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
      lines.length = 0;
    };
    made.write = (chunk) => {
      if (typeof chunk === 'string') lines.push(chunk);
      else {
        flush();
        write(chunk);
      }
    };
    made.finalize = () => {
      flush();
      finalize();
    };
    return made;
  };
}
