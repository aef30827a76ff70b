// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import glossaryLinks from './src/integrations/glossary-links.ts';
import pagefind from './src/integrations/pagefind.ts';
import downloadsManifest from './src/integrations/downloads-manifest.ts';
import { loadSite } from './src/lib/site.ts';

const site = loadSite();
// Fixture builds (tests/build-errors.test.ts) read another content folder: keep their cache apart.
const cacheDir = process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR}/../astro-cache` : undefined;

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  build: {
    format: 'directory',
    // One request per page: the CSS is small, and slow networks pay per round trip.
    inlineStylesheets: 'always',
  },
  // Order matters: pages are final before Pagefind indexes them.
  integrations: [mdx(), glossaryLinks(), pagefind(), downloadsManifest()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
