// How a page reads on a phone, measured in the browser as laid out: its height, whether it scrolls
// sideways, where the content starts, table cells squeezed narrower than a word, and texts run into
// the next word. Shared by the phone tests (tests/e2e/phone.spec.ts) and `npm run bench`
// (scripts/bench/phone.mjs).
import type { Page } from '@playwright/test';

/** The phone the site is first written for. */
export const phone = { width: 360, height: 800 } as const;

/** What a phone reader gets, and where the layout fails them. */
export const phoneLimits = {
  /** The top of <main> at most this far down: the header leaves room for the content. */
  contentTop: 200,
  /** A table cell holding more than this many characters… */
  cellChars: 6,
  /** …is squeezed when it is narrower than this (CSS px): one short word. */
  cellWidth: 48,
} as const;

export interface PhoneFacts {
  /** The page's height in CSS px. */
  height: number;
  /** How far the page scrolls sideways (0 when it does not). */
  sideways: number;
  /** The top of <main>, in CSS px from the top of the page. */
  mainTop: number;
  /** Table cells narrower than a word: "<width> px: <start of text>". */
  squeezed: string[];
}

export async function phoneFacts(page: Page): Promise<PhoneFacts> {
  return page.evaluate(({ cellChars, cellWidth }) => {
    const doc = document.documentElement;
    const squeezed: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('td, th')) {
      const text = (cell.innerText ?? '').replace(/\s+/g, ' ').trim();
      const { width, height } = cell.getBoundingClientRect();
      // Headers kept for screen readers only (a stacked table's) are 1 px: not squeezed, hidden.
      if (width <= 1 || height <= 1) continue;
      if (text.length > cellChars && width < cellWidth) squeezed.push(`${Math.round(width)} px: ${text.slice(0, 40)}`);
    }
    const main = document.querySelector('main');
    return {
      height: Math.round(doc.scrollHeight),
      sideways: Math.max(0, doc.scrollWidth - doc.clientWidth),
      mainTop: main ? Math.round(main.getBoundingClientRect().top + window.scrollY) : -1,
      squeezed,
    };
  }, phoneLimits);
}

/**
 * Texts run into the next word: where one text node ends with a sentence or label mark (. : ; ! ? ,
 * closing bracket) or a letter, and the next one, on the same line with no space or gap between
 * them, starts with a letter or digit ("…Lạng Sơn.Cơ quan", "Trang in:A4", "Số hiệu87").
 * Measured on the page as styled, then with the site's styles off (as a reader mode, a text
 * browser or a feed reader shows it). Returns "<what> (styles on|off): …<text>…".
 */
export async function joinedWords(page: Page): Promise<string[]> {
  const find = (mode: string) =>
    page.evaluate((mode) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => {
          const el = n.parentElement;
          if (!el || !n.textContent || !n.textContent.trim()) return NodeFilter.FILTER_REJECT;
          if (el.closest('script, style, noscript, template, [hidden], [aria-hidden="true"]')) return NodeFilter.FILTER_REJECT;
          return el.getClientRects().length > 0 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
        },
      });
      const rectOf = (node: Text, at: number) => {
        const r = document.createRange();
        r.setStart(node, at);
        r.setEnd(node, at + 1);
        const rects = r.getClientRects();
        return rects.length ? rects[at === 0 ? 0 : rects.length - 1]! : null;
      };
      // Within one text: a sentence or label mark between a small letter (or digit, or bracket) and a
      // capital that starts a word ("Lạng Sơn.Cơ quan"), never "TP.HCM" or an address.
      const inText = /(?:^|[\p{Ll}\p{N})])[.!?;:](\p{Lu}[\p{Ll}\p{N}])/u;
      let prev: Text | null = null;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const m = inText.exec(n.textContent!);
        if (m) found.push(`run into the next word (styles ${mode}): …${n.textContent!.slice(Math.max(0, m.index - 25), m.index + 30)}…`);
        const a = prev;
        prev = n;
        if (!a) continue;
        const left = a.textContent!;
        const right = n.textContent!;
        // A space at either side, or punctuation that belongs with the next text, is no join.
        if (/\s$/.test(left) || /^\s/.test(right)) continue;
        const last = left.at(-1)!;
        const first = right[0]!;
        const markThenWord = /[.:;!?,)\]]/.test(last) && /[\p{L}\p{N}]/u.test(first);
        const wordThenWord = /[\p{L}]/u.test(last) && /[\p{L}\p{N}]/u.test(first);
        if (!markThenWord && !wordThenWord) continue;
        const ra = rectOf(a, left.length - 1);
        const rb = rectOf(n, 0);
        if (!ra || !rb || ra.width === 0 || rb.width === 0) continue;
        // On one line, with less than a space between the two glyphs.
        const sameLine = Math.abs(ra.top - rb.top) < Math.max(ra.height, rb.height) / 2;
        const gap = rb.left - ra.right;
        if (!sameLine || gap > 3 || gap < -3) continue;
        found.push(`${markThenWord ? 'run into the next word' : 'words joined'} (styles ${mode}): …${left.slice(-30)}|${right.slice(0, 30)}…`);
      }
      return found;
    }, mode);
  const on = await find('on');
  // The site's styles off: the browser's own remain, as in a reader mode.
  await page.evaluate(() => {
    for (const s of document.querySelectorAll('style, link[rel="stylesheet"]')) s.setAttribute('media', 'not all');
  });
  const off = await find('off');
  await page.evaluate(() => {
    for (const s of document.querySelectorAll('style, link[rel="stylesheet"]')) s.removeAttribute('media');
  });
  return [...on, ...off];
}
