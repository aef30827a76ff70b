// The link check over the built site (tests/e2e/links.spec.ts): every internal link, image,
// script, download and #fragment must lead to a file in dist/ and, for a fragment, to an
// element with that id. Pages are parsed as a browser would (parse5), not with patterns.
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

export interface Ref {
  /** What refers, for the message: `a href`, `img srcset`… */
  what: string;
  url: string;
}

export interface PageFacts {
  ids: Set<string>;
  refs: Ref[];
}

const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href'],
};
// Open Graph tags that hold an address on this site.
const urlMeta = new Set(['og:url', 'og:image', 'twitter:image']);

/** The ids a page offers as fragment targets and the addresses it refers to. */
export function pageFacts(html: string): PageFacts {
  const ids = new Set<string>();
  const refs: Ref[] = [];
  const walk = (node: Node) => {
    if ('attrs' in node) {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
      const id = attr('id');
      if (id) ids.add(id);
      if (node.tagName === 'a' && attr('name')) ids.add(attr('name')!);
      for (const name of urlAttributes[node.tagName] ?? []) {
        const value = attr(name);
        if (value === undefined) continue;
        const urls =
          name === 'srcset'
            ? value
                .split(',')
                .map((c) => c.trim().split(/\s+/)[0]!)
                .filter(Boolean)
            : [value.trim()];
        for (const url of urls) refs.push({ what: `${node.tagName} ${name}`, url });
      }
      const property = attr('property') ?? attr('name');
      if (node.tagName === 'meta' && property && urlMeta.has(property) && attr('content')) {
        refs.push({ what: `meta ${property}`, url: attr('content')! });
      }
    }
    if ('content' in node && node.content) walk(node.content as unknown as Node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html));
  return { ids, refs };
}

/** The address a built file answers at: `/a/b/index.html` at `/a/b/`. */
export function urlPathOf(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

export interface Site {
  /** Origin the site is published at; absolute links to it are internal. */
  origin: string;
  /** Every file in the build, as `/path/file.ext`. */
  files: Set<string>;
  /** Facts of the pages to check and of every page a fragment may point into, by file. */
  pages: Map<string, PageFacts>;
}

/** Problems, one line each: the page, what refers, the address and what is wrong. */
export function checkLinks(site: Site): string[] {
  const problems: string[] = [];
  for (const [file, facts] of site.pages) {
    const base = new URL(urlPathOf(file), site.origin);
    for (const ref of facts.refs) {
      if (/^(mailto|tel|data|blob):/i.test(ref.url)) continue;
      const say = (what: string) => problems.push(`${file}: ${ref.what}="${ref.url}" ${what}`);
      let url: URL;
      try {
        url = new URL(ref.url, base);
      } catch {
        say('is not a valid address');
        continue;
      }
      if (url.origin !== site.origin) {
        if (!/^https?:$/.test(url.protocol)) say('uses an unexpected scheme');
        continue;
      }
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        say('is badly encoded');
        continue;
      }
      const target = path.endsWith('/') ? path + 'index.html' : path;
      if (!site.files.has(target)) {
        say(site.files.has(path + '/index.html') ? 'leaves out the trailing slash (a redirect on every tap)' : 'leads to no file');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const targetPage = site.pages.get(target);
      if (fragment && targetPage && !targetPage.ids.has(fragment)) say(`points to #${fragment}, which ${target} does not have`);
    }
  }
  return problems;
}
