import { deflateSync } from 'node:zlib';
import type { DiskCache } from '../cache/diskCache.ts';
import { hashBytes, hashValue } from '../cache/hashValue.ts';
import { StoredBytes, storedBytesOf } from '../cache/storedBytes.ts';
import { BoundedCache } from '../input/BoundedCache.ts';

interface Ref {
  buffer: Uint8Array[];
  compress: boolean;
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/** Streams from this size on (font subsets, a poster's page) are kept compressed between runs. */
const MIN_KEPT_BYTES = 4096;

/**
 * How the streams of `document` are written; the bytes are pdfkit's own.
 * - pdfkit writes each operator of a content stream as its own byte array (a string and a line end:
 *   some 40,000 arrays for the default edition), joined and compressed at the end. Here the lines
 *   wait as strings and become bytes in one piece when something else is written or the stream ends.
 *   Strings become bytes as pdfkit makes them, one byte per character.
 * - With a disk cache, a large stream is compressed once: zlib's output for the same bytes is kept under
 *   their hash (and zlib's version), so a build after an edit compresses only the streams that changed,
 *   not every font subset and page again. A small stream is compressed once per process.
 */
export function writeStreams(document: PDFKit.PDFDocument, cache?: DiskCache): void {
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
      if (made.compress) compressKnown(made, cache);
      finalize();
    };
    return made;
  };
}

/**
 * Small streams compressed in this process, by the hash of their bytes: a third of a build's 770 small
 * streams are the same bytes as one compressed before (a card back's drawing, a character map of the
 * same glyphs in another file of the deck), and zlib costs ~80 µs a stream however small.
 */
const smallDeflated = new BoundedCache<Uint8Array>('small deflated streams', 4096);

/**
 * A stream's bytes compressed as pdfkit would (zlib's default level): a large one from the disk cache
 * when it was before (without one, pdfkit compresses it), a small one from this process's when it was.
 */
function compressKnown(stream: Ref, cache?: DiskCache): void {
  const length = stream.buffer.reduce((n, chunk) => n + chunk.byteLength, 0);
  const large = length >= MIN_KEPT_BYTES;
  // an empty stream pdfkit leaves as it is; a large one without a disk cache it compresses itself
  if (length === 0 || (large && !cache?.dir)) return;
  const raw = Buffer.concat(stream.buffer);
  const deflated = large && cache ? deflatedOnDisk(raw, cache) : smallDeflated.getOrMake(hashBytes(raw), () => deflateSync(raw));
  // pdfkit set the stream's Filter (FlateDecode) as it was written, and sets its Length from these bytes
  stream.buffer = [deflated];
  stream.compress = false;
}

function deflatedOnDisk(raw: Buffer, cache: DiskCache): Uint8Array {
  const key = hashValue('deflated stream', process.versions.zlib, hashBytes(raw));
  let deflated = storedBytesOf(cache.get(key, { remember: false }), 'deflated stream');
  if (!deflated) {
    deflated = deflateSync(raw);
    cache.set(key, new StoredBytes('deflated stream', deflated), { remember: false });
  }
  return deflated;
}
