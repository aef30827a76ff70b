// Loads one page in the browser and records what it costs before any interaction: shared by the
// budget tests (tests/e2e/load.spec.ts) and `npm run bench` (scripts/bench/weights.mjs).
import type { Page, Response } from '@playwright/test';
import { gzipBytes, isCounted, type ImageFacts } from '../src/lib/checks/page-weight.ts';

export interface Load {
  /** Gzip bytes of HTML, CSS, JS, fonts and data loaded, images apart. */
  bytes: number;
  files: { url: string; type: string; bytes: number }[];
  /** Script files loaded and inline scripts present. */
  scripts: number;
  images: ImageFacts[];
}

export async function measureLoad(page: Page, url: string): Promise<Load> {
  const responses: Promise<Load['files'][number] | null>[] = [];
  const onResponse = (r: Response) => {
    const type = r.headers()['content-type'] ?? '';
    if (r.status() >= 300 && r.status() < 400) return;
    responses.push(
      r.body().then(
        (b) => (isCounted(type) ? { url: r.url(), type: r.request().resourceType(), bytes: gzipBytes(b) } : null),
        () => null,
      ),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'load' });
  const facts = await page.evaluate(async () => {
    await document.fonts.ready;
    const images = [...document.images].map((img) => {
      const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
      return {
        src: img.getAttribute('src') ?? '',
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        loading: img.getAttribute('loading'),
        top: img.getBoundingClientRect().top + window.scrollY,
        sources: picture ? [...picture.querySelectorAll('source')].map((s) => ({ type: s.getAttribute('type'), srcset: s.getAttribute('srcset') })) : null,
      };
    });
    return { images, inlineScripts: [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json').length };
  });
  page.off('response', onResponse);
  const files = (await Promise.all(responses)).filter((f) => f !== null);
  return {
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    files,
    scripts: files.filter((f) => f.type === 'script').length + facts.inlineScripts,
    images: facts.images,
  };
}

/** Collects the browser's reports of anything a policy blocked. */
export function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) found.push(`${page.url()}: ${m.text()}`);
  });
  return found;
}
