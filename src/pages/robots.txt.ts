import type { APIRoute } from 'astro';
import { absoluteUrl } from '../config/index.ts';

// Crawlers read robots.txt only at the root of a host: published under a base, this one is for the
// host's own robots.txt to copy, naming the sitemap at its real address.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
