#!/usr/bin/env node
// `npm run bench [-- --scale N] [-- --only weights,lighthouse]`: builds the site cleanly from a
// copy of content/ (with N synthetic entries when --scale is given), serves it on loopback, and
// runs every module in scripts/bench/*.mjs. Each exports
//   default async function ({ distDir, port, baseUrl, contentDir, timings, scale }) { …prints… }
// Figures are printed, never asserted: budgets are enforced by the tests.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateContent } from './synthetic-content.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '0' },
    only: { type: 'string' },
    skip: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const scale = Number(args.scale);
if (!Number.isInteger(scale) || scale < 0) throw new Error(`--scale wants a whole number, not ${args.scale}`);
const pick = (list) => (list ? list.split(',').map((s) => s.trim()) : null);
const only = pick(args.only);
const skip = pick(args.skip) ?? [];

const work = path.join(root, '.cache/bench');
const contentDir = path.join(work, 'content');
const distDir = path.join(work, 'dist');
const timingsFile = path.join(work, 'timings.json');

/** A free port on loopback, known before the build so that canonical URLs point at the served site. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
// Without a build, serve where the last build expects to be served.
const builtFor = () => new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8'))[1]);
const port = args['no-build'] && existsSync(path.join(distDir, 'sitemap.xml')) ? Number(builtFor().port) : await freePort();
const baseUrl = `http://127.0.0.1:${port}`;

const heading = (text) => console.log(`\n== ${text} ==`);

if (!args['no-build']) {
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
    env: {
      ...process.env,
      CONTENT_DIR: path.relative(root, contentDir),
      SITE_URL: `${baseUrl}/`,
      BENCH_TIMINGS: timingsFile,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const total = Math.round(performance.now() - start);
  closeSync(log);
  if (run.status !== 0) {
    console.log(readFileSync(logFile, 'utf8').slice(-5000));
    console.log(`the build failed: its whole output is in ${path.relative(root, logFile)}`);
    process.exit(run.status ?? 1);
  }
  const timings = existsSync(timingsFile) ? JSON.parse(readFileSync(timingsFile, 'utf8')) : {};
  timings.total = { ms: total };
  writeFileSync(timingsFile, JSON.stringify(timings, null, 2) + '\n');
  console.log(`built in ${(total / 1000).toFixed(1)} s into ${path.relative(root, distDir)}`);
} else if (!existsSync(distDir)) {
  throw new Error(`--no-build: nothing built yet in ${distDir}`);
}
const timings = existsSync(timingsFile) ? JSON.parse(readFileSync(timingsFile, 'utf8')) : {};

const server = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), String(port)], {
  env: { ...process.env, DIST_DIR: distDir, HOST: '127.0.0.1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve);
  server.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
});

let failed = 0;
try {
  const modules = readdirSync(path.join(root, 'scripts/bench'))
    .filter((f) => f.endsWith('.mjs'))
    .sort()
    .filter((f) => (!only || only.includes(path.basename(f, '.mjs'))) && !skip.includes(path.basename(f, '.mjs')));
  for (const file of modules) {
    heading(path.basename(file, '.mjs'));
    try {
      const mod = await import(pathToFileURL(path.join(root, 'scripts/bench', file)).href);
      await mod.default({ distDir, port, baseUrl, contentDir, timings, scale });
    } catch (error) {
      failed++;
      console.log(`failed: ${error instanceof Error ? error.stack : error}`);
    }
  }
} finally {
  server.kill();
}
process.exitCode = failed ? 1 : 0;
