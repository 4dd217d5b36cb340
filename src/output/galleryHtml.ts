/** One picture of a card face or poster: a thumbnail in the grid that opens a large view. */
export interface GalleryPicture {
  /** Relative to the edition's output folder, with its version (`?v=…`) so a changed page is fetched anew. */
  src: string;
  alt: string;
  widthPx: number;
  heightPx: number;
  /** Id of its large view (the fragment the thumbnail links to). */
  viewId: string;
  caption: string;
  /** The fit report's flag: the text shrank (tight) or can shrink no further (full). */
  flag?: { label: 'tight' | 'full'; detail: string };
}

export interface GalleryFile {
  href: string;
  label: string;
  /** Who prints it: a print shop (cards, A2 poster) or the office printer (sheets, tiles). */
  printer: 'shop' | 'office';
}

export interface GalleryItem {
  /** Id of its section, `nl-swan`, `nl-poster-swan`. */
  anchor: string;
  title: string;
  kind: 'deck' | 'poster';
  /** The back colour as the press prints it (sRGB hex), for a deck. */
  swatch?: string;
  files: GalleryFile[];
  back?: GalleryPicture;
  pictures: GalleryPicture[];
}

export interface GalleryLanguage {
  lang: string;
  /** The language's name in itself: Nederlands, English, français. */
  name: string;
  items: GalleryItem[];
}

