/**
 * The terminal of a `watchProject` under test: `watching` settles when the watcher says it watches (after
 * its first scan of the folders). A save made before that may go unseen, and a test that then waits for
 * its rebuild waits for ever; a fixed pause was not enough on a busy machine.
 */
export function watchingIo(cwd: string, stderr: (text: string) => void = () => undefined) {
  let resolve!: () => void;
  const watching = new Promise<void>((r) => { resolve = r; });
  const stdout = (text: string) => { if (text.startsWith('watching for changes')) resolve(); };
  return { io: { cwd, stdout, stderr }, watching };
}
