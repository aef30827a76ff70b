// The site's files as the after-build steps share them: what the built pages offer for download
// (links with `download`), the bundles they declare (the press kit), and the places where a
// file's size is still to be written. Read from each page once; pure functions of the HTML.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface Offer {
  url: string;
  title: string;
  kind: string;
  lang: string;
}

/** A ZIP a page asks the build to make: `<link rel="alternate" type="application/zip" href=… data-bundle='{…}'>`. */
export interface Bundle {
  url: string;
  readme?: { name: string; text: string };
  files: { path: string; name: string }[];
}

/** Where a page wants a file's facts written: `<span class="muted" data-file-info='{…}'></span>`. */
export interface Placeholder {
  start: number;
  end: number;
  href: string;
  format: string;
  detail?: string;
  pages: boolean;
  /** Only the size ("61 kB"), where a table's headings say the rest (the poster files). */
  compact?: boolean;
}

/** A site path in the body of a content entry (`<article data-source>`), to check that it leads somewhere. */
export interface BodyLink {
  source: string;
  url: string;
}

export interface PageFiles {
  lang: string;
  bodyLinks: BodyLink[];
  offers: Offer[];
  bundles: (Bundle & { start: number; end: number })[];
  placeholders: Placeholder[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** What one built page offers, declares and leaves to fill, with source offsets for the latter two. */
export function readPage(html: string, defaultLang: string): PageFiles {
  const tree = fromHtml(html);
  const out: PageFiles = { lang: defaultLang, bodyLinks: [], offers: [], bundles: [], placeholders: [] };
  const walk = (node: Root | Element, lang: string, source: string | undefined) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const p = child.properties;
      const here = str(p.lang) ?? lang;
      const from = str(p.dataSource) ?? source;
      if (from) {
        for (const url of [
          str(p.href),
          str(p.src),
          ...String(p.srcSet ?? '')
            .split(',')
            .map((s) => s.trim().split(/\s+/)[0]),
        ]) {
          if (url && url.startsWith('/') && !url.startsWith('//')) out.bodyLinks.push({ source: from, url });
        }
      }
      if (child.tagName === 'html') out.lang = here;
      if (child.tagName === 'a' && p.download !== undefined && str(p.href)) {
        const text = (child.children.find((c) => c.type === 'text') as { value?: string } | undefined)?.value ?? '';
        out.offers.push({ url: str(p.href)!, title: String(p.dataTitle ?? text).trim(), kind: String(p.dataKind ?? 'file'), lang: str(p.hrefLang) ?? here });
      }
      const at = child.position && { start: child.position.start.offset!, end: child.position.end.offset! };
      if (child.tagName === 'link' && p.dataBundle !== undefined && at) {
        out.bundles.push({ ...(JSON.parse(String(p.dataBundle)) as Omit<Bundle, 'url'>), url: String(p.href), ...at });
      }
      if (child.tagName === 'span' && p.dataFileInfo !== undefined && at) {
        const info = JSON.parse(String(p.dataFileInfo)) as Omit<Placeholder, 'start' | 'end'>;
        out.placeholders.push({ ...info, ...at });
      }
      walk(child, here, from);
    }
  };
  walk(tree, defaultLang, undefined);
  return out;
}

/** Replaces source ranges of a page, last first so earlier offsets stay right. */
export function splice(html: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = html;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
