import { isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq, type Document } from 'yaml';

/** The words of a card a studio user can reword: a title and the parts with running text. */
export const REWORD_PARTS = ['title', 'question', 'task', 'text', 'prompt'] as const;
export type RewordPart = (typeof REWORD_PARTS)[number];

/** One change made in the studio; each becomes a small edit of edition.yaml. */
export type EditionChange =
  | { op: 'name' | 'shortName'; lang: string; value: string }
  | { op: 'brand'; value: string | number[] | null }
  | { op: 'onBrand'; value: 'white' | 'black' | null }
  | { op: 'logo'; value: string | null }
  | { op: 'languages' | 'decks' | 'posters'; value: string[] }
  | { op: 'leaveOut'; deck: string; card: string; out: boolean }
  | { op: 'reword'; deck: string; card: string; lang: string; part: RewordPart; value: string }
  | { op: 'addCard'; deck: string; id: string; category: string; after?: string; texts: Record<string, { title?: string; text: string }> }
  | { op: 'removeCard'; deck: string; id: string };

const WHITE = [0, 0, 0, 0];
const BLACK = [0, 0, 0, 100];

/**
 * Applies a studio change to the text of an edition.yaml through the `yaml` Document API, so the
 * comments, the order of the keys and the style of everything else stay as they were.
 */
export function editEdition(text: string, change: EditionChange): string {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`edition.yaml cannot be read: ${doc.errors[0]!.message}`);
  apply(doc, change);
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

function apply(doc: Document, change: EditionChange): void {
  switch (change.op) {
    case 'name':
    case 'shortName':
      return setPerLanguage(doc, change.op, change.lang, change.value.trim());
    case 'brand':
      if (change.value === null) return void doc.deleteIn(['colours', 'brand']);
      placeTop(doc, 'colours', {});
      return setFlowValue(doc, ['colours', 'brand'], change.value);
    case 'onBrand':
      if (change.value === null) return void doc.deleteIn(['colours', 'onBrand']);
      placeTop(doc, 'colours', {});
      return setFlowValue(doc, ['colours', 'onBrand'], change.value === 'white' ? WHITE : BLACK);
    case 'logo':
      if (change.value === null) return void doc.delete('logo');
      placeTop(doc, 'logo', change.value);
      return void doc.set('logo', change.value);
    case 'languages':
    case 'posters':
      return setFlowValue(doc, [change.op], change.value);
    case 'decks':
      return setDecks(doc, change.value);
    case 'leaveOut': {
      const choice = deckChoice(doc, change.deck);
      const list = listIn(doc, choice, 'leaveOut');
      const at = list.items.findIndex((i) => isScalar(i) && i.value === change.card);
      if (change.out && at < 0) list.add(doc.createNode(change.card));
      if (!change.out && at >= 0) list.delete(at);
      // a card left out is no longer reworded
      if (change.out) pruneDelete(doc, choice, ['reword', change.card]);
      tidy(choice);
      return;
    }
    case 'reword': {
      const choice = deckChoice(doc, change.deck);
      const path = ['reword', change.card, change.lang, change.part];
      const value = change.value.trim();
      if (value) choice.setIn(path, value);
      else pruneDelete(doc, choice, path);
      tidy(choice);
      return;
    }
    case 'addCard': {
      const choice = deckChoice(doc, change.deck);
      const list = listIn(doc, choice, 'add');
      const texts: Record<string, { title?: string; text: string }> = {};
      for (const [lang, words] of Object.entries(change.texts)) {
        if (!words.text.trim()) continue;
        texts[lang] = { ...(words.title?.trim() ? { title: words.title.trim() } : {}), text: words.text.trim() };
      }
      const card = { id: change.id, category: change.category, ...(change.after ? { after: change.after } : {}), texts };
      const node = doc.createNode(card) as YAMLMap;
      const textsNode = node.get('texts') as YAMLMap | undefined;
      for (const item of textsNode?.items ?? []) if (isMap(item.value)) item.value.flow = true;
      list.add(node);
      return;
    }
    case 'removeCard': {
      const choice = deckChoice(doc, change.deck);
      const list = listIn(doc, choice, 'add');
      const at = list.items.findIndex((i) => isMap(i) && i.get('id') === change.id);
      if (at >= 0) list.delete(at);
      tidy(choice);
      return;
    }
  }
}

/** The keys of an edition in the order the scaffold writes them: a key the studio adds goes to its place. */
const TOP_ORDER = ['name', 'shortName', 'logo', 'logoOnDark', 'colours', 'fonts', 'nameOnBacks', 'checks', 'languages', 'decks', 'posters'];

function placeTop(doc: Document, key: string, value: unknown): void {
  const top = doc.contents;
  if (!isMap(top) || top.has(key)) return;
  const rank = TOP_ORDER.indexOf(key);
  const at = top.items.findIndex((pair) => TOP_ORDER.indexOf(String((pair.key as { value?: unknown })?.value ?? pair.key)) > rank);
  const pair = doc.createPair(key, value);
  if (at < 0) top.items.push(pair);
  else top.items.splice(at, 0, pair);
}

