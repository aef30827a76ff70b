#!/usr/bin/env node
// Writes a copy of content/ with N synthetic entries added, to see how build time, page weight and
// the search index grow with the site (`npm run bench -- --scale 2000`). Each synthetic entry is a
// real entry (with its translations) under a new slug, its title numbered, and a paragraph of words
// drawn from the site's own text, so the search index grows as it would. Never writes into content/.
//   node scripts/synthetic-content.mjs <count> <folder>
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const collections = ['laws', 'messages', 'training', 'plans'];
const label = { vi: 'mẫu', en: 'sample' };

/** A small seeded generator, so the same count always gives the same content. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function split(text) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no front matter');
  return { front: m[1], body: m[2] };
}

/**
 * Copies `from` (a content folder) to `to` and adds `count` synthetic entries, spread over the
 * collections in turn. Returns the new slugs.
 */
export function generateContent({ from = path.join(root, 'content'), to, count }) {
  if (!to) throw new Error('generateContent: no target folder');
  if (path.resolve(to) === path.resolve(root, 'content') || path.resolve(to) === path.resolve(from)) {
    throw new Error(`generateContent: refusing to write into ${to}; give a temporary folder`);
  }
  rmSync(to, { recursive: true, force: true });
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });

  const byCollection = collections.map((c) =>
    readdirSync(path.join(from, c, 'vi'))
      .filter((f) => /\.mdx?$/.test(f))
      .sort(),
  );
  const originals = collections.flatMap((c, k) => byCollection[k].map((file) => ({ collection: c, file })));
  // The site's own words, for text that reads (and indexes) like the real thing.
  const words = [
    ...new Set(originals.flatMap(({ collection, file }) => split(readFileSync(path.join(from, collection, 'vi', file), 'utf8')).body.match(/\p{L}+/gu) ?? [])),
  ].sort();

  const slugs = [];
  for (let i = 1; i <= count; i++) {
    const k = (i - 1) % collections.length;
    const collection = collections[k];
    const file = byCollection[k][Math.floor((i - 1) / collections.length) % byCollection[k].length];
    const ext = path.extname(file);
    const slug = `${path.basename(file, ext)}-mau-${String(i).padStart(5, '0')}`;
    const next = random(i);
    const paragraph = Array.from({ length: 60 + Math.floor(next() * 60) }, () => words[Math.floor(next() * words.length)]).join(' ');
    for (const lang of readdirSync(path.join(from, collection))) {
      const source = path.join(from, collection, lang, file);
      if (!existsSync(source)) continue;
      const { front, body } = split(readFileSync(source, 'utf8'));
      const doc = parseDocument(front);
      const suffix = ` (${label[lang] ?? label.en} ${i})`;
      for (const key of ['title', 'shortTitle']) if (doc.has(key)) doc.set(key, `${doc.get(key)}${suffix}`);
      // A poster headline keeps to its ten words: the number takes the place of the last ones.
      if (doc.has('headline')) doc.set('headline', `${String(doc.get('headline')).split(/\s+/).slice(0, 8).join(' ')} #${i}`);
      // A message's picture is the original's (pictures are named after the original slug).
      if (collection === 'messages' && !doc.has('picture')) doc.set('picture', path.basename(file, ext));
      writeFileSync(path.join(to, collection, lang, slug + ext), `---\n${String(doc).trimEnd()}\n---\n${body.trimEnd()}\n\n${paragraph} mau${i}.\n`);
    }
    slugs.push(`${collection}/${slug}`);
  }
  return slugs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, to] = process.argv.slice(2);
  if (!count || !to) {
    console.error('usage: node scripts/synthetic-content.mjs <count> <folder>');
    process.exit(2);
  }
  const slugs = generateContent({ to, count: Number(count) });
  console.log(`${to}: content/ with ${slugs.length} synthetic entries`);
}
