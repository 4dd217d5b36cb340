import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, createError, createRouter, defineEventHandler, getQuery, getRequestHeader, getRouterParam, readBody, readMultipartFormData, setResponseHeader, setResponseStatus, toNodeListener, type H3Event } from 'h3';
import { parse } from 'yaml';
import { error as errorDiagnostic } from '../diagnostics/Diagnostic.ts';
import type { BuildOptions } from '../model/Project.ts';
import { checkProject } from '../pipeline.ts';
import type { Edition } from '../validate/schemas.ts';
import { validateLogo } from '../validate/validateLogo.ts';
import { buildForDownload, zipDownload, type Download } from './buildForDownload.ts';
import { describeColour, parseColourInput } from './describeColour.ts';
import type { EditionChange } from './editEdition.ts';
import { ConflictError, EditionStore, LOGO_TYPES } from './EditionStore.ts';
import { placeDiagnostics } from './placeDiagnostics.ts';
import { PageImages, previewDeck, type DeckPreview } from './previewDeck.ts';
import { listEditions, readCatalogue } from './readCatalogue.ts';
import { colourFacts, downloadsHtml, editionPage, fitFragments, logoPreview, messageFragments, previewHtml, startPage } from './studioPage.ts';

// the page's assets stay beside the sources: found from src/studio/ and from its compiled copy in dist/studio/
const ASSETS = fileURLToPath(new URL('../../src/studio/', import.meta.url));
/** Uploads larger than this are refused before they are read. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const MAX_JSON_BYTES = 256 * 1024;

export interface StudioOptions {
  root: string;
  /** Output folder (default: output/ in the project). */
  outDir?: string;
  /** Where the standard edition is built for comparison (default: a folder in the system's temp). */
  standardOutDir: string;
}

