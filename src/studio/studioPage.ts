import type { Edition } from '../validate/schemas.ts';
import type { Cmyk } from '../validate/schemas.ts';
import { INSTRUCTIONS, type Download, type Purpose } from './buildForDownload.ts';
import { describeColour, MIN_CONTRAST, type ColourFacts } from './describeColour.ts';
import { REWORD_PARTS, type RewordPart } from './editEdition.ts';
import type { DeckPreview } from './previewDeck.ts';
import type { PlacedMessages, StudioMessage } from './placeDiagnostics.ts';
import { LANGUAGE_IN_ENGLISH, LANGUAGE_NAMES, type Catalogue, type CatalogueDeck } from './readCatalogue.ts';
import type { FitReportRow } from '../pipeline.ts';

/** Escapes text for HTML content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const langName = (lang: string) => LANGUAGE_NAMES[lang] ?? lang;
const attr = (value: unknown) => esc(JSON.stringify(value));

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="/assets/studio.css">
<script src="/assets/studio.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to the form</a>
${body}
</body>
</html>
`;
}

/** The first page: open an edition, or start a new one. */
export function startPage(editions: { id: string; name: string }[], message?: string): string {
  const list = editions.length
    ? `<ul class="editions">${editions.map((e) => `<li><a href="/e/${esc(e.id)}">${esc(e.name)}</a> <span class="muted">editions/${esc(e.id)}</span></li>`).join('')}</ul>`
    : '<p>There is no organisation edition yet.</p>';
  const from = editions.map((e) => `<option value="${esc(e.id)}">a copy of ${esc(e.name)}</option>`).join('');
  return layout('kaartwerk studio', `<header class="top"><h1>kaartwerk studio</h1><p>Make your organisation's own edition of the card decks and posters, and download the files to print.</p></header>
<main id="main" class="start">
<section aria-labelledby="open-h"><h2 id="open-h">Open an edition</h2>${list}</section>
<section aria-labelledby="new-h"><h2 id="new-h">Make a new edition</h2>
<form id="new-edition" method="post" action="/api/editions">
<p class="field"><label for="new-name">Name of your organisation</label>
<input id="new-name" name="name" required autocomplete="organization" placeholder="Gemeente Voorbeeld">
<span class="help">Printed on the back of every card and at the foot of every poster. You can change it later.</span></p>
<p class="field"><label for="new-from">Start from</label>
<select id="new-from" name="from"><option value="">the standard edition</option>${from}</select></p>
<p><button type="submit">Make the edition</button></p>
<p class="msg" id="new-msg" role="alert">${message ? esc(message) : ''}</p>
</form></section>
</main>`);
}

export interface EditionView {
  id: string;
  version: string;
  edition: Partial<Edition>;
  catalogue: Catalogue;
  logoFile?: string;
  /** The deck and language the preview shows. */
  deck: string;
  lang: string;
}

const perLang = (value: Edition['name'] | undefined, lang: string): string =>
  value === undefined ? '' : typeof value === 'string' ? (lang === 'nl' ? value : '') : value[lang] ?? '';

