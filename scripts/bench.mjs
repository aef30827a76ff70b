#!/usr/bin/env node
// `npm run bench [-- --scale 2000 | --scale 0,500,2000] [--only a,b] [--skip a,b] [--no-build]`:
// for each scale, builds the site cleanly from a copy of content/ with that many synthetic entries
// added, serves it on loopback under the real headers, and runs every module in scripts/bench/*.mjs:
//   export default async function ({ distDir, port, baseUrl, contentDir, timings, scale }) {
//     …prints its figures; may return { 'figure name': number | string } for the summary…
//   }
// With --scale, the summary compares against the site as it is (scale 0), to show how build time,
// index size, page weight and first-search bytes grow. Figures are printed, never asserted.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateContent } from './synthetic-content.mjs';
import { table } from './bench/lib/site.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string' },
    only: { type: 'string' },
    skip: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const list = (s) =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : null;
// `--scale 2000` alone also measures the site as it is, for comparison.
const scales = args['no-build']
  ? [null]
  : [...new Set([...(args.scale && !args.scale.includes(',') ? ['0'] : []), ...(list(args.scale) ?? ['0'])])].map(Number);
for (const n of scales) if (n !== null && (!Number.isInteger(n) || n < 0)) throw new Error(`--scale wants whole numbers, not ${args.scale}`);
const only = list(args.only);
const skip = list(args.skip) ?? [];
const modules = readdirSync(path.join(root, 'scripts/bench'))
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => path.basename(f, '.mjs'))
  .sort()
  .filter((name) => (!only || only.includes(name)) && !skip.includes(name));

const work = path.join(root, '.cache/bench');
const contentDir = path.join(work, 'content');
const distDir = path.join(work, 'dist');
const timingsFile = path.join(work, 'timings.json');
const heading = (text) => console.log(`\n== ${text} ==`);

/** A free port on loopback, known before the build so that canonical URLs point at the served site. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** Builds with `scale` synthetic entries into .cache/bench/dist; returns the timings. */
function build(scale, baseUrl) {
  heading(scale ? `Build with ${scale} synthetic entries` : 'Build');
  // A fresh copy of content/ gives the build a fresh cache too (astro.config.mjs): a clean build.
  rmSync(work, { recursive: true, force: true });
  generateContent({ to: contentDir, count: scale });
  // Astro lists every page it writes: its output goes to a log, shown only when the build fails.
  const logFile = path.join(work, 'build.log');
  const log = openSync(logFile, 'w');
  const start = performance.now();
  const run = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', distDir], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: { ...process.env, CONTENT_DIR: path.relative(root, contentDir), SITE_URL: `${baseUrl}/`, BENCH_TIMINGS: timingsFile, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const total = Math.round(performance.now() - start);
  closeSync(log);
  if (run.status !== 0) {
    console.log(readFileSync(logFile, 'utf8').slice(-5000));
    throw new Error(`the build failed: its whole output is in ${path.relative(root, logFile)}`);
  }
  const timings = existsSync(timingsFile) ? JSON.parse(readFileSync(timingsFile, 'utf8')) : {};
  timings.total = { ms: total };
  writeFileSync(timingsFile, JSON.stringify(timings, null, 2) + '\n');
  console.log(`built in ${(total / 1000).toFixed(1)} s into ${path.relative(root, distDir)}`);
  return timings;
}

async function serve(port) {
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), String(port)], {
    env: { ...process.env, DIST_DIR: distDir, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
  return server;
}

let failed = 0;
const summary = new Map(); // figure → value per scale
for (const scale of scales) {
  let port;
  let timings;
  if (scale === null) {
    // --no-build: measure the last bench build again, where it expects to be served.
    if (!existsSync(path.join(distDir, 'sitemap.xml'))) throw new Error(`--no-build: nothing built yet in ${distDir}`);
    port = Number(new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8'))[1]).port);
    timings = existsSync(timingsFile) ? JSON.parse(readFileSync(timingsFile, 'utf8')) : {};
  } else {
    port = await freePort();
    timings = build(scale, `http://127.0.0.1:${port}`);
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = await serve(port);
  try {
    for (const name of modules) {
      heading(scale ? `${name} (scale ${scale})` : name);
      try {
        const mod = await import(pathToFileURL(path.join(root, 'scripts/bench', `${name}.mjs`)).href);
        const figures = await mod.default({ distDir, port, baseUrl, contentDir, timings, scale: scale ?? 0 });
        for (const [figure, value] of Object.entries(figures ?? {})) {
          if (!summary.has(figure)) summary.set(figure, new Map());
          summary.get(figure).set(scale, value);
        }
      } catch (error) {
        failed++;
        console.log(`failed: ${error instanceof Error ? error.stack : error}`);
      }
    }
  } finally {
    server.kill();
  }
}

if (summary.size && scales.length > 1) {
  heading('How the figures grow with the number of synthetic entries');
  table([['figure', ...scales.map((s) => `+${s}`)], ...[...summary].map(([figure, values]) => [figure, ...scales.map((s) => values.get(s) ?? '')])]);
}
process.exitCode = failed ? 1 : 0;
