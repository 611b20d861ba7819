// Finding an evidence quote in a page's text, shared by the PDF and the document viewers. The service's quote and the
// page's text differ in spaces, apostrophes, quotation marks and dashes, and a quote from a table carries the model's
// " | " between cells, which a rendered table shows as borders: both sides are compared on letters only.

/** One character as compared ('' for what does not count). */
export function normaliseChar(c) {
  if (/[\s\u00AD\u200B|]/.test(c)) return '';
  return c.normalize('NFKC').toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'").replace(/[«»“”„"]/g, '"').replace(/[‐‑‒–—]/g, '-');
}

// The whole text is composed first, so that a letter followed by a combining accent compares like the accented letter.
export const normalise = (text) => [...text.normalize('NFKC')].map(normaliseChar).join('');

/**
 * Where the quote (or its longest findable beginning: 80, 40, then 20 letters) starts in the normalised text, and how
 * many normalised letters it covers; null when not even a 20-letter beginning is found.
 */
export function locateQuote(normalisedText, quote) {
  const wanted = normalise(quote.replace(/^[.…\s]+|[.…\s]+$/g, ''));
  for (const size of [wanted.length, 80, 40, 20]) {
    if (size > wanted.length || size < 8) continue;
    const start = normalisedText.indexOf(wanted.slice(0, size));
    if (start >= 0) return { start, length: size };
  }
  return null;
}