/** The studio page of one edition: the form on the left, the preview on the right. */
export function editionPage(view: EditionView): string {
  const { edition, catalogue, id } = view;
  const languages = edition.languages ?? ['nl'];
  const dutchName = perLang(edition.name, 'nl') || (typeof edition.name === 'object' ? Object.values(edition.name)[0] : '') || id;
  const chosenDecks = (edition.decks ?? []).map((d) => (typeof d === 'string' ? d : d.id));
  const posters = edition.posters ?? [];
  const msg = (key: string) => `<div class="msg" data-msg="${esc(key)}"></div>`;
  const nameFields = languages.map((lang) => `<p class="field"><label for="name-${lang}">Name on the cards, ${esc(langName(lang))}</label>
<input id="name-${lang}" value="${esc(perLang(edition.name, lang))}" ${lang === 'nl' ? 'required' : `placeholder="${esc(perLang(edition.name, 'nl'))}"`} data-change="${attr({ op: 'name', lang })}" aria-describedby="name-help">
</p>`).join('');
  const brand = edition.colours?.brand;
  const brandHex = typeof brand === 'string' ? brand : brand ? describeColour(brand).printedHex : '#0e5a8a';
  const brandText = brand === undefined ? '' : typeof brand === 'string' ? brand : brand.join(' ');
  const onBrand = edition.colours?.onBrand;
  const onBrandChoice = Array.isArray(onBrand) && onBrand[3] === 0 && onBrand[0] === 0 ? 'white' : onBrand ? 'black' : '';
  const pick = (group: string, op: string, items: { id: string; label: string; checked: boolean }[]) =>
    `<div class="choices" role="group" aria-labelledby="${group}-h" data-group="${attr({ op })}">${items.map((i) => `<label class="choice"><input type="checkbox" value="${esc(i.id)}" ${i.checked ? 'checked' : ''}> ${esc(i.label)}</label>`).join('')}</div>`;
  const deckTitle = (deck: CatalogueDeck) => deck.titles.nl ?? deck.titles.en ?? deck.id;
  const deckSections = chosenDecks.map((deckId) => {
    const deck = catalogue.decks.find((d) => d.id === deckId);
    if (!deck) return `<p class="msg">Deck ${esc(deckId)} is not in this project.</p>${msg(`deck:${deckId}`)}`;
    return deckSection(deck, edition, languages);
  }).join('');
  const previewDecks = chosenDecks.map((d) => `<option value="${esc(d)}" ${d === view.deck ? 'selected' : ''}>${esc(deckTitle(catalogue.decks.find((c) => c.id === d) ?? { id: d, titles: {} } as CatalogueDeck))}</option>`).join('');
  const previewLangs = languages.map((l) => `<option value="${esc(l)}" ${l === view.lang ? 'selected' : ''}>${esc(langName(l))}</option>`).join('');
  return layout(`${dutchName} — kaartwerk studio`, `<header class="top"><p class="crumbs"><a href="/">kaartwerk studio</a> › editions/${esc(id)}</p><h1>${esc(dutchName)}</h1></header>
<div id="studio" class="studio" data-edition="${esc(id)}" data-version="${esc(view.version)}">
<div id="notice" class="notice" role="status" aria-live="polite" hidden></div>
<main id="main" class="form">
<div class="msg general" data-msg="general" aria-live="polite"></div>
<form id="edition-form" novalidate>
<fieldset><legend>1. Name</legend>
${nameFields}
<p class="help" id="name-help">Printed on the back of every card and at the foot of every poster. Leave a language empty to use the Dutch name.</p>
${msg('name')}
<p class="field"><label for="short-name">Short name <span class="muted">(optional)</span></label>
<input id="short-name" value="${esc(perLang(edition.shortName, 'nl'))}" data-change="${attr({ op: 'shortName', lang: 'nl' })}"></p>
${msg('shortName')}
</fieldset>

<fieldset><legend>2. Logo</legend>
<div id="logo-current" class="logo-current">${logoPreview(id, view.logoFile)}</div>
<p class="field"><label for="logo">Upload your logo</label>
<input id="logo" type="file" accept=".svg,.png,.jpg,.jpeg,image/svg+xml,image/png,image/jpeg" aria-describedby="logo-help"></p>
<p class="help" id="logo-help">SVG is best. A PNG or JPEG needs about 300 pixels per inch where it is printed: at least 200 pixels high. At most 5 MB.</p>
${msg('logo')}
</fieldset>

<fieldset><legend>3. Colour</legend>
<p class="help">Your colour fills the strip with your name and logo on every card back, and the bands of the posters.</p>
<div class="colour-row">
<p class="field"><label for="brand">Brand colour</label>
<input id="brand" type="color" value="${esc(brandHex)}" data-change="${attr({ op: 'brand' })}"></p>
<p class="field"><label for="brand-exact">or the exact values from your style guide</label>
<input id="brand-exact" value="${esc(brandText)}" placeholder="#0e5a8a  or CMYK: 90 35 0 45" data-change="${attr({ op: 'brand', exact: true })}" aria-describedby="brand-exact-help">
<span class="help" id="brand-exact-help">A hex colour, or the four CMYK percentages your print shop uses.</span></p>
</div>
${msg('brand')}
<div id="colour-facts">${brand === undefined ? '<p class="muted">No brand colour chosen yet: the backs keep the deck colours.</p>' : colourFacts(describeColour(brand), onBrandChoice)}</div>
<fieldset class="inner"><legend>Text on your colour</legend>
<label class="choice"><input type="radio" name="onBrand" value="white" ${onBrandChoice === 'white' ? 'checked' : ''} data-change="${attr({ op: 'onBrand' })}"> White</label>
<label class="choice"><input type="radio" name="onBrand" value="black" ${onBrandChoice !== 'white' ? 'checked' : ''} data-change="${attr({ op: 'onBrand' })}"> Black</label>
</fieldset>
${msg('onBrand')}
</fieldset>

<fieldset><legend>4. Languages, decks and posters</legend>
<h3 id="languages-h">Languages</h3>
${pick('languages', 'languages', catalogue.languages.map((l) => ({ id: l, label: langName(l), checked: languages.includes(l) })))}
${msg('languages')}
<h3 id="decks-h">Decks</h3>
${pick('decks', 'decks', catalogue.decks.map((d) => ({ id: d.id, label: `${deckTitle(d)}${d.own ? ' (your own deck)' : ''}`, checked: chosenDecks.includes(d.id) })))}
${msg('decks')}
<h3 id="posters-h">Posters</h3>
${pick('posters', 'posters', catalogue.posters.map((p) => ({ id: p.id, label: `${deckTitle(catalogue.decks.find((d) => d.id === p.deck) ?? { id: p.id, titles: {} } as CatalogueDeck)} poster (A2)`, checked: posters.includes(p.id) })))}
${msg('posters')}
</fieldset>

<fieldset><legend>5. Cards</legend>
<p class="help">Untick a card to leave it out. Open "Reword" to change a card's words in any language; what you leave empty stays as it is.</p>
${deckSections}
</fieldset>
</form>

<section class="build" aria-labelledby="build-h">
<h2 id="build-h">6. Build and download</h2>
<p>Makes every print file of this edition, checks each one as a print shop would, and lists them here.</p>
<p><button type="button" id="build">Build the print files</button> <span id="build-status" role="status" aria-live="polite"></span></p>
<div id="downloads"></div>
</section>
</main>

<aside class="preview" aria-labelledby="preview-h">
<h2 id="preview-h">Preview</h2>
<div class="preview-controls">
<label for="preview-deck">Deck</label> <select id="preview-deck">${previewDecks}</select>
<label for="preview-lang">Language</label> <select id="preview-lang">${previewLangs}</select>
</div>
<p id="preview-status" class="muted" role="status" aria-live="polite">Drawing the preview…</p>
<div id="preview-body"></div>
</aside>
</div>`);
}

