/** The date every PDF carries when nothing sets one: fixed, so two builds of the same input are the same bytes. */
export const DEFAULT_DOCUMENT_DATE = '2024-01-01T00:00:00.000Z';

/**
 * The date written into the PDFs, from SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention) when it holds a positive number, else the fixed default. Read once, where the build's
 * inputs are read (the CLI), and carried in the build options: the date is part of every file's
 * content hash, so a changed date renders the files again.
 */
export function documentDate(env: Record<string, string | undefined>): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000).toISOString() : DEFAULT_DOCUMENT_DATE;
}
