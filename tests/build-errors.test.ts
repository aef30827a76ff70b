// Broken content must fail the build with a message naming the file and the field.
// Each fixture folder overlays a copy of content/ and is built on its own. A fixture's
// edits.json changes files of the copy: [{ "file": "laws/vi/x.mdx", "find": "^issued: .*$",
// "replace": "issued: 2006-02-31" }] (find is a multi-line regular expression that must match,
// so a fixture cannot pass because content moved on). expect.json lists texts the output must
// contain; unless "stack": true, the output must hold no stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
      filter: (src) => !['expect.json', 'edits.json'].includes(path.basename(src)),
    });
    const editsFile = path.join(fixtures, name, 'edits.json');
    if (existsSync(editsFile)) {
      for (const e of JSON.parse(readFileSync(editsFile, 'utf8')) as { file: string; find: string; replace: string }[]) {
        const file = path.join(work, 'content', e.file);
        const text = readFileSync(file, 'utf8');
        const find = new RegExp(e.find, 'm');
        assert.match(text, find, `${name}/edits.json: "${e.find}" is not in content/${e.file} any more: update the fixture`);
        writeFileSync(file, text.replace(find, e.replace));
      }
    }
    const run = spawnSync('npx', ['astro', 'build', '--outDir', path.join(work, 'dist')], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: path.relative(root, path.join(work, 'content')),
        // A fixture that gets as far as rendering reuses the main build's renders (keyed by content).
        PRINT_CACHE_DIR: path.join(root, 'node_modules/.astro/print'),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    });
    const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
    assert.notEqual(run.status, 0, `the build should fail:\n${output.slice(-2000)}`);
    const spec = JSON.parse(readFileSync(path.join(fixtures, name, 'expect.json'), 'utf8')) as string[] | { texts: string[]; stack?: boolean };
    const expected = Array.isArray(spec) ? spec : spec.texts;
    for (const text of expected) assert.ok(output.includes(text), `build output should contain ${JSON.stringify(text)}:\n${output.slice(-3000)}`);
    if (Array.isArray(spec) || !spec.stack)
      assert.doesNotMatch(output, /^\s+at .+:\d+:\d+\)?$/m, `the message should come without a stack trace:\n${output.slice(-3000)}`);
    rmSync(work, { recursive: true, force: true });
  });
}
