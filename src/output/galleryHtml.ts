/** One thumbnail of a card face or poster, with the PDF it comes from. */
export interface PreviewImage {
  /** Relative to the edition's output folder. */
  src: string;
  alt: string;
  widthPx: number;
  heightPx: number;
}

export interface GallerySection {
  lang: string;
  title: string;
  pdfs: { href: string; label: string }[];
  images: PreviewImage[];
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The preview page of an edition: per language and deck (or poster) its thumbnails and links to its PDFs
 * and the fit report. With `refreshSeconds` (watch mode) the page reloads itself to show new builds.
 */
export function galleryHtml(edition: string, sections: readonly GallerySection[], stamp: string, refreshSeconds?: number): string {
  const langs = [...new Set(sections.map((s) => s.lang))];
  const body = langs.map((lang) => `
<section id="${escape(lang)}">
  <h2>${escape(lang)}</h2>${sections.filter((s) => s.lang === lang).map((s) => `
  <article>
    <h3>${escape(s.title)}</h3>
    <p class="files">${s.pdfs.map((p) => `<a href="${escape(p.href)}">${escape(p.label)}</a>`).join(' · ')}</p>
    <div class="faces">${s.images.map((img) => `
      <img src="${escape(img.src)}?v=${escape(stamp)}" alt="${escape(img.alt)}" width="${img.widthPx}" height="${img.heightPx}">`).join('')}
    </div>
  </article>`).join('')}
</section>`).join('');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kaartwerk preview: ${escape(edition)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
  nav a, .files a { margin-right: .5rem; }
  .faces { display: flex; flex-wrap: wrap; gap: 6px; }
  .faces img { border: 1px solid #ccc; height: auto; }
  article { margin-bottom: 2rem; }
</style>
</head>
<body>
<h1>${escape(edition)}</h1>
<nav>${langs.map((l) => `<a href="#${escape(l)}">${escape(l)}</a>`).join('')} <a href="fit-report.txt">fit report</a> <a href="manifest.json">manifest</a></nav>${body}
<footer><p>build ${escape(stamp)}</p></footer>${refreshSeconds ? `
<script>
  // watch mode: reload as soon as a new build is there (served over http), or every ${refreshSeconds} s (opened as a file)
  const shown = ${JSON.stringify(stamp)};
  if (location.protocol === 'file:') setTimeout(() => location.reload(), ${refreshSeconds * 1000});
  else setInterval(async () => {
    try {
      const latest = (await (await fetch('preview/stamp.txt?t=' + Date.now())).text()).trim();
      if (latest && latest !== shown) location.reload();
    } catch {}
  }, 250);
</script>` : ''}
</body>
</html>
`;
}
