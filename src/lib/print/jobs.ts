// A page that should become a file says so in its <head>, with the file as an alternate:
//   <link rel="alternate" type="application/pdf" href="/tai-ve/x.pdf" data-paper="216x303" data-bleed="3" …>
//   <link rel="alternate" type="image/png" href="/tai-ve/x.png" data-viewport="1200x630" data-discard>
// so the build finds what to render in the built HTML itself, and the page tells readers where its PDF is.
// The page writes its addresses under the site's base (/binh-dang-gioi/tai-ve/x.pdf); a job holds site paths.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sitePathOfHref } from '../../config/index.ts';
import { parsePosterFile } from './files.ts';

export interface RenderJob {
  /** Site path of the page to render, e.g. /ap-phich/x/a2/ */
  page: string;
  /** Site path of the file to write. */
  output: string;
  kind: 'pdf' | 'png';
  /** PDF: page size in mm, and the bleed (0 for office printing, whose margins come from @page). */
  paper?: { width: number; height: number; bleed: number };
  /** PNG: the size of the image in pixels. */
  viewport?: { width: number; height: number };
  /** Extra PDFs: `crop` (crop marks), `cmyk` (converted by Ghostscript). */
  variants: string[];
  /** Fold lines per page, in mm from the trim's left edge (a leaflet): drawn beside the crop marks. */
  folds?: number[][];
  /** Preview images of the trimmed page: this path plus -<width>.<format>. */
  preview?: string;
  /** The content file and fields the page shows, for error messages. */
  source?: string;
  /** The page only exists to make the file: removed once rendered. */
  discard: boolean;
  title: string;
  lang: string;
  author: string;
  subject: string;
}

function walk(node: Root | Element, visit: (el: Element) => void) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walk(child, visit);
  }
}

const dims = (text: unknown, what: string, page: string) => {
  const m = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)$/.exec(String(text ?? ''));
  if (!m) throw new Error(`${page}: ${what} should read <width>x<height>, not "${String(text)}"`);
  return { width: Number(m[1]), height: Number(m[2]) };
};

const textOf = (el: Element): string => el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');

/** The render jobs a built page (at site path `page`) asks for (none for ordinary pages). */
export function jobsOf(html: string, page: string, toSitePath: (href: string) => string | undefined = sitePathOfHref): RenderJob[] {
  if (!html.includes('data-render')) return [];
  const tree = fromHtml(html);
  const jobs: RenderJob[] = [];
  let title = '';
  let lang = '';
  let author = '';
  let subject = '';
  walk(tree, (el) => {
    if (el.tagName === 'html') lang = String(el.properties.lang ?? '');
    if (el.tagName === 'title') title = textOf(el).trim();
    if (el.tagName === 'meta' && el.properties.name === 'author') author = String(el.properties.content ?? '');
    if (el.tagName === 'meta' && el.properties.name === 'description') subject = String(el.properties.content ?? '');
  });
  walk(tree, (el) => {
    if (el.tagName !== 'link' || el.properties.dataRender === undefined) return;
    const p = el.properties;
    const type = String(p.type);
    const sitePath = (what: string, value: string) => {
      const found = value.startsWith('/') ? toSitePath(value) : undefined;
      if (found === undefined) throw new Error(`${page}: ${what} should be an address of this site (under its base), not "${value}"`);
      return found;
    };
    const output = sitePath('the file to render', String(p.href ?? ''));
    const common = {
      page,
      output,
      variants: String(p.dataVariants ?? '')
        .split(/\s+/)
        .filter(Boolean),
      discard: p.dataDiscard !== undefined,
      title,
      lang,
      author,
      subject,
      ...(p.dataPreview ? { preview: sitePath('data-preview', String(p.dataPreview)) } : {}),
      ...(p.dataFolds
        ? {
            folds: String(p.dataFolds)
              .split(';')
              .map((page) => page.split(/\s+/).filter(Boolean).map(Number)),
          }
        : {}),
      ...(p.dataSource ? { source: String(p.dataSource) } : {}),
    };
    if (type === 'application/pdf') {
      jobs.push({ ...common, kind: 'pdf', paper: { ...dims(p.dataPaper, 'data-paper', page), bleed: Number(p.dataBleed ?? 0) } });
    } else if (type === 'image/png') {
      jobs.push({ ...common, kind: 'png', viewport: dims(p.dataViewport, 'data-viewport', page) });
    } else {
      throw new Error(`${page}: cannot render a file of type "${type}"`);
    }
  });
  return jobs;
}

/**
 * What one page load makes: a job, or a poster at every size. A poster is one design in
 * millimetres scaled by the paper (PosterPrint.astro, 1rem = 1 mm × width / 210 mm), so the
 * sizes of one message in one language are made from the A4 page's PDF, scaled (pdf.ts keeps
 * the bleed at 3 mm at each size): one page load instead of five.
 */
export interface RenderUnit {
  /** The job whose page is loaded. */
  master: RenderJob;
  /** Every job the unit makes, the master first. */
  jobs: RenderJob[];
}

export function renderUnits(jobs: readonly RenderJob[]): RenderUnit[] {
  const groups = new Map<string, RenderJob[]>();
  const units: RenderUnit[] = [];
  for (const job of jobs) {
    const poster = job.kind === 'pdf' && job.paper!.bleed > 0 ? parsePosterFile(job.output) : undefined;
    if (!poster) {
      units.push({ master: job, jobs: [job] });
      continue;
    }
    const key = `${poster.slug}|${poster.lang}|${job.paper!.bleed}|${job.variants.join(' ')}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(job);
  }
  for (const group of groups.values()) {
    const master = group.find((j) => parsePosterFile(j.output)!.size === 'a4');
    if (!master) {
      for (const job of group) units.push({ master: job, jobs: [job] });
      continue;
    }
    units.push({ master, jobs: [master, ...group.filter((j) => j !== master)] });
  }
  return units;
}
