import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { generateContent } from '../../scripts/synthetic-content.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const count = (dir: string, lang: string) => ['laws', 'messages', 'training', 'plans'].reduce((n, c) => n + readdirSync(path.join(dir, c, lang)).length, 0);

test('the generator adds N entries with their translations to a copy of content/, the same every time', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'synthetic-'));
  const a = path.join(tmp, 'a');
  const slugs = generateContent({ to: a, count: 7 });
  assert.equal(new Set(slugs).size, 7);
  assert.deepEqual(
    slugs.map((s) => s.split('/')[0]),
    ['laws', 'messages', 'training', 'plans', 'laws', 'messages', 'training'],
  );
  assert.equal(count(a, 'vi'), count(path.join(root, 'content'), 'vi') + 7);
  const [collection, slug] = slugs[0]!.split('/');
  for (const lang of ['vi', 'en']) {
    const text = readFileSync(path.join(a, collection!, lang, `${slug}.mdx`), 'utf8');
    const front = parse(text.split('---\n')[1]!);
    assert.match(front.title, lang === 'vi' ? / \(mẫu 1\)$/ : / \(sample 1\)$/);
    assert.match(text, /mau1\.\n$/);
  }
  generateContent({ to: path.join(tmp, 'b'), count: 7 });
  for (const s of slugs) {
    const [c, name] = s.split('/');
    assert.equal(readFileSync(path.join(tmp, 'b', c!, 'vi', `${name}.mdx`), 'utf8'), readFileSync(path.join(a, c!, 'vi', `${name}.mdx`), 'utf8'));
  }
  rmSync(tmp, { recursive: true });
});

test('the generator never writes into content/', () => {
  assert.throws(() => generateContent({ to: path.join(root, 'content'), count: 1 }), /refusing to write/);
});
