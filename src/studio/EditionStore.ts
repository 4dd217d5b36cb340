import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { editionId, newEdition } from '../cli/newEdition.ts';
import { writeFileAtomic } from '../output/writeFileAtomic.ts';
import { editEdition, type EditionChange } from './editEdition.ts';

/** The version of an edition file the page was made from: a change made on an older one is a conflict. */
export const versionOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

export class ConflictError extends Error {
  constructor(readonly version: string) {
    super('edition.yaml was changed in another program since this page was loaded');
  }
}

/**
 * The editions' folders, the only place the studio writes: `editions/<id>/edition.yaml` and its logo.
 * Every write is checked against the version the page was made from, so a change made meanwhile in an
 * editor is never overwritten unknowingly; edits from outside are noticed and announced.
 */
export class EditionStore {
  private readonly written = new Map<string, string>();
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly listeners = new Set<(id: string, version: string) => void>();

  constructor(readonly root: string) {}

  /** The folder of edition `id`, refusing anything that is not a plain folder name inside editions/. */
  folder(id: string): string {
    if (!ID.test(id) || id === 'default') throw new Error(`'${id}' is not an edition of this project`);
    const folder = path.join(this.root, 'editions', id);
    if (!fs.existsSync(path.join(folder, 'edition.yaml'))) throw new Error(`there is no edition '${id}'`);
    const real = fs.realpathSync(folder);
    if (!real.startsWith(fs.realpathSync(path.join(this.root, 'editions')) + path.sep)) throw new Error(`edition '${id}' lies outside editions/`);
    return folder;
  }

  file(id: string): string {
    return path.join(this.folder(id), 'edition.yaml');
  }

  read(id: string): { text: string; version: string } {
    const text = fs.readFileSync(this.file(id), 'utf8');
    return { text, version: versionOf(text) };
  }

  /** Applies a change to the file as it is on disk; `basedOn` older than the file is a conflict unless `force`. */
  change(id: string, change: EditionChange, basedOn: string, force = false): { text: string; version: string } {
    const current = this.read(id);
    if (current.version !== basedOn && !force) throw new ConflictError(current.version);
    const text = editEdition(current.text, change);
    if (text !== current.text) this.write(id, 'edition.yaml', text);
    return { text, version: versionOf(text) };
  }

  /** Writes the logo as `logo.<ext>` in the edition's folder (the other logo files are left alone). */
  saveLogo(id: string, ext: string, bytes: Uint8Array): string {
    if (!(ext in LOGO_TYPES)) throw new Error('a logo is an SVG, PNG or JPEG file');
    const name = `logo${ext === '.jpeg' ? '.jpg' : ext}`;
    this.write(id, name, bytes);
    return name;
  }

  private write(id: string, name: string, content: string | Uint8Array): void {
    const target = path.join(this.folder(id), name);
    if (path.dirname(target) !== this.folder(id)) throw new Error('the studio writes only inside the edition folder');
    if (name === 'edition.yaml') this.written.set(id, versionOf(String(content)));
    writeFileAtomic(target, content);
  }

  /** A new edition: the commented scaffold of `new-edition`, or a copy of an existing edition's folder. */
  create(name: string, from?: string): string {
    const id = editionId(name);
    if (!id) throw new Error('give the organisation a name with letters or digits');
    if (fs.existsSync(path.join(this.root, 'editions', id))) throw new Error(`there is already an edition called '${id}': open it from the list`);
    if (!from) {
      newEdition(this.root, name);
      return id;
    }
    fs.cpSync(this.folder(from), path.join(this.root, 'editions', id), { recursive: true, verbatimSymlinks: true });
    const { version } = this.read(id);
    this.change(id, { op: 'name', lang: 'nl', value: name.trim() }, version);
    return id;
  }

  /** Tells `listener` when an edition's file changes on disk other than by the studio. */
  onOutsideChange(listener: (id: string, version: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts watching edition `id`'s folder (once). */
  watch(id: string): void {
    if (this.watchers.has(id)) return;
    const file = this.file(id);
    const watcher = watch(file, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 } });
    watcher.on('change', () => {
      let version: string;
      try {
        version = versionOf(fs.readFileSync(file, 'utf8'));
      } catch {
        return;
      }
      if (version === this.written.get(id)) return;
      this.written.set(id, version);
      for (const listener of this.listeners) listener(id, version);
    });
    this.watchers.set(id, watcher);
  }

  async close(): Promise<void> {
    await Promise.all([...this.watchers.values()].map((w) => w.close()));
    this.watchers.clear();
  }
}
