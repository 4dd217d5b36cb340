import { codeFingerprint } from '../cache/codeFingerprint.ts';
import { VERSION } from '../version.ts';

/**
 * What draws the files, as it enters their content hashes: the version and the fingerprint of the
 * running code and its dependencies (codeFingerprint). With the version alone, a kaartwerk that draws
 * differently under the same version number (an edited renderer, a new pdfkit) kept every file whose
 * pages had not changed, drawn the old way.
 */
export function rendererId(): string {
  return `${VERSION} ${codeFingerprint()}`;
}