function logoPreview(id: string, file?: string): string {
  if (!file) return '<p class="muted">No logo yet.</p>';
  return `<figure><img src="/e/${esc(id)}/logo?f=${esc(encodeURIComponent(file))}&amp;t=${Date.now()}" alt="Your logo as uploaded (${esc(file)})" height="64"><figcaption>${esc(file)}</figcaption></figure>`;
}
export { logoPreview };

/** The brand colour as it prints, the contrast of text on it, and how colour-blind readers see it. */
export function colourFacts(facts: ColourFacts, onBrand: string): string {
  const text = onBrand || facts.better;
  const ratio = text === 'white' ? facts.contrastWhite : facts.contrastBlack;
  const fg = text === 'white' ? '#ffffff' : '#000000';
  const verdict = (r: number) => (r >= MIN_CONTRAST ? `<span class="ok">${r.toFixed(1)} : 1, easy to read</span>` : `<span class="bad">${r.toFixed(1)} : 1, too faint (needs ${MIN_CONTRAST} : 1)</span>`);
  return `<div class="facts">
<div class="swatch" style="--bg:${esc(facts.printedHex)};--fg:${fg}" role="img" aria-label="your colour as printed, with ${text} text on it"></div>
<dl>
<dt>Prints as</dt><dd>CMYK ${facts.cmyk.map((v) => Math.round(v)).join(' / ')}${facts.deltaE > 2.5 ? ` <span class="bad">(the press cannot print this exact colour; the nearest is shown, a difference of ${facts.deltaE.toFixed(1)})</span>` : ''}</dd>
<dt>White text on it</dt><dd>${verdict(facts.contrastWhite)}</dd>
<dt>Black text on it</dt><dd>${verdict(facts.contrastBlack)}</dd>
</dl>
${ratio < MIN_CONTRAST ? `<p class="bad">With ${text} text your name is hard to read. Choose ${text === 'white' ? 'black' : 'white'} text or a ${text === 'white' ? 'darker' : 'lighter'} colour.</p>` : ''}
<p class="help">How it looks to readers with colour blindness, and printed in black and white:</p>
<ul class="views">${facts.views.map((v) => `<li><span class="chip" style="--bg:${esc(v.hex)};--fg:${fg}" aria-hidden="true"></span>${esc(v.name === 'normal vision' ? 'normal' : v.name)}</li>`).join('')}</ul>
</div>`;
}

