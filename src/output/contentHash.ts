import { createHash } from 'node:crypto';
import { PRESS_PROFILE } from '../colour/pressProfile.ts';
import { hashBytes as digest } from '../input/hashBytes.ts';
import { contentReplacer as replacer, frameHash } from './frameHash.ts';
import type { PageDocument } from '../model/Page.ts';
import type { FontSet } from '../model/Project.ts';

/** A document's JSON around its pages, and each page's JSON: every page is serialised once for both hashes. */
interface Serialised { around: (title: boolean) => [string, string]; pages: string[] }
// keyed by the document object, which a build makes and drops: it lives no longer than the build's documents
const serialised = new WeakMap<PageDocument, Serialised>();
const MARK = '\u0000pages\u0000';

const FRAME = '\u0000frame\u0000';
const FRAME_JSON = JSON.stringify(FRAME);

/** `JSON.stringify(page, replacer)` with each frame's hash (`frameHash`) in place of the frame. */
function pageJson(page: unknown): string {
  const frames: string[] = [];
  const json = JSON.stringify(page, (key, value: unknown) => {
    if (key !== 'frame' || value === null || typeof value !== 'object') return replacer(key, value);
    frames.push(`{"frameSha256":"${frameHash(value)}"}`);
    return FRAME;
  });
  // the marks come out in the order the frames were met; no text can hold one (a quote inside a string is escaped)
  let next = 0;
  return frames.length ? json.replaceAll(FRAME_JSON, () => frames[next++] ?? FRAME_JSON) : json;
}

function serialise(document: PageDocument): Serialised {
  let known = serialised.get(document);
  if (!known) {
    const marked = `"pages":${JSON.stringify(MARK)}`;
    const split = (shell: object): [string, string] => {
      const json = JSON.stringify(shell, replacer);
      const at = json.indexOf(marked) + '"pages":'.length;
      return [json.slice(0, at), json.slice(at + JSON.stringify(MARK).length)];
    };
    const whole = split({ ...document, pages: MARK });
    const untitled = split({ ...document, title: '', pages: MARK });
    known = { around: (title) => (title ? whole : untitled), pages: document.pages.map(pageJson) };
    serialised.set(document, known);
  }
  return known;
}

/** What render adds to the pages: the code's version and the press profile (the print files' output intent). */
interface RenderInputs {
  version: string;
  /** Content hash of the press profile. */
  pressProfile: string;
}

function hashOf(fonts: FontSet, { version, pressProfile }: RenderInputs, [before, after]: [string, string], pages: string): string {
  const hash = createHash('sha256');
  hash.update(`kaartwerk ${version}\n`);
  hash.update(`press profile:${pressProfile}\n`);
  for (const face of Object.values(fonts)) hash.update(`${face.role}:${digest(face.bytes)}\n`);
  hash.update(before);
  hash.update(`[${pages}]`);
  hash.update(after);
  return hash.digest('hex');
}

/**
 * What a PDF is made from: its pages as laid out and imposed (every text, position, colour, logo), its
 * date and title, the fonts' bytes, the press profile and what draws it (`version`: see rendererId). Render is
 * deterministic, so the same hash means the same file and an unchanged output need not be drawn again.
 * (The hash of the document's JSON, without `source`, logos by their digest, each frame by the hash of
 * its JSON; the JSON is put together from the pages' JSON, which `pageHashes` reuses.)
 */
export function contentHash(document: PageDocument, fonts: FontSet, version: string, pressProfile = PRESS_PROFILE.hash): string {
  const { around, pages } = serialise(document);
  return hashOf(fonts, { version, pressProfile }, around(true), pages.join(','));
}

/**
 * One hash per page, made the same way (as the hash of the document with no title and that page only):
 * the gallery redraws only the thumbnails of pages that changed (a saved card redraws one front, not its
 * whole deck).
 */
export function pageHashes(document: PageDocument, fonts: FontSet, version: string, pressProfile = PRESS_PROFILE.hash): string[] {
  const { around, pages } = serialise(document);
  return pages.map((page) => hashOf(fonts, { version, pressProfile }, around(false), page).slice(0, 16));
}
