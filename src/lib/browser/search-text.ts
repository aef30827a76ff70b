// Text handling for Vietnamese search, shared by the indexer (build) and the search page
// (browser), so both sides cut and fold words the same way.
//
// Pagefind folds most diacritics itself ("gioi" finds "giới", exact forms rank first), but
// NFD leaves đ alone, so "dang" cannot find "đẳng". Before indexing, đ is therefore written
// as d + U+0335 (combining short stroke): Pagefind drops the mark from the indexed word, so
// "đẳng" is indexed under "dang" like any other diacritic, while the page text Pagefind
// stores keeps the mark and the search page turns it back into đ.

const STROKE = '\u0335';

/** Page text as it goes into the index: NFC, đ written as d + stroke. */
export function markForIndex(text: string): string {
  return text.normalize('NFC').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D') + STROKE);
}

/** Text read back from the index, with its đ restored. */
export function unmark(text: string): string {
  return text.replace(/([dD])\u0335/g, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));
}

// Pagefind joins the text of adjacent cells and terms ("<dt>Nguồn</dt><dd>Luật" → "NguồnLuật"),
// which makes one unfindable word: a space before each block element keeps words apart.
const BLOCK =
  /<(address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|summary|table|td|th|tr|ul)\b/gi;

/**
 * The HTML of a built page as it goes into the index: text marked as above, words kept
 * apart, no ids, and the page tagged with a `lang` filter from <html lang>, so one index
 * serves every language.
 */
export function prepareHtmlForIndex(html: string): string {
  return (
    markForIndex(html)
      .replace(BLOCK, ' <$1')
      // An address shown as text (https://…/binh-dang-gioi) holds no words of the page.
      .replace(/<a\b([^>]*)>(\s*https?:\/\/[^<]*)<\/a>/gi, '<a$1 data-pagefind-ignore>$2</a>')
      // Pagefind copies every element with an id into the result data (for sub-results, which
      // the search page does not show): a quarter of the bytes of a law's result.
      .replace(/(<[a-z][^>]*?)\sid="[^"]*"/gi, '$1')
      .replace(/<html([^>]*?)\slang="([^"]+)"/, '<html$1 lang="$2" data-pagefind-filter="lang:$2"')
  );
}

/**
 * One character folded: no tone or vowel marks, đ as d, lower case. Always one UTF-16 unit
 * for one, so positions in folded text are positions in the original.
 */
function foldChar(c: string): string {
  if (c === 'đ' || c === 'Đ') return 'd';
  const base = c.normalize('NFD').replace(/\p{M}/gu, '');
  const lower = (base.length === 1 ? base : c).toLowerCase();
  return lower.length === 1 ? lower : c;
}

/** Text as a Vietnamese reader who skips marks would type it: "Bình Đẳng" → "binh dang". */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** A word reduced to what Pagefind indexes: letters and digits only, lower case ("58/KH-UBND" → "58kh-ubnd" → "58khubnd"). */
export function wordKey(word: string): string {
  return word
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

export interface QueryTerm {
  /** As typed, reduced to letters and digits, lower case: "đẳng". */
  typed: string;
  /** What to ask Pagefind: đ as d, other marks kept so exact forms can rank first: "dẳng". */
  pagefind: string;
  /** Folded: "dang". */
  folded: string;
  /** Whether the reader typed marks, i.e. asked for this exact form. */
  accented: boolean;
}

/** The words of a query. Punctuation inside a word is dropped, as the index drops it. */
export function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const raw of query.normalize('NFC').split(/\s+/)) {
    const typed = wordKey(raw);
    if (!typed || seen.has(typed)) continue;
    seen.add(typed);
    const folded = fold(typed);
    terms.push({ typed, pagefind: typed.replace(/đ/g, 'd'), folded, accented: folded !== typed });
  }
  return terms;
}

/**
 * Forms of an English word that count as the same word: singular and plural
 * ("candidate" ↔ "candidates", "policy" ↔ "policies"). Vietnamese syllables never end in
 * -s, so they only ever match themselves.
 */
export function wordForms(folded: string): string[] {
  const forms = [folded];
  if (!/^[a-z]{3,}$/.test(folded)) return forms;
  if (folded.endsWith('ies')) forms.push(folded.slice(0, -3) + 'y');
  else if (folded.endsWith('s') && !folded.endsWith('ss')) forms.push(folded.slice(0, -1));
  else if (/[^aeiou]y$/.test(folded)) forms.push(folded.slice(0, -1) + 'ies');
  else forms.push(folded + 's');
  return forms;
}