/** `name: X` for one text, `name: { nl: X, en: Y }` per language; a language left empty takes the Dutch. */
function setPerLanguage(doc: Document, key: 'name' | 'shortName', lang: string, value: string): void {
  const current = doc.get(key, true);
  const values: Record<string, string> = {};
  if (isScalar(current) && typeof current.value === 'string') values.nl = current.value;
  else if (isMap(current)) for (const item of current.items) values[String((item.key as { value?: unknown })?.value ?? item.key)] = String((item.value as { value?: unknown })?.value ?? '');
  if (value) values[lang] = value;
  else delete values[lang];
  const dutch = values.nl;
  for (const [l, v] of Object.entries(values)) if (l !== 'nl' && v === dutch) delete values[l];
  const langs = Object.keys(values);
  if (langs.length === 0) {
    if (key === 'shortName') doc.delete(key);
    return;
  }
  if (langs.length === 1 && langs[0] === 'nl') {
    if (isScalar(current)) current.value = dutch;
    else doc.set(key, dutch);
    return;
  }
  if (isMap(current)) {
    for (const l of Object.keys(values)) current.set(l, values[l]);
    for (const item of [...current.items]) {
      const k = String((item.key as { value?: unknown })?.value ?? item.key);
      if (!(k in values)) current.delete(k);
    }
    return;
  }
  const node = doc.createNode(values) as YAMLMap;
  if (isScalar(current) && current.comment) node.comment = current.comment;
  placeTop(doc, key, {});
  doc.set(key, node);
}

/** A short list or a colour, written on one line (`[nl, en]`) as the scaffold writes them. */
function setFlowValue(doc: Document, path: string[], value: unknown): void {
  const current = doc.getIn(path, true);
  const node = doc.createNode(value);
  if (isSeq(node)) node.flow = true;
  if (current && (isScalar(current) || isSeq(current))) {
    if (current.comment) node.comment = current.comment;
    if (current.commentBefore) node.commentBefore = current.commentBefore;
  }
  doc.setIn(path, node);
}

/** The decks to build: those still wanted keep their choices (left out, reworded, added), new ones are added by id. */
function setDecks(doc: Document, ids: string[]): void {
  const seq = doc.get('decks', true);
  if (!isSeq(seq)) return setFlowValue(doc, ['decks'], ids);
  const idOf = (item: unknown) => (isScalar(item) ? String(item.value) : isMap(item) ? String(item.get('id')) : '');
  for (let i = seq.items.length - 1; i >= 0; i--) if (!ids.includes(idOf(seq.items[i]))) seq.delete(i);
  const present = seq.items.map(idOf);
  for (const id of ids) if (!present.includes(id)) seq.add(doc.createNode(id));
}

/** The map of a deck in `decks:`, turning a plain `- swan` into `- id: swan` when it gets choices. */
function deckChoice(doc: Document, deck: string): YAMLMap {
  const seq = doc.get('decks', true);
  if (!isSeq(seq)) throw new Error('edition.yaml has no list of decks');
  let at = seq.items.findIndex((i) => (isScalar(i) ? i.value === deck : isMap(i) && i.get('id') === deck));
  if (at < 0) {
    seq.add(doc.createNode(deck));
    at = seq.items.length - 1;
  }
  const item = seq.items[at];
  if (isMap(item)) return item;
  const map = doc.createNode({ id: deck }) as YAMLMap;
  if (isScalar(item) && item.comment) map.comment = item.comment;
  seq.items[at] = map;
  // a flow list of names cannot hold a block map: it becomes a block list
  seq.flow = false;
  return map;
}

function listIn(doc: Document, map: YAMLMap, key: string): YAMLSeq {
  const found = map.get(key, true);
  if (isSeq(found)) return found;
  const seq = doc.createNode([]) as YAMLSeq;
  if (key === 'leaveOut') seq.flow = true;
  map.set(key, seq);
  return seq;
}

/** Deletes a path and the maps it leaves empty. */
function pruneDelete(_doc: Document, map: YAMLMap, path: string[]): void {
  for (let depth = 1; depth < path.length; depth++) if (!isMap(map.getIn(path.slice(0, depth), true))) return;
  map.deleteIn(path);
  for (let depth = path.length - 1; depth > 0; depth--) {
    const parent = map.getIn(path.slice(0, depth), true);
    if (isMap(parent) && parent.items.length === 0) map.deleteIn(path.slice(0, depth));
    else break;
  }
}

/** Empty lists and maps of a deck choice are dropped (a plain deck stays a map with its id: harmless). */
function tidy(choice: YAMLMap): void {
  for (const key of ['leaveOut', 'reword', 'add']) {
    const value = choice.get(key, true);
    if ((isSeq(value) || isMap(value)) && value.items.length === 0) choice.delete(key);
  }
}