export interface GalleryModel {
  editionName: string;
  editionLang: string;
  languages: GalleryLanguage[];
  stamp: string;
  /** Watch mode: the page reloads itself after a build. */
  refreshSeconds?: number;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The preview page of an edition: per language (in the edition's order) and deck its fronts in a grid,
 * one back, and its files; per poster its picture. A thumbnail opens its large view with a `:target`
 * overlay (no script needed; Escape closes it where scripts run). Cards whose text had to shrink carry
 * the fit report's flag. Plain HTML and CSS.
 */
export function galleryHtml(model: GalleryModel): string {
  const { languages } = model;
  const views: string[] = [];
  const sections = languages.map((language) => {
    const items = language.items.map((item) => {
      const all = [...(item.back ? [item.back] : []), ...item.pictures];
      all.forEach((p, i) => views.push(viewHtml(p, item, all[i - 1], all[i + 1], language.lang)));
      const flagged = item.pictures.filter((p) => p.flag).length;
      const count = item.kind === 'deck'
        ? `${item.pictures.length} cards${flagged ? ` · <span class="count-flag">${flagged} tight</span>` : ''}`
        : `poster${flagged ? ' · <span class="count-flag">tight</span>' : ''}`;
      return `
    <article class="item ${item.kind}" id="${escape(item.anchor)}">
      <header class="item-head">
        ${item.swatch ? `<span class="swatch" style="background:${escape(item.swatch)}" title="back colour ${escape(item.swatch)}"></span>` : ''}
        <h3 lang="${escape(language.lang)}">${escape(item.title)}</h3>
        <p class="count">${count}</p>
      </header>
      <ul class="files">${item.files.map((f) => `
        <li class="file ${f.printer}"><a href="${escape(f.href)}">${escape(f.label)}</a> <span class="for">${f.printer === 'shop' ? 'print shop' : 'office printer'}</span></li>`).join('')}
      </ul>
      <div class="grid">${item.back ? thumbHtml(item.back, 'back') : ''}${item.pictures.map((p) => thumbHtml(p, item.kind === 'poster' ? 'poster' : 'front')).join('')}
      </div>
    </article>`;
    }).join('');
    return `
  <section class="language" id="${escape(language.lang)}" lang="${escape(language.lang)}">
    <h2><span class="code">${escape(language.lang)}</span> ${escape(language.name)}</h2>${items}
  </section>`;
  }).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(model.editionName)} · kaartwerk preview</title>
<style>${CSS}</style>
</head>
<body>
<header class="top">
  <div class="wrap">
    <p class="kicker">kaartwerk · preview</p>
    <h1 lang="${escape(model.editionLang)}">${escape(model.editionName)}</h1>
    <nav class="langs" aria-label="Languages">${languages.map((l) => `<a href="#${escape(l.lang)}" lang="${escape(l.lang)}"><span class="code">${escape(l.lang)}</span> ${escape(l.name)}</a>`).join('')}</nav>
    <div class="where">
      <section class="shop">
        <h2>To the print shop</h2>
        <p><code>*.cards.pdf</code>: one card face per page with 3&nbsp;mm bleed, PDF/X-4, CMYK.<br><code>poster-*.a2.pdf</code>: the A2 poster with bleed, for a poster printer.</p>
      </section>
      <section class="office">
        <h2>On the office printer</h2>
        <p><code>*.sheets-*.pdf</code>: cards with bleed and crop marks; print double-sided, flip on the long edge, at 100&nbsp;%.<br><code>poster-*.a2-tiles-*.pdf</code>: the poster in A4 or A3 tiles to glue together.</p>
      </section>
    </div>
    <p class="legend"><span class="flag">tight</span> the card’s text had to shrink by more than a tenth; <span class="flag full">full</span> it can shrink no further. Details in the <a href="fit-report.txt">fit report</a> · <a href="manifest.json">manifest</a></p>
  </div>
</header>
<main class="wrap">${sections}
</main>
<div class="views">${views.join('')}
</div>
<footer class="wrap"><p>build ${escape(model.stamp)}</p></footer>
<script>
  // Escape closes a large view
  addEventListener('keydown', (e) => { const v = document.querySelector('.view:target'); if (e.key === 'Escape' && v) location.hash = v.dataset.back; });${model.refreshSeconds ? `
  // watch mode: reload as soon as a new build is there (served over http), or every ${model.refreshSeconds} s (opened as a file)
  const shown = ${JSON.stringify(model.stamp)};
  if (location.protocol === 'file:') setTimeout(() => location.reload(), ${model.refreshSeconds * 1000});
  else setInterval(async () => {
    try {
      const latest = (await (await fetch('preview/stamp.txt?t=' + Date.now())).text()).trim();
      if (latest && latest !== shown) location.reload();
    } catch {}
  }, 100);` : ''}
</script>
</body>
</html>
`;
}

function thumbHtml(p: GalleryPicture, side: 'front' | 'back' | 'poster'): string {
  const flag = p.flag ? `<span class="flag${p.flag.label === 'full' ? ' full' : ''}" title="${escape(p.flag.detail)}">${p.flag.label}</span>` : '';
  return `
        <figure class="thumb ${side}${p.flag ? ' flagged' : ''}">
          <a href="#${escape(p.viewId)}" aria-label="${escape(`${p.caption}: large view`)}"><img src="${escape(p.src)}" alt="${escape(p.alt)}" width="${p.widthPx}" height="${p.heightPx}" loading="lazy"></a>${flag}
          <figcaption>${escape(p.caption)}${p.flag ? `<span class="detail">${escape(p.flag.detail)}</span>` : ''}</figcaption>
        </figure>`;
}

function viewHtml(p: GalleryPicture, item: GalleryItem, prev: GalleryPicture | undefined, next: GalleryPicture | undefined, lang: string): string {
  return `
  <div class="view" id="${escape(p.viewId)}" role="dialog" aria-label="${escape(`${item.title}: ${p.caption}`)}" data-back="${escape(item.anchor)}">
    <a class="shade" href="#${escape(item.anchor)}" tabindex="-1" aria-hidden="true"></a>
    <figure>
      <img src="${escape(p.src)}" alt="${escape(p.alt)}" width="${p.widthPx}" height="${p.heightPx}" loading="lazy">
      <figcaption><strong lang="${escape(lang)}">${escape(item.title)}</strong> · ${escape(p.caption)}${p.flag ? ` · <span class="flag${p.flag.label === 'full' ? ' full' : ''}">${p.flag.label}</span> ${escape(p.flag.detail)}` : ''}</figcaption>
      <nav>${prev ? `<a href="#${escape(prev.viewId)}">← previous</a>` : '<span></span>'}<a class="close" href="#${escape(item.anchor)}">close</a>${next ? `<a href="#${escape(next.viewId)}">next →</a>` : '<span></span>'}</nav>
    </figure>
  </div>`;
}

const CSS = `
  :root { --ink: #1c1d21; --muted: #5d6069; --line: #dedbd3; --paper: #f7f5f0; --card: #fff; --tight: #b4470b; --tight-bg: #fff1e6; --full: #a30d2d; --full-bg: #fde8ec; }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.5 "Noto Sans", "Helvetica Neue", Arial, system-ui, sans-serif; }
  .wrap { max-width: 1200px; margin: 0 auto; padding: 0 32px; }
  a { color: inherit; }
  code { font: .85em/1 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #efece4; padding: .1em .3em; border-radius: 3px; }
  .top { background: var(--card); border-bottom: 1px solid var(--line); padding: 40px 0 24px; }
  .kicker { margin: 0; font-size: .8rem; letter-spacing: .12em; text-transform: uppercase; color: var(--muted); }
  h1 { margin: .2rem 0 1.2rem; font-size: clamp(2rem, 4vw, 2.8rem); line-height: 1.1; letter-spacing: -.01em; }
  .langs { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 24px; }
  .langs a { text-decoration: none; border: 1px solid var(--line); border-radius: 999px; padding: 6px 14px; font-size: .95rem; background: var(--paper); }
  .langs a:hover, .langs a:focus-visible { border-color: var(--ink); }
  .code { font-size: .72em; font-weight: 700; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin-right: .2em; }
  .where { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
  .where section { border-radius: 10px; padding: 14px 18px; border: 1px solid var(--line); border-left-width: 6px; }
  .where .shop { border-left-color: #2b6cb0; }
  .where .office { border-left-color: #3f8f5a; }
  .where h2 { margin: 0 0 .3rem; font-size: 1rem; }
  .where p { margin: 0; font-size: .9rem; color: var(--muted); }
  .legend { margin: 16px 0 0; font-size: .85rem; color: var(--muted); }
  .language { padding: 40px 0 8px; }
  .language > h2 { font-size: 1.6rem; margin: 0 0 20px; padding-bottom: 8px; border-bottom: 2px solid var(--ink); }
  .item { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 20px 24px 24px; margin: 0 0 24px; }
  .item-head { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
  .item-head h3 { margin: 0; font-size: 1.3rem; }
  .swatch { width: 22px; height: 22px; border-radius: 6px; box-shadow: inset 0 0 0 1px rgb(0 0 0 / .15); flex: none; }
  .count { margin: 0 0 0 auto; color: var(--muted); font-size: .9rem; }
  .count-flag { color: var(--tight); font-weight: 600; }
  .files { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 0; margin: 10px 0 18px; font-size: .88rem; }
  .files .for { color: var(--muted); font-size: .8rem; }
  .files .shop a::before, .files .office a::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; vertical-align: .05em; }
  .files .shop a::before { background: #2b6cb0; }
  .files .office a::before { background: #3f8f5a; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 20px 16px; }
  .poster .grid { grid-template-columns: repeat(auto-fill, minmax(220px, 280px)); }
  .thumb { margin: 0; position: relative; }
  .thumb a { display: block; border-radius: 6px; outline-offset: 3px; }
  .thumb img { display: block; width: 100%; max-width: 180px; height: auto; border-radius: 6px; box-shadow: 0 1px 2px rgb(0 0 0 / .12), 0 4px 12px rgb(0 0 0 / .06); transition: transform .12s ease; }
  .poster .thumb img { max-width: 280px; }
  .thumb a:hover img, .thumb a:focus-visible img { transform: translateY(-2px); }
  .thumb.back img { outline: 2px dashed var(--line); outline-offset: 4px; }
  .thumb.flagged img { box-shadow: 0 0 0 3px var(--tight); }
  .thumb > .flag { position: absolute; top: 8px; left: 8px; }
  .thumb figcaption { margin-top: 8px; font-size: .8rem; color: var(--muted); max-width: 180px; }
  .thumb figcaption .detail { display: block; color: var(--tight); }
  .flag { display: inline-block; font-size: .7rem; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; padding: 2px 7px; border-radius: 4px; background: var(--tight-bg); color: var(--tight); border: 1px solid currentColor; }
  .flag.full { background: var(--full-bg); color: var(--full); }
  .view { display: none; position: fixed; inset: 0; z-index: 10; place-items: center; padding: 24px; }
  .view:target { display: grid; }
  .view .shade { position: absolute; inset: 0; background: rgb(18 18 22 / .86); }
  .view figure { position: relative; margin: 0; max-width: min(92vw, 900px); text-align: center; color: #f2f2f2; }
  .view img { display: block; margin: 0 auto; max-width: 100%; max-height: 80vh; width: auto; height: auto; border-radius: 8px; background: #fff; box-shadow: 0 10px 40px rgb(0 0 0 / .5); }
  .view figcaption { margin-top: 12px; font-size: .95rem; }
  .view nav { display: flex; justify-content: space-between; gap: 24px; margin-top: 10px; font-size: .9rem; }
  .view nav a { color: #fff; }
  footer { color: var(--muted); font-size: .8rem; padding-bottom: 32px; }
  @media (max-width: 820px) {
    .wrap { padding: 0 18px; }
    .where { grid-template-columns: 1fr; }
    .grid { grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 16px 12px; }
  }
`;
