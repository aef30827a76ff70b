#!/usr/bin/env node
// `npm run bench`: builds the site, serves dist/ on loopback, and runs every module in
// scripts/bench/*.mjs. Each exports `default async function ({ distDir, port, baseUrl })`
// and prints its figures; nothing is asserted. `--no-build` reuses the last build.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const distDir = path.join(root, 'dist');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(path.join(distDir, 'index.html'))) throw new Error('Nothing built in dist/');

const port = await new Promise((resolve, reject) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
  s.on('error', reject);
});
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
  for (const file of readdirSync(path.join(root, 'scripts/bench')).filter((f) => f.endsWith('.mjs')).sort()) {
    console.log(`\n== ${path.basename(file, '.mjs')} ==`);
    try {
      const mod = await import(pathToFileURL(path.join(root, 'scripts/bench', file)).href);
      await mod.default({ distDir, port, baseUrl: `http://127.0.0.1:${port}` });
    } catch (error) {
      failed++;
      console.log(`failed: ${error instanceof Error ? error.stack : error}`);
    }
  }
} finally {
  server.kill();
}
process.exitCode = failed ? 1 : 0;
