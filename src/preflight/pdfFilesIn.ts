import fs from 'node:fs';
import path from 'node:path';

/**
 * The files a preflight checks: each path as given, a folder (a build's output/<edition>) as every PDF
 * file inside it and its subfolders, in order of their paths. A folder holding no PDF stays as it is, to
 * be reported as such.
 */
export function pdfFilesIn(paths: readonly string[]): string[] {
  return paths.flatMap((given) => {
    let folder = false;
    try {
      folder = fs.statSync(given).isDirectory();
    } catch {
      // missing or unreadable: reported when it is read
    }
    if (!folder) return [given];
    const found = fs.readdirSync(given, { recursive: true, encoding: 'utf8' }).filter((name) => name.toLowerCase().endsWith('.pdf')).sort();
    return found.length ? found.map((name) => path.join(given, name)) : [given];
  });
}
