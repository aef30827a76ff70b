#!/usr/bin/env node
// A small static server for dist/ on loopback, used by `npm start` and the browser
// tests. It answers like a static host: directory index, 404.html for unknown paths, and
// the headers of dist/_headers (Content-Security-Policy and the rest), so the tests see them.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeadersFile } from '../src/lib/checks/headers.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? process.argv[2] ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const headersFile = path.join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile) : [];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  // Hosts read _headers; they do not serve it.
  if (!file.startsWith(root) || file === headersFile) return null;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory()) {
      const index = path.join(file, 'index.html');
      if (statSync(index).isFile()) return index;
    }
  } catch {
    return null;
  }
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Directories are addressed with a trailing slash, as the site links them.
  if (!url.pathname.endsWith('/') && !path.extname(url.pathname) && resolveFile(url.pathname + '/')) {
    res.writeHead(301, { Location: url.pathname + '/' + url.search });
    return res.end();
  }
  const file = resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  res.writeHead(status, {
    ...headersFor(rules, url.pathname),
    'Content-Type': types[path.extname(body)] ?? 'application/octet-stream',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(body)
    .on('error', () => res.end())
    .pipe(res);
});

server.listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}/`));