function deckSection(deck: CatalogueDeck, edition: Partial<Edition>, languages: string[]): string {
  const choice = (edition.decks ?? []).find((d) => (typeof d === 'string' ? d : d.id) === deck.id);
  const rules = typeof choice === 'object' ? choice : undefined;
  const leaveOut = new Set(rules?.leaveOut ?? []);
  const title = deck.titles.nl ?? deck.id;
  const cards = deck.cards.map((card) => {
    const words = card.words.nl ?? {};
    const label = words.title ?? words.question ?? words.text ?? card.id;
    const parts = REWORD_PARTS.filter((p) => languages.some((l) => card.words[l]?.[p] !== undefined) || (p === 'title' && !words.title && false));
    const reworded = rules?.reword?.[card.id] ?? {};
    const isReworded = Object.keys(reworded).length > 0;
    const fields = languages.map((lang) => `<fieldset class="lang"><legend>${esc(langName(lang))}</legend>${parts.map((part) => {
      const current = (reworded[lang] as Partial<Record<RewordPart, string>> | undefined)?.[part] ?? '';
      const standard = card.words[lang]?.[part] ?? card.words.nl?.[part] ?? '';
      const fieldId = `rw-${deck.id}-${card.id}-${lang}-${part}`;
      const input = part === 'title'
        ? `<input id="${fieldId}" value="${esc(current)}" placeholder="${esc(standard)}" data-change="${attr({ op: 'reword', deck: deck.id, card: card.id, lang, part })}">`
        : `<textarea id="${fieldId}" rows="3" placeholder="${esc(standard)}" data-change="${attr({ op: 'reword', deck: deck.id, card: card.id, lang, part })}">${esc(current)}</textarea>`;
      return `<p class="field"><label for="${fieldId}">${esc(PART_LABEL[part])}</label>${input}</p>`;
    }).join('')}<div class="msg" data-msg="reword:${esc(deck.id)}:${esc(card.id)}:${esc(lang)}"></div></fieldset>`).join('');
    const checkId = `print-${deck.id}-${card.id}`;
    return `<li class="card-row${leaveOut.has(card.id) ? ' left-out' : ''}" id="row-${esc(deck.id)}-${esc(card.id)}">
<div class="card-head"><label class="choice" for="${checkId}"><input type="checkbox" id="${checkId}" ${leaveOut.has(card.id) ? '' : 'checked'} data-change="${attr({ op: 'leaveOut', deck: deck.id, card: card.id })}"> <span class="card-label">${esc(clip(label, 70))}</span></label>
<span class="fit" data-fit="${esc(deck.id)}:${esc(card.id)}"></span></div>
<details${isReworded ? ' open' : ''}><summary>Reword${isReworded ? ' <span class="badge">reworded</span>' : ''}</summary>${fields}</details>
<div class="msg" data-msg="card:${esc(deck.id)}:${esc(card.id)}"></div>
</li>`;
  }).join('');
  const added = (rules?.add ?? []).map((card) => {
    const words = card.texts.nl ?? Object.values(card.texts)[0];
    return `<li class="card-row added"><div class="card-head"><span class="card-label">${esc(clip(words?.title ?? words?.text ?? card.id, 70))}</span> <span class="badge">your own card</span>
<span class="fit" data-fit="${esc(deck.id)}:${esc(card.id)}"></span>
<button type="button" class="small" data-remove="${attr({ op: 'removeCard', deck: deck.id, id: card.id })}">Remove<span class="visually-hidden"> the card ${esc(words?.title ?? card.id)}</span></button></div></li>`;
  }).join('');
  const categoryOptions = deck.categories.map((c) => `<option value="${esc(c.id)}">${esc(c.labels.nl ?? c.id)}</option>`).join('');
  const afterOptions = deck.cards.map((c) => `<option value="${esc(c.id)}">${esc(clip(c.words.nl?.title ?? c.words.nl?.question ?? c.words.nl?.text ?? c.id, 50))}</option>`).join('');
  const addTexts = languages.map((lang) => `<fieldset class="lang"><legend>${esc(langName(lang))}</legend>
<p class="field"><label for="add-${deck.id}-${lang}-title">Title <span class="muted">(optional)</span></label><input id="add-${deck.id}-${lang}-title" name="title-${lang}"></p>
<p class="field"><label for="add-${deck.id}-${lang}-text">Text${lang === 'nl' ? ' <span class="muted">(needed)</span>' : ''}</label><textarea id="add-${deck.id}-${lang}-text" name="text-${lang}" rows="3" ${lang === 'nl' ? 'required' : ''}></textarea></p></fieldset>`).join('');
  return `<section class="deck" aria-labelledby="deck-${esc(deck.id)}-h">
<h3 id="deck-${esc(deck.id)}-h">${esc(title)}</h3>
${`<div class="msg" data-msg="deck:${esc(deck.id)}"></div>`}
<ul class="cards">${cards}${added}</ul>
<details class="add"><summary>Add your own card to ${esc(title)}</summary>
<div class="add-card" data-deck="${esc(deck.id)}">
<p class="field"><label for="add-${deck.id}-category">Kind of card</label><select id="add-${deck.id}-category" name="category">${categoryOptions}</select></p>
<p class="field"><label for="add-${deck.id}-after">Place it after</label><select id="add-${deck.id}-after" name="after"><option value="">the last card</option>${afterOptions}</select></p>
${addTexts}
<p><button type="button" data-add="${esc(deck.id)}">Add the card</button></p>
<div class="msg" data-msg="add:${esc(deck.id)}"></div>
</div></details>
</section>`;
}

