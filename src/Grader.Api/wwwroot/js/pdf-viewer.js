// The dossier's real pages, drawn by pdf.js (served by the application from wwwroot/lib/pdfjs, copied from npm by the
// build), with pdf.js's text layer so that a cited quote can be found and highlighted on its page.
import { el } from './format.js';
import { locateQuote, normalise } from './quote-match.js';

let pdfjs;

async function library() {
  if (!pdfjs) {
    pdfjs = await import('/lib/pdfjs/pdf.min.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = '/lib/pdfjs/pdf.worker.min.mjs';
  }
  return pdfjs;
}

/**
 * Opens a PDF in the container: one placeholder per page at once, each drawn when it comes near the visible area or
 * when a quote asks for it. Returns { pageCount, showQuote(page, quote) }.
 */
export async function openPdf(container, url, fileName) {
  const lib = await library();
  const document_ = await lib.getDocument({ url, isEvalSupported: false, withCredentials: true, enableXfa: false }).promise;
  const first = await document_.getPage(1);
  const width = Math.max(container.clientWidth - 24, 320);
  const scale = width / first.getViewport({ scale: 1 }).width;
  const pages = [];
  const list = el('div', { class: 'pdf-pages', role: 'list', 'aria-label': `Pages de ${fileName}` });
  for (let number = 1; number <= document_.numPages; number++) {
    const page = number === 1 ? first : null;
    const size = (page ?? first).getViewport({ scale });
    const box = el('div', {
      class: 'pdf-page', id: `page-${number}`, 'data-page': number, role: 'listitem',
      'aria-label': `Page ${number} sur ${document_.numPages}`,
    }, el('span', { class: 'page-label', 'aria-hidden': 'true', text: `p. ${number}` }));
    box.style.width = `${size.width}px`;
    box.style.height = `${size.height}px`;
    box.style.setProperty('--scale-factor', String(scale));
    box.style.setProperty('--total-scale-factor', String(scale));
    list.append(box);
    pages.push({ number, box, rendered: null });
  }
  container.replaceChildren(list);

  const render = (entry) => {
    entry.rendered ??= (async () => {
      const page = await document_.getPage(entry.number);
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      const canvas = el('canvas', { 'aria-hidden': 'true' });
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      entry.box.style.width = `${viewport.width}px`;
      entry.box.style.height = `${viewport.height}px`;
      entry.box.append(canvas);
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
      const layer = el('div', { class: 'textLayer' });
      entry.box.append(layer);
      const textLayer = new lib.TextLayer({ textContentSource: page.streamTextContent(), container: layer, viewport });
      await textLayer.render();
      entry.textLayer = textLayer;
      entry.box.dataset.rendered = 'true';
    })();
    return entry.rendered;
  };

  const observer = new IntersectionObserver((seen) => {
    for (const item of seen) {
      if (item.isIntersecting) render(pages[Number(item.target.dataset.page) - 1]);
    }
  }, { root: container, rootMargin: '600px 0px' });
  pages.forEach((entry) => observer.observe(entry.box));

  return {
    pageCount: document_.numPages,
    /** Scrolls to the page, outlines it and highlights the quote there; resolves to true when the text was found. */
    async showQuote(number, quote) {
      const entry = pages[Math.min(Math.max(number, 1), pages.length) - 1];
      pages.forEach((p) => p.box.classList.remove('target'));
      container.querySelectorAll('.quote-hit').forEach((span) => span.classList.remove('quote-hit'));
      entry.box.classList.add('target');
      entry.box.scrollIntoView({ block: 'start' });
      await render(entry);
      const hits = highlight(entry.textLayer, quote);
      hits[0]?.scrollIntoView({ block: 'center' });
      return hits.length > 0;
    },
  };
}

/** Marks the text layer's spans covering the quote (or its longest findable beginning); returns them. */
function highlight(textLayer, quote) {
  if (!textLayer || !quote) return [];
  const divs = textLayer.textDivs;
  const strings = textLayer.textContentItemsStr;
  let text = '';
  const owner = [];
  strings.forEach((value, index) => {
    const part = normalise(value);
    text += part;
    for (let i = 0; i < part.length; i++) owner.push(index);
  });
  const found = locateQuote(text, quote);
  if (!found) return [];
  const { start, length } = found;
  const indices = new Set(owner.slice(start, start + length));
  const hits = [...indices].map((i) => divs[i]).filter(Boolean);
  hits.forEach((span) => span.classList.add('quote-hit'));
  return hits;
}
