// A DOCX, PPTX, XLSX (or text) file shown from the service's document model (GET …/files/{id}/preview): the same pages,
// numbered as the evidence quotes number them, each a <section> with its marker (« Page 3 », « Diapositive 4 »…).
// Layout is not reproduced: the juror reads the text the service evaluated, where the quotes come from.
import { api } from './api.js';
import { el } from './format.js';
import { locateQuote, normaliseChar } from './quote-match.js';

const flagLabels = {
  'hidden-text': 'Texte caché sur cette page (non affiché ici)',
  'prompt-injection': 'Tentative d’injection d’instructions (phrase retirée du texte évalué)',
  'metadata-text': 'Texte dans les propriétés du fichier',
  ocr: 'Texte lu par reconnaissance de caractères (OCR)',
};
const furniture = { header: 'En-tête', footer: 'Pied de page', footnote: 'Note', caption: 'Légende' };

/**
 * Loads the preview of a file and renders it into the container. Returns { pageCount, labelOf(page), showQuote(page, quote) },
 * the same shape as the PDF viewer's, so that the review page treats both alike. Throws the API's French error.
 */
export async function openDocument(container, previewUrl, fileUrl, fileName) {
  const preview = await api(previewUrl);
  const sections = new Map();
  const pages = preview.pages.map((page) => {
    const section = renderPage(page, preview.pages.length);
    sections.set(page.number, section);
    return section;
  });
  container.replaceChildren(el('div', { class: 'doc-pages', 'data-file': preview.fileId },
    el('p', { class: 'doc-source' },
      preview.pageNumbersEstimated
        ? 'Texte du fichier tel que le service l’a lu, avec les numéros de page de ses citations (estimés : la mise en page de Word peut couper les pages ailleurs). '
        : 'Texte du fichier tel que le service l’a lu, avec les numéros de page de ses citations. ',
      el('a', { href: fileUrl, download: fileName, text: `Télécharger « ${fileName} » tel que déposé` })),
    preview.flags.length ? el('ul', { class: 'doc-flags' }, preview.flags.map(flagItem)) : null,
    pages.length ? pages : el('p', { class: 'viewer-notice', text: 'Ce fichier ne contient aucune page lisible.' })));

  return {
    pageCount: pages.length,
    labelOf: (number) => preview.pages.find((p) => p.number === number)?.label ?? `Page ${number}`,
    /** Scrolls to the page, outlines it and marks the quote in it; resolves to true when the text was found. */
    async showQuote(number, quote) {
      const section = sections.get(number) ?? nearest(sections, number);
      if (!section) return false;
      clearMarks(container);
      section.classList.add('target');
      section.scrollIntoView({ block: 'start' });
      const marks = markQuote(section.querySelector('.doc-page-body'), quote);
      marks[0]?.scrollIntoView({ block: 'center' });
      return marks.length > 0;
    },
  };
}

function renderPage(page, total) {
  const headingId = `page-${page.number}-marker`;
  const title = page.title && !page.label.includes(page.title) ? ` — ${page.title}` : '';
  return el('section', { class: 'doc-page', id: `page-${page.number}`, 'data-page': page.number, 'aria-labelledby': headingId },
    el('h3', { class: 'page-marker', id: headingId },
      page.label, el('span', { class: 'page-title', text: title }), el('span', { class: 'visually-hidden', text: ` (sur ${total})` })),
    page.flags.length ? el('ul', { class: 'doc-flags' }, page.flags.map(flagItem)) : null,
    el('div', { class: 'doc-page-body' }, page.blocks.length ? renderBlocks(page) : el('p', { class: 'hint', text: 'Aucun texte visible sur cette page.' })));
}

function flagItem(flag) {
  return el('li', { class: 'notice warn' }, el('strong', { text: `${flagLabels[flag.kind] ?? flag.kind} : ` }), flag.detail);
}

// Consecutive list items become one list, so that assistive technologies announce it as such.
function renderBlocks(page) {
  const out = [];
  let list = null;
  for (const block of page.blocks) {
    if (block.kind === 'list-item') {
      list ??= el('ul', { class: 'doc-list' });
      list.append(el('li', { style: `--level: ${block.level ?? 0}` },
        block.listLabel ? el('span', { class: 'list-label', text: `${block.listLabel} ` }) : null, block.text));
      continue;
    }
    if (list) out.push(list);
    list = null;
    out.push(renderBlock(block, page));
  }
  if (list) out.push(list);
  return out;
}

function renderBlock(block, page) {
  switch (block.kind) {
    case 'heading':
      // The page marker is an h3: the document's own headings sit below it.
      return el(`h${Math.min(4 + Math.max((block.level || 1) - 1, 0), 6)}`, { class: 'doc-heading', text: block.text });
    case 'table':
      return renderTable(block, page);
    case 'notes':
      return el('div', { class: 'doc-notes' }, el('p', { class: 'doc-notes-label' }, el('strong', { text: 'Notes de l’orateur' })), el('p', { text: block.text }));
    case 'header':
    case 'footer':
    case 'footnote':
    case 'caption':
      return el('p', { class: `doc-${block.kind}` }, el('span', { class: 'doc-furniture', text: `${furniture[block.kind]} : ` }), block.text);
    default:
      return el('p', { text: block.text });
  }
}

function renderTable(block, page) {
  const rows = block.rows?.length ? block.rows : block.text.split('\n').map((line) => line.split(' | '));
  const width = Math.max(...rows.map((r) => r.length));
  const cells = (row, tag) => Array.from({ length: width }, (_, i) => el(tag, tag === 'th' ? { scope: 'col', text: row[i] ?? '' } : { text: row[i] ?? '' }));
  const [head, ...body] = rows;
  // A wide sheet scrolls inside its own box, reachable with the keyboard, rather than widening the viewer.
  return el('div', { class: 'table-scroll doc-table', tabindex: '0', role: 'region', 'aria-label': `Tableau, ${page.label}` },
    el('table', {},
      el('thead', {}, el('tr', {}, cells(head, 'th'))),
      body.length ? el('tbody', {}, body.map((row) => el('tr', {}, cells(row, 'td')))) : null));
}

function nearest(sections, number) {
  const numbers = [...sections.keys()];
  if (!numbers.length) return null;
  const closest = numbers.reduce((best, n) => (Math.abs(n - number) < Math.abs(best - number) ? n : best));
  return sections.get(closest);
}

function clearMarks(container) {
  container.querySelectorAll('.doc-page.target').forEach((s) => s.classList.remove('target'));
  container.querySelectorAll('mark.quote-mark').forEach((mark) => {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  });
}

/** Wraps the quote (or its longest findable beginning) in <mark> elements inside root; returns them. */
function markQuote(root, quote) {
  if (!root || !quote) return [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  const owners = []; // for each normalised character: its text node and offset
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue;
    for (let offset = 0; offset < value.length; offset++) {
      const part = normaliseChar(value[offset]);
      text += part;
      for (let i = 0; i < part.length; i++) owners.push([node, offset]);
    }
  }
  const found = locateQuote(text, quote);
  if (!found) return [];
  const { start, length } = found;

  // One span per text node covered, from its first to its last covered character.
  const spans = new Map();
  for (const [node, offset] of owners.slice(start, start + length)) {
    const span = spans.get(node);
    if (span) span.end = offset + 1;
    else spans.set(node, { start: offset, end: offset + 1 });
  }
  const marks = [];
  for (const [node, span] of spans) {
    const range = document.createRange();
    range.setStart(node, span.start);
    range.setEnd(node, span.end);
    const mark = el('mark', { class: 'quote-mark' });
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks;
}