const PART_LABEL: Record<RewordPart, string> = { title: 'Title', question: 'Question', task: 'Task', text: 'Text', prompt: 'Question at the foot' };

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** A message list in plain words. */
export function messagesHtml(messages: readonly StudioMessage[]): string {
  if (!messages.length) return '';
  const word = { error: 'Must fix', warning: 'Check', note: 'Note' } as const;
  return `<ul class="messages">${messages.map((m) => `<li class="${m.severity}"><strong>${word[m.severity]}:</strong> ${esc(m.text)}${m.hint ? `<span class="hint">${esc(upperFirst(m.hint))}.</span>` : ''}</li>`).join('')}</ul>`;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replace(/\.$/, '');

/** Every placed message as HTML per field key, for the page to put beside its fields. */
export function messageFragments(placed: PlacedMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, list] of Object.entries(placed.fields)) out[key] = messagesHtml(list);
  const general = messagesHtml(placed.general);
  const background = placed.background.length
    ? `<details class="background"><summary>${placed.background.length} note(s) about the standard decks themselves (nothing you need to do)</summary>${messagesHtml(placed.background)}</details>`
    : '';
  out.general = general + background;
  return out;
}

/** How a text fits: "fits", or "tight in German: 8.5 pt instead of 10.5 pt". */
export function fitWords(rows: readonly FitReportRow[]): { tight: boolean; text: string } {
  const tight = rows.filter((r) => r.sizePt < r.preferredSizePt - 0.05 || r.fill > 0.97);
  if (!rows.length) return { tight: false, text: '' };
  if (!tight.length) return { tight: false, text: 'fits' };
  return {
    tight: true,
    text: tight.map((r) => `tight in ${LANGUAGE_IN_ENGLISH[r.lang] ?? r.lang}${r.sizePt < r.preferredSizePt - 0.05 ? ` (text ${fmt(r.sizePt)} pt instead of ${fmt(r.preferredSizePt)})` : ' (the card is full)'}`).join('; '),
  };
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** The fit of every card, per deck and card, for the badges beside the cards. */
export function fitFragments(rows: readonly FitReportRow[]): Record<string, string> {
  const byCard = new Map<string, FitReportRow[]>();
  for (const row of rows) byCard.set(`${row.deck}:${row.card}`, [...(byCard.get(`${row.deck}:${row.card}`) ?? []), row]);
  const out: Record<string, string> = {};
  for (const [key, list] of byCard) {
    const { tight, text } = fitWords(list);
    out[key] = text ? `<span class="${tight ? 'tight' : 'fits'}">${esc(text)}</span>` : '';
  }
  return out;
}

/** The preview: each card of the standard edition beside the same card of this edition. */
export function previewHtml(mine: DeckPreview, standard: DeckPreview | undefined, deck: CatalogueDeck | undefined, lang: string, changed: ReadonlySet<string>): string {
  const cardName = (id: string) => {
    const words = deck?.cards.find((c) => c.id === id)?.words;
    const w = words?.[lang] ?? words?.nl;
    return clip(w?.title ?? w?.question ?? w?.text ?? id, 60);
  };
  const img = (src: string, alt: string, w: number, h: number) => `<img src="${esc(src)}" alt="${esc(alt)}" width="${w}" height="${h}" loading="lazy">`;
  const standardById = new Map(standard?.fronts.map((f) => [f.card, f.image]) ?? []);
  const mineIds = new Set(mine.fronts.map((f) => f.card));
  // the standard deck's order, with this edition's own cards after the card they follow
  const order = [...standardById.keys()];
  mine.fronts.forEach((f, i) => {
    if (order.includes(f.card)) return;
    const previous = mine.fronts[i - 1]?.card;
    order.splice(previous ? order.indexOf(previous) + 1 : 0, 0, f.card);
  });
  void mineIds;
  const pair = (key: string, label: string, theirs?: { src: string; widthPx: number; heightPx: number }, ours?: { src: string; widthPx: number; heightPx: number; hash: string }, fit = '') => `<li class="pair${ours && changed.has(ours.hash) ? ' changed' : ''}${ours ? '' : ' gone'}" data-card="${esc(key)}">
<div class="sides">
<figure class="standard">${theirs ? img(theirs.src, `${label}, standard edition`, theirs.widthPx, theirs.heightPx) : '<span class="none">not in the standard edition</span>'}<figcaption>Standard</figcaption></figure>
<figure class="mine">${ours ? img(ours.src, `${label}, your edition`, ours.widthPx, ours.heightPx) : '<span class="none">left out</span>'}<figcaption>Yours${ours && changed.has(ours.hash) ? ' <span class="badge">changed</span>' : ''}</figcaption></figure>
</div>
<p class="caption">${esc(label)}${fit}</p></li>`;
  const fitByCard = new Map<string, FitReportRow[]>();
  for (const row of mine.fit) fitByCard.set(row.card, [...(fitByCard.get(row.card) ?? []), row]);
  const cards = order.map((id) => {
    const ours = mine.fronts.find((f) => f.card === id)?.image;
    const { tight, text } = fitWords(fitByCard.get(id) ?? []);
    return pair(id, cardName(id), standardById.get(id), ours, text ? ` <span class="${tight ? 'tight' : 'fits'}">${esc(text)}</span>` : '');
  }).join('');
  const back = pair('back', 'The back of every card', standard?.back, mine.back);
  const posters = mine.posters.map((p) => pair(`poster-${p.id}`, `Poster ${p.id}`, standard?.posters.find((s) => s.id === p.id)?.image, p.image)).join('');
  const failed = mine.failed ? '<p class="bad">This change has a problem (see the messages in the form), so the preview shows the last version that worked.</p>' : '';
  return `${failed}<ul class="pairs">${back}${cards}${posters}</ul>`;
}

/** The built files, grouped by who prints them, with instructions and the preflight verdict. */
export function downloadsHtml(id: string, download: Download): string {
  if (!download.files.length) return '<p class="bad">Nothing was built: fix the problems shown in the form first.</p>';
  const groups = (Object.keys(INSTRUCTIONS) as Purpose[]).map((purpose) => {
    const files = download.files.filter((f) => f.purpose === purpose);
    if (!files.length) return '';
    const rows = files.map((f) => `<li><a href="/e/${esc(id)}/files/${esc(f.path)}" download>${esc(f.path.split('/').pop())}</a>
<span class="muted">${esc(langName(f.lang))}, ${f.pages} ${f.pages === 1 ? 'page' : 'pages'}, ${f.bytes < 1024 * 1024 ? `${Math.max(1, Math.round(f.bytes / 1024))} KB` : `${(f.bytes / 1024 / 1024).toFixed(1)} MB`}</span>
${f.preflight.ok ? '<span class="ok">✓ passes preflight</span>' : `<span class="bad">✗ preflight: ${esc(f.preflight.problems.slice(0, 3).join('; '))}</span>`}</li>`).join('');
    return `<section class="purpose"><h3>${esc(INSTRUCTIONS[purpose].title)}</h3><p class="help">${esc(INSTRUCTIONS[purpose].text)}</p><ul class="files">${rows}</ul></section>`;
  }).join('');
  const passing = download.files.filter((f) => f.preflight.ok).length;
  return `<p><a class="button" href="/e/${esc(id)}/print-files.zip" download>Download all ${download.files.length} files as one zip</a>
<span class="muted">${passing} of ${download.files.length} pass preflight · built in ${(download.ms / 1000).toFixed(1)} s</span></p>${groups}`;
}

export type { Cmyk };
