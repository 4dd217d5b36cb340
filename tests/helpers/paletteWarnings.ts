/**
 * stderr of a build without the colour warnings about the standard decks' palettes. Since the checks
 * judge colours through the press profile, some category pairs of the current palettes warn (to be
 * redesigned); every other line, a missing translation above all, must still be absent.
 */
export function withoutPaletteWarnings(stderr: string): string {
  return stderr.split('\n')
    .filter((line) => !/^cards\/[^/]+\/deck\.yaml:\d+:\d+ {2}warning: (text on|categories '[^']+' and '[^']+' are hard to tell apart)/.test(line))
    .filter((line) => !/^0 error\(s\), \d+ warning\(s\)$/.test(line))
    .join('\n');
}
