// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import { loadSite } from './src/lib/site.ts';

const site = loadSite();

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One request per page: the CSS is small, and slow networks pay per round trip.
    inlineStylesheets: 'always',
  },
  integrations: [mdx(), pagefind()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
