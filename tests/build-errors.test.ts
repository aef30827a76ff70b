// Broken content must fail the build with a message naming the file and the field.
// Each fixture folder overlays a copy of content/ and is built on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests/fixtures/broken');

for (const name of readdirSync(fixtures)) {
  test(`broken content "${name}" fails the build and names file and field`, () => {
    const work = path.join(root, '.cache/fixtures', name);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(path.join(root, 'content'), path.join(work, 'content'), { recursive: true });
    cpSync(path.join(fixtures, name), path.join(work, 'content'), {
      recursive: true,
      filter: (src) => path.basename(src) !== 'expect.json',
    });
    const run = spawnSync('npx', ['astro', 'build', '--outDir', path.join(work, 'dist')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: path.relative(root, path.join(work, 'content')), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
    assert.notEqual(run.status, 0, `the build should fail:\n${output.slice(-2000)}`);
    const expected: string[] = JSON.parse(readFileSync(path.join(fixtures, name, 'expect.json'), 'utf8'));
    for (const text of expected) assert.ok(output.includes(text), `build output should contain ${JSON.stringify(text)}:\n${output.slice(-3000)}`);
    rmSync(work, { recursive: true, force: true });
  });
}
