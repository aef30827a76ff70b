import type { APIRoute } from 'astro';
import { allPages } from '../lib/build/pages.ts';
import { absoluteUrl } from '../config/index.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async () => {
  const urls = (await allPages()).map((p) => `  <url><loc>${escape(absoluteUrl(p.path))}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
