// What the search page does with Pagefind's answers: keep the pages that contain every
// word of the query, put the best ones first, and cut an excerpt with the words marked.
// Pure functions, so the rules are tested in tests/unit/search-results.test.ts.
import { fold, wordForms, wordKey, type QueryTerm } from './search-text.ts';

export interface Candidate {
  id: string;
  /** Metadata fields the query matched (Pagefind's matchedMetaFields). */
  metaFields: string[];
  /** Positions of the matched words on the page, from 0 at its first word (Pagefind's words). */
  words: number[];
}

export interface RankInput {
  /** Pagefind's own ranking of the query, best first; may include prefix matches. */
  ranked: Candidate[];
  /** For each query word, the pages that contain it as a whole word (any marks). */
  pagesPerTerm: Set<string>[];
  /** For each word typed with marks, the pages that contain exactly that form. */
  exactPerTerm: Set<string>[];
  /** Whether the query has a word with a digit, i.e. may be a document number. */
  numberQuery: boolean;
  /**
   * Whether the pages come from several languages' indexes, whose scores do not compare (a word
   * rare in one index weighs more there): then pages with more matched words come first.
   */
  acrossIndexes?: boolean;
}

/**
 * Whether a page begins with the query's words, i.e. is named by them: its heading comes first,
 * so a body's page ("Sở Tư pháp…"), a term's entry ("Định kiến giới") or a law ("Luật Bình đẳng
 * giới…") is what the reader typed the name of.
 */
const namedBy = (r: Candidate, wordCount: number) => wordCount > 0 && Array.from({ length: wordCount }, (_, i) => i).every((i) => r.words.includes(i));

/**
 * Every word must match (Pagefind alone would drop unknown words and fall back to
 * prefixes); then document numbers first, then pages with the exact forms typed, then pages
 * named by the query, each group in Pagefind's order (across indexes: more matched words first).
 */
export function rankResults({ ranked, pagesPerTerm, exactPerTerm, numberQuery, acrossIndexes = false }: RankInput): string[] {
  if (pagesPerTerm.length === 0) return [];
  const kept = ranked.filter((r) => pagesPerTerm.every((s) => s.has(r.id)));
  const group = (r: Candidate) =>
    (numberQuery && r.metaFields.includes('number') ? 0 : 4) + (exactPerTerm.every((s) => s.has(r.id)) ? 0 : 2) + (namedBy(r, pagesPerTerm.length) ? 0 : 1);
  return kept
    .map((r, i) => ({ id: r.id, key: group(r), w: acrossIndexes ? r.words.length : 0, i }))
    .sort((a, b) => a.key - b.key || b.w - a.w || a.i - b.i)
    .map((r) => r.id);
}

export interface Segment {
  text: string;
  mark?: boolean;
}

/** Matches a word of the page against each query word; -1 when none. */
function matcher(words: string[], terms: QueryTerm[]): (word: string) => number {
  const keys = (w: string) => {
    const whole = wordKey(w);
    // "58/KH-UBND" also matches "ubnd", as the index holds the parts of such words.
    const parts = w
      .split(/[^\p{L}\p{N}]+/u)
      .map(wordKey)
      .filter((p) => p && p !== whole);
    return [whole, ...parts];
  };
  const present = new Set(words.flatMap(keys));
  // A word typed with marks marks only that exact form when the page has it ("Đảng", not "đẳng").
  const exact = terms.map((t) => t.accented && present.has(t.typed));
  const forms = terms.map((t) => new Set(wordForms(t.folded)));
  return (word) => {
    const ks = keys(word);
    return terms.findIndex((t, i) => ks.some((k) => (exact[i] ? k === t.typed : forms[i]!.has(fold(k)))));
  };
}

/**
 * About `length` words of the page around the best cluster of query words (most distinct
 * words, then most matches), with the matched words marked. The text stays as written.
 */
export function buildExcerpt(content: string, terms: QueryTerm[], length = 30): Segment[] {
  const words = content.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const match = matcher(words, terms);
  const hits = words.map(match);
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start < Math.max(1, words.length - length + 1); start++) {
    const window = hits.slice(start, start + length).filter((h) => h >= 0);
    const score = new Set(window).size * 1000 + window.length;
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  // Start a little before the first match, so the reader sees its context.
  const first = hits.slice(best, best + length).findIndex((h) => h >= 0);
  const start = Math.max(0, Math.min(best + Math.max(0, first - 5), words.length - length));
  const end = Math.min(words.length, start + length);
  const segments: Segment[] = [];
  const push = (text: string, mark = false) => {
    const last = segments[segments.length - 1];
    if (last && !last.mark && !mark) last.text += text;
    else segments.push(mark ? { text, mark } : { text });
  };
  if (start > 0) push('… ');
  for (let i = start; i < end; i++) {
    const w = words[i]!;
    if (i > start) push(' ');
    if (hits[i]! < 0) push(w);
    else {
      // Mark the word, not the punctuation around it.
      const [, lead = '', core = '', trail = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(w) ?? [];
      if (lead) push(lead);
      push(core, true);
      if (trail) push(trail);
    }
  }
  if (end < words.length) push(' …');
  return segments;
}
