// Reproducible builds: a clean build of the same sources, from another folder, at another time,
// in another time zone and locale, gives output byte-identical (pages, search index, images,
// PDFs, ZIPs…) to dist/ as `npm run build` made it just before (`npm test` runs them in that
// order), so anyone can check that a published site comes from this repository. One extra
// build rather than two: rendering every PDF is the slow part of a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.cache/repro');

function build(name: string, env: Record<string, string>): string {
  const dir = path.join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // A content folder of its own also gives the build a cache of its own (astro.config.mjs): a clean build.
  cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  const out = path.join(dir, 'dist');
  const run = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env, CONTENT_DIR: path.relative(root, path.join(dir, 'content')), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  assert.equal(run.status, 0, `build ${name} failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

test('a clean build is byte-identical to dist/', () => {
  const a = path.join(root, 'dist');
  const b = build('b', { TZ: process.env.TZ === 'Asia/Ho_Chi_Minh' ? 'UTC' : 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8', LC_ALL: 'vi_VN.UTF-8' });
  const listA = files(a);
  assert.ok(listA.length > 50, `only ${listA.length} files built`);
  assert.deepEqual(files(b), listA, 'both builds write the same files');
  const differ = listA.filter((f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
  assert.deepEqual(differ, [], `files that differ between ${a} and ${b}`);
  rmSync(work, { recursive: true, force: true });
});
