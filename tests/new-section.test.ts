// A section is one folder and a language is content: a throwaway section (tests/fixtures/new-section/section/,
// copied into src/sections/events/) and a third language (Tày, `tyz`, formatted with the vi-VN locale that
// content/site.yaml names for it) build into a working site, with no other change to src/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const fixture = path.join(root, 'tests/fixtures/new-section');
const sectionDir = path.join(root, 'src/sections/events');
const work = path.join(root, '.cache/fixtures/new-section');
/** The site's own sections: every folder of src/sections/ with a section.ts. */
const sectionCount = readdirSync(path.join(root, 'src/sections'), { withFileTypes: true }).filter(
  (d) => d.isDirectory() && existsSync(path.join(root, 'src/sections', d.name, 'section.ts')),
).length;
const languages = [
  { code: 'vi', label: 'Tiếng Việt', prefix: '', locale: 'vi-VN', ogLocale: 'vi_VN', slug: 'su-kien', title: 'Sự kiện' },
  { code: 'en', label: 'English', prefix: 'en', locale: 'en-GB', ogLocale: 'en_GB', slug: 'events', title: 'Events' },
  { code: 'tyz', label: 'Tày', prefix: 'tay', locale: 'vi-VN', ogLocale: 'vi_VN', slug: 'su-kien', title: 'Sự kiện' },
];

function makeContent(content: string) {
  cpSync(path.join(fixture, 'content'), content, { recursive: true });
  const site = parse(readFileSync(path.join(root, 'content/site.yaml'), 'utf8'));
  site.languages = languages.map(({ code, label, prefix, locale, ogLocale }) => ({ code, label, prefix, locale, ogLocale }));
  // The fixture has no messages: its home page leads citizens to the new section, and to nothing else.
  site.home = { audiences: [{ key: 'citizens', links: [{ section: 'events' }] }] };
  writeFileSync(path.join(content, 'site.yaml'), stringify(site));
  mkdirSync(path.join(content, 'ui'), { recursive: true });
  const extra = readFileSync(path.join(fixture, 'events.ui.yaml'), 'utf8');
  for (const l of languages) {
    // Tày takes the Vietnamese strings: a fixture, not a translation.
    const base = readFileSync(path.join(root, 'content/ui', `${l.code === 'tyz' ? 'vi' : l.code}.yaml`), 'utf8');
    writeFileSync(path.join(content, 'ui', `${l.code}.yaml`), `${base}\n${extra.replace('LANG_SLUG', l.slug).replace('LANG_TITLE', l.title)}`);
  }
  mkdirSync(path.join(content, 'press'), { recursive: true });
  cpSync(path.join(root, 'content/press/vi.yaml'), path.join(content, 'press/vi.yaml'));
}

test('a new section and a third language build, touching no code outside the section folder', { timeout: 600_000 }, () => {
  assert.ok(!existsSync(sectionDir), 'src/sections/events/ should not exist before the test');
  rmSync(work, { recursive: true, force: true });
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  makeContent(content);
  cpSync(path.join(fixture, 'section'), sectionDir, { recursive: true });
  let run;
  try {
    run = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: path.relative(root, content), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    });
  } finally {
    rmSync(sectionDir, { recursive: true, force: true });
  }
  const output = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
  assert.equal(run.status, 0, `the build should pass:\n${output.slice(-3000)}`);

  const page = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
  for (const l of languages) {
    const prefix = l.prefix ? `${l.prefix}/` : '';
    // The section has its page and its entry in every language (the original where untranslated)...
    assert.match(page(`${prefix}${l.slug}`), new RegExp(`<h1>${l.title}</h1>`));
    const entry = page(`${prefix}${l.slug}/ngay-quoc-te-phu-nu`);
    assert.match(entry, new RegExp(`<html lang="${l.code}"`));
    // ...dates in the locale content/site.yaml names (Tày: vi-VN, day first with slashes)...
    assert.match(entry, /data-test="event-date">08\/03\/2027</);
    // ...and a place in the menu, by its order (45): right before plans (50), with every other section.
    const home = page(prefix || '.');
    const menu = home.slice(home.indexOf('class="main-nav"'), home.indexOf('</nav>', home.indexOf('class="main-nav"')));
    const titles = [...menu.matchAll(/<a [^>]*>\s*([^<]+?)\s*<\/a>/g)].map((m) => m[1]);
    assert.equal(titles.length, sectionCount + 1, `the menu should list ${sectionCount + 1} sections: ${titles.join(', ')}`);
    const plans = String(parse(readFileSync(path.join(content, 'ui', `${l.code}.yaml`), 'utf8')).plans.title);
    assert.equal(titles[titles.indexOf(plans) - 1], l.title, `the new section comes right before plans: ${titles.join(', ')}`);
  }
  const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  assert.match(sitemap, /\/tay\/su-kien\/ngay-quoc-te-phu-nu\//);
  assert.match(page('tay'), /<meta property="og:locale" content="vi_VN"/);
  rmSync(work, { recursive: true, force: true });
});
