// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import bodyLinks from './src/integrations/body-links.ts';
import contentCheck from './src/integrations/content-check.ts';
import contentFiles from './src/integrations/content-files.ts';
import glossaryLinks from './src/integrations/glossary-links.ts';
import pagefind from './src/integrations/pagefind.ts';
import print from './src/integrations/print.ts';
import siteFiles from './src/integrations/site-files.ts';
import { base, site } from './src/config/index.ts';

// Fixture builds (tests/build-errors.test.ts) read another content folder: keep their cache apart.
const cacheDir = process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR}/../astro-cache` : undefined;

export default defineConfig({
  site: site.url,
  // A site address with a path (SITE_URL=https://example.gov.vn/binh-dang-gioi/) publishes the site
  // under that path: Astro's own assets take it, and the site's links take it through href() (src/config/site-paths.ts).
  base,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  build: {
    format: 'directory',
    // One request per page: the CSS is small, and slow networks pay per round trip.
    inlineStylesheets: 'always',
  },
  // Order matters: content is checked before anything is built; PDFs and images are rendered from final pages, then the site's files are
  // listed (press kits zipped, sizes written into pages, downloads.json), and pages are final
  // before Pagefind indexes them.
  // bodyLinks: links in content bodies are written under the base, like the rest of the site.
  integrations: [contentCheck(), bodyLinks(), mdx(), glossaryLinks(), contentFiles(), print(), siteFiles(), pagefind()],
  vite: {
    plugins: [tailwindcss()],
    // Scripts go out as files, never inline, so one static script-src 'self' covers them on any host.
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Astro marks MDX modules with a directive the bundler cannot keep and says so for every
        // entry (dozens of lines before any real message); the directive is Astro's own concern.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // No code blocks on this site, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page, with the hashes of that page's inline styles.
  // public/_headers (and the nginx example in README.md) adds what a <meta> cannot carry.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'"],
      // Pagefind compiles its WebAssembly search engine on the search page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