export interface Studio {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * The studio: a local web server for one project. It listens on 127.0.0.1 only, answers only requests
 * addressed to itself (Host) and changes only on requests from its own pages (Origin), and writes only
 * inside an edition's folder.
 */
export async function startStudio(options: StudioOptions, port = 0): Promise<Studio> {
  const store = new EditionStore(options.root);
  const images = new PageImages();
  const downloads = new Map<string, Download>();
  const lastShown = new Map<string, Set<string>>();
  const streams = new Map<string, Set<http.ServerResponse>>();
  let origins: string[] = [];
  let hosts: string[] = [];

  const buildOptions = (id: string): BuildOptions => ({
    root: options.root, editionFile: store.file(id), paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, outDir: options.outDir,
  });
  const standardOptions: BuildOptions = { root: options.root, paper: 'a4', strict: false, backOffsetMm: { x: 0, y: 0 }, outDir: options.standardOutDir };
  const standardPreviews = new Map<string, Promise<DeckPreview>>();
  // one build at a time: the pipeline's output folder is shared
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  store.onOutsideChange((id, version) => {
    for (const res of streams.get(id) ?? []) res.write(`event: outside\ndata: ${JSON.stringify({ version })}\n\n`);
  });

  const editionData = (id: string): { text: string; version: string; edition: Partial<Edition> } => {
    const { text, version } = store.read(id);
    let edition: Partial<Edition> = {};
    try {
      edition = (parse(text) ?? {}) as Partial<Edition>;
    } catch {
      // a broken file is reported by the check beside the form
    }
    return { text, version, edition };
  };

  const app = createApp({
    onError: (error, event) => {
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      setResponseStatus(event, status);
      setResponseHeader(event, 'content-type', 'application/json');
      return void event.node.res.end(JSON.stringify({ error: (error as { statusMessage?: string; message: string }).statusMessage ?? error.message }));
    },
  });
  // every request: addressed to this server by name (no DNS rebinding); changes only from its own pages
  app.use(defineEventHandler((event) => {
    const host = getRequestHeader(event, 'host') ?? '';
    if (!hosts.includes(host)) throw createError({ statusCode: 403, statusMessage: 'this studio answers only on its own address' });
    const origin = getRequestHeader(event, 'origin');
    const site = getRequestHeader(event, 'sec-fetch-site');
    if (event.method !== 'GET' && event.method !== 'HEAD') {
      if (!origin || !origins.includes(origin)) throw createError({ statusCode: 403, statusMessage: 'changes are accepted only from the studio page itself' });
    } else if ((origin && !origins.includes(origin)) || site === 'cross-site') {
      throw createError({ statusCode: 403, statusMessage: 'requests from other sites are refused' });
    }
    setResponseHeader(event, 'x-content-type-options', 'nosniff');
    setResponseHeader(event, 'x-frame-options', 'DENY');
    setResponseHeader(event, 'referrer-policy', 'no-referrer');
    setResponseHeader(event, 'content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'");
  }));

  const router = createRouter();
  const html = (event: H3Event, body: string) => {
    setResponseHeader(event, 'content-type', 'text/html; charset=utf-8');
    return body;
  };
  const json = async <T>(event: H3Event): Promise<T> => {
    if (Number(getRequestHeader(event, 'content-length') ?? MAX_JSON_BYTES + 1) > MAX_JSON_BYTES) throw createError({ statusCode: 413, statusMessage: 'request too large' });
    if (!(getRequestHeader(event, 'content-type') ?? '').startsWith('application/json')) throw createError({ statusCode: 415, statusMessage: 'send JSON' });
    return (await readBody(event)) as T;
  };
  const idOf = (event: H3Event): string => {
    const id = getRouterParam(event, 'id') ?? '';
    try {
      store.folder(id);
    } catch (e) {
      throw createError({ statusCode: 404, statusMessage: e instanceof Error ? e.message : String(e) });
    }
    return id;
  };
  const editionNames = () => listEditions(options.root).map((id) => {
    const { edition } = editionData(id);
    const name = typeof edition.name === 'string' ? edition.name : edition.name?.nl ?? Object.values(edition.name ?? {})[0] ?? id;
    return { id, name };
  });

  router.get('/', defineEventHandler((event) => html(event, startPage(editionNames()))));
  router.get('/assets/:file', defineEventHandler((event) => {
    const file = getRouterParam(event, 'file');
    const types: Record<string, string> = { 'studio.css': 'text/css; charset=utf-8', 'studio.js': 'text/javascript; charset=utf-8' };
    if (!file || !types[file]) throw createError({ statusCode: 404 });
    setResponseHeader(event, 'content-type', types[file]);
    return fs.readFileSync(path.join(ASSETS, 'assets', file), 'utf8');
  }));
  router.post('/api/editions', defineEventHandler(async (event) => {
    const body = await json<{ name?: string; from?: string }>(event);
    try {
      const id = store.create(String(body.name ?? ''), body.from || undefined);
      return { id, url: `/e/${id}` };
    } catch (e) {
      throw createError({ statusCode: 400, statusMessage: e instanceof Error ? e.message : String(e) });
    }
  }));

  router.get('/e/:id', defineEventHandler((event) => {
    const id = idOf(event);
    store.watch(id);
    const { version, edition } = editionData(id);
    const catalogue = readCatalogue(options.root, store.file(id));
    const decks = (edition.decks ?? []).map((d) => (typeof d === 'string' ? d : d.id));
    const query = getQuery(event);
    const deck = decks.includes(String(query.deck)) ? String(query.deck) : decks[0] ?? '';
    const langs = edition.languages ?? ['nl'];
    const lang = langs.includes(String(query.lang)) ? String(query.lang) : langs[0] ?? 'nl';
    return html(event, editionPage({ id, version, edition, catalogue, logoFile: edition.logo, deck, lang }));
  }));
  router.get('/e/:id/logo', defineEventHandler((event) => {
    const id = idOf(event);
    const { edition } = editionData(id);
    const ext = path.extname(edition.logo ?? '').toLowerCase();
    if (!edition.logo || !LOGO_TYPES[ext] || edition.logo.includes('/') || edition.logo.includes('\\')) throw createError({ statusCode: 404 });
    const file = path.join(store.folder(id), edition.logo);
    if (!fs.existsSync(file)) throw createError({ statusCode: 404 });
    setResponseHeader(event, 'content-type', LOGO_TYPES[ext]!);
    // an SVG is shown as an image only, never run as a page
    setResponseHeader(event, 'content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    return fs.readFileSync(file);
  }));

  router.post('/api/e/:id/change', defineEventHandler(async (event) => {
    const id = idOf(event);
    const body = await json<{ version: string; change: EditionChange & { exact?: boolean }; force?: boolean }>(event);
    const change = normaliseChange(body.change);
    if ('error' in change) {
      setResponseStatus(event, 422);
      return { fragments: {}, messages: { [change.field]: `<ul class="messages"><li class="error"><strong>Must fix:</strong> ${change.error}</li></ul>` } };
    }
    try {
      const { version, text } = store.change(id, change, body.version, body.force);
      const fragments: Record<string, string> = {};
      if (change.op === 'brand' || change.op === 'onBrand') {
        const edition = (parse(text) ?? {}) as Partial<Edition>;
        const brand = edition.colours?.brand;
        const on = edition.colours?.onBrand;
        fragments['colour-facts'] = brand === undefined ? '' : colourFacts(describeColour(brand), Array.isArray(on) ? (on[3] === 0 ? 'white' : 'black') : '');
      }
      return { version, fragments };
    } catch (e) {
      if (e instanceof ConflictError) {
        setResponseStatus(event, 409);
        return { conflict: true, version: e.version };
      }
      throw createError({ statusCode: 400, statusMessage: e instanceof Error ? e.message : String(e) });
    }
  }));

  router.post('/api/e/:id/logo', defineEventHandler(async (event) => {
    const id = idOf(event);
    const length = Number(getRequestHeader(event, 'content-length'));
    if (!Number.isFinite(length)) throw createError({ statusCode: 411, statusMessage: 'the upload needs a length' });
    if (length > MAX_UPLOAD_BYTES + 64 * 1024) {
      setResponseStatus(event, 413);
      return { messages: { logo: oneError(`This file is ${(length / 1024 / 1024).toFixed(1)} MB; a logo may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Use an SVG, or a smaller PNG or JPEG.`) } };
    }
    const parts = (await readMultipartFormData(event)) ?? [];
    const file = parts.find((p) => p.name === 'logo' && p.filename);
    const version = parts.find((p) => p.name === 'version')?.data.toString('utf8') ?? '';
    const force = parts.find((p) => p.name === 'force')?.data.toString('utf8') === 'true';
    if (!file) throw createError({ statusCode: 400, statusMessage: 'no file' });
    const ext = path.extname(file.filename ?? '').toLowerCase();
    if (!LOGO_TYPES[ext] || !looksLike(ext, file.data)) {
      setResponseStatus(event, 422);
      return { messages: { logo: oneError(`'${file.filename}' is not an SVG, PNG or JPEG file. Export your logo as SVG (best), or as PNG or JPEG.`) } };
    }
    // the same check as the CLI, before anything is written: a logo with errors is not saved
    const checked = validateLogo(file.filename ?? `logo${ext}`, file.data, { file: store.file(id), line: 1, col: 1 }, logoPrintHeightMm(options.root));
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      setResponseStatus(event, 422);
      const placed = placeDiagnostics(errors.map((d) => ({ ...d, source: undefined })), store.file(id), '');
      return { messages: { logo: messageFragments({ ...placed, fields: {}, general: [...placed.general] }).general } };
    }
    const current = store.read(id);
    if (current.version !== version && !force) {
      setResponseStatus(event, 409);
      return { conflict: true, version: current.version };
    }
    const name = store.saveLogo(id, ext, file.data);
    const result = store.change(id, { op: 'logo', value: name }, current.version);
    return { version: result.version, fragments: { 'logo-current': logoPreview(id, name) } };
  }));

  router.get('/api/e/:id/preview', defineEventHandler(async (event) => {
    const id = idOf(event);
    const query = getQuery(event);
    const deck = String(query.deck ?? '');
    const lang = String(query.lang ?? 'nl');
    const { text, edition } = editionData(id);
    const catalogue = readCatalogue(options.root, store.file(id));
    const posters = (edition.posters ?? []).filter((p) => catalogue.posters.find((c) => c.id === p)?.deck === deck);
    const mine = await serial(() => previewDeck(buildOptions(id), deck, lang, posters, images));
    const standardDeck = listDefaultDecks(options.root).includes(deck);
    const key = `${deck}|${lang}`;
    if (standardDeck && !standardPreviews.has(key)) {
      const allPosters = catalogue.posters.filter((p) => p.deck === deck).map((p) => p.id);
      standardPreviews.set(key, serial(() => previewDeck(standardOptions, deck, lang, allPosters, images)));
    }
    const standard = standardDeck ? await standardPreviews.get(key) : undefined;
    // what changed since this deck was last shown: the pictures whose hash is new
    const shownKey = `${id}|${key}`;
    const before = lastShown.get(shownKey);
    const now = new Set([...mine.fronts.map((f) => f.image.hash), ...(mine.back ? [mine.back.hash] : []), ...mine.posters.map((p) => p.image.hash)]);
    const changed = new Set(before ? [...now].filter((h) => !before.has(h)) : []);
    lastShown.set(shownKey, now);
    const placed = placeDiagnostics(mine.diagnostics, store.file(id), text);
    return {
      html: previewHtml(mine, standard, catalogue.decks.find((d) => d.id === deck), lang, changed),
      ms: mine.ms,
      changed: changed.size,
      failed: mine.failed,
      messages: mine.failed ? messageFragments(placed) : undefined,
    };
  }));

  router.get('/api/e/:id/check', defineEventHandler(async (event) => {
    const id = idOf(event);
    const { text } = editionData(id);
    const checked = await serial(async () => checkProject(buildOptions(id)));
    return { messages: messageFragments(placeDiagnostics(checked.diagnostics, store.file(id), text)), fit: fitFragments(checked.fitReport) };
  }));

  router.post('/api/e/:id/build', defineEventHandler(async (event) => {
    const id = idOf(event);
    const { text, edition } = editionData(id);
    const download = await serial(() => buildForDownload(buildOptions(id)));
    downloads.set(id, download);
    const name = typeof edition.name === 'string' ? edition.name : edition.name?.nl ?? id;
    void name;
    return {
      html: downloadsHtml(id, download),
      files: download.files.map((f) => ({ path: f.path, purpose: f.purpose, preflight: f.preflight.ok })),
      messages: messageFragments(placeDiagnostics(download.diagnostics, store.file(id), text)),
    };
  }));

  router.get('/e/:id/files/**', defineEventHandler((event) => {
    const id = idOf(event);
    const wanted = decodeURIComponent(event.path.split('?')[0]!.replace(`/e/${id}/files/`, ''));
    const download = downloads.get(id);
    const file = download?.files.find((f) => f.path === wanted);
    if (!download?.editionDir || !file) throw createError({ statusCode: 404, statusMessage: 'build the edition first' });
    setResponseHeader(event, 'content-type', 'application/pdf');
    setResponseHeader(event, 'content-disposition', `attachment; filename="${path.basename(file.path)}"`);
    return fs.readFileSync(path.join(download.editionDir, file.path));
  }));
  router.get('/e/:id/print-files.zip', defineEventHandler((event) => {
    const id = idOf(event);
    const download = downloads.get(id);
    if (!download?.editionDir || !download.files.length) throw createError({ statusCode: 404, statusMessage: 'build the edition first' });
    const { edition } = editionData(id);
    const name = typeof edition.name === 'string' ? edition.name : edition.name?.nl ?? id;
    setResponseHeader(event, 'content-type', 'application/zip');
    setResponseHeader(event, 'content-disposition', `attachment; filename="${id}-print-files.zip"`);
    return Buffer.from(zipDownload(download, name));
  }));

  router.get('/img/:key', defineEventHandler((event) => {
    const key = (getRouterParam(event, 'key') ?? '').replace(/\.png$/, '');
    const png = images.get(key);
    if (!png) throw createError({ statusCode: 404 });
    setResponseHeader(event, 'content-type', 'image/png');
    setResponseHeader(event, 'cache-control', 'private, max-age=3600, immutable');
    return png;
  }));

  router.get('/api/e/:id/events', defineEventHandler((event) => {
    const id = idOf(event);
    store.watch(id);
    const res = event.node.res;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const set = streams.get(id) ?? new Set();
    set.add(res);
    streams.set(id, set);
    event.node.req.on('close', () => set.delete(res));
    event._handled = true;
  }));

  app.use(router);
  const server = http.createServer(toNodeListener(app));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  hosts = [`127.0.0.1:${actual}`, `localhost:${actual}`];
  origins = hosts.map((h) => `http://${h}`);
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: async () => {
      for (const set of streams.values()) for (const res of set) res.end();
      await store.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function oneError(text: string): string {
  return `<ul class="messages"><li class="error"><strong>Must fix:</strong> ${text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</li></ul>`;
}

/** The first bytes of an upload must match its type: a renamed file is refused. */
function looksLike(ext: string, data: Buffer): boolean {
  if (ext === '.png') return data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (ext === '.jpg' || ext === '.jpeg') return data[0] === 0xff && data[1] === 0xd8;
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(data.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, ''));
}

/** The largest height a logo is printed at (card backs, poster footers), for its resolution check. */
function logoPrintHeightMm(root: string): number {
  const heights: number[] = [];
  for (const [folder, pick] of [['cards', (d: Record<string, unknown>) => (d.back as { logoHeightMm?: number } | undefined)?.logoHeightMm], ['posters', (d: Record<string, unknown>) => d.logoHeightMm as number | undefined]] as const) {
    const dir = path.join(root, 'layouts', folder);
    for (const f of fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.yaml')) : []) {
      try {
        const h = pick((parse(fs.readFileSync(path.join(dir, f), 'utf8')) ?? {}) as Record<string, unknown>);
        if (typeof h === 'number') heights.push(h);
      } catch {
        // reported by check
      }
    }
  }
  return heights.length ? Math.max(...heights) : 12;
}

function listDefaultDecks(root: string): string[] {
  try {
    const edition = parse(fs.readFileSync(path.join(root, 'editions', 'default.yaml'), 'utf8')) as Partial<Edition>;
    return (edition.decks ?? []).map((d) => (typeof d === 'string' ? d : d.id));
  } catch {
    return [];
  }
}

/** A change as the page sends it, checked: a colour typed by hand is parsed, ids are plain. */
function normaliseChange(change: EditionChange & { exact?: boolean }): EditionChange | { error: string; field: string } {
  if (change.op === 'brand') {
    if (change.value === null || change.value === '') return { op: 'brand', value: null };
    const parsed = parseColourInput(String(change.value));
    if (!parsed) return { error: `'${String(change.value)}' is not a colour: give a hex colour such as #0e5a8a, or four CMYK percentages such as 90 35 0 45.`, field: 'brand' };
    return { op: 'brand', value: parsed };
  }
  if (change.op === 'addCard') {
    const nl = change.texts?.nl;
    if (!nl?.text?.trim()) return { error: 'Give the card a Dutch text: every card needs one, the other languages take it where they have none.', field: `add:${change.deck}` };
    const base = (nl.title ?? nl.text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30).replace(/-$/, '');
    return { ...change, id: `eigen-${base || 'kaart'}` };
  }
  return change;
}

export { errorDiagnostic };
