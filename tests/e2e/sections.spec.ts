import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dist, entryCollections, hasTranslation, languages, prefix, sitemapPaths, site, ui } from './site.ts';

for (const lang of languages) {
  test(`home and every section render in ${lang}`, async ({ page }) => {
    const home = await page.goto(prefix(lang));
    expect(home?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const [key, section] of Object.entries(ui[lang]!.sections)) {
      const response = await page.goto(`${prefix(lang)}${section.slug}/`);
      expect(response?.status(), key).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(section.title);
      // Header: a link to every section; footer: the responsible body.
      const nav = page.locator('header nav').last();
      for (const s of Object.values(ui[lang]!.sections)) {
        await expect(nav.locator(`a[href="${prefix(lang)}${s.slug}/"]`)).toHaveCount(1);
      }
      await expect(page.locator('footer')).toContainText(site.responsibleBody.name[lang]!);
    }
  });
}

test('home page offers a way in for citizens, journalists and print shops', async ({ page }) => {
  for (const lang of languages) {
    await page.goto(prefix(lang));
    const s = ui[lang]!.sections;
    for (const key of ['messages', 'laws', 'press', 'posters']) {
      await expect(page.locator(`main a[href="${prefix(lang)}${s[key]!.slug}/"]`).first()).toBeVisible();
    }
  }
});

test('the language switch leads to the same page in the other language and back', async ({ page }) => {
  // Every page, from its built HTML: the switch's link in the other language leads to a page whose
  // own switch leads back.
  const vi = sitemapPaths().filter((p) => !p.startsWith('/en/'));
  const all = new Set(sitemapPaths());
  expect(vi.length).toBeGreaterThan(10);
  const switchTo = (p: string, lang: string) =>
    new RegExp(`<a href="([^"]+)" hreflang="${lang}" lang="${lang}"`).exec(readFileSync(path.join(dist, p, 'index.html'), 'utf8'))?.[1];
  for (const p of vi) {
    const en = switchTo(p, 'en');
    expect(en?.startsWith('/en/'), `${p} → ${en}`).toBe(true);
    expect(all, `${p} → ${en}`).toContain(en);
    expect(switchTo(en!, 'vi'), `${en} → back`).toBe(p);
  }
  // And as a reader uses it, on a page of each depth: the home page, a section, an entry or sub-page, and deeper.
  const depth = (p: string) => p.split('/').filter(Boolean).length;
  const samples = [0, 1, 2, 3].map((d) => vi.find((p) => depth(p) === d)).filter((p): p is string => p !== undefined);
  expect(samples.length).toBeGreaterThanOrEqual(3);
  for (const p of samples) {
    await page.goto(p);
    await page.locator('nav[aria-label] a[hreflang="en"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(new URL(page.url()).pathname).toBe(switchTo(p, 'en'));
    await page.locator('nav[aria-label] a[hreflang="vi"]').click();
    expect(new URL(page.url()).pathname).toBe(p);
  }
});

test('an untranslated entry shows the original with a notice, never a 404', async ({ page }) => {
  const paths = sitemapPaths();
  let checked = 0;
  for (const [collection, sectionKey] of Object.entries(entryCollections)) {
    const viSlug = ui.vi!.sections[sectionKey]!.slug;
    const enSlug = ui.en!.sections[sectionKey]!.slug;
    for (const p of paths.filter((x) => x.startsWith(`/${viSlug}/`) && x !== `/${viSlug}/`)) {
      const slug = p.split('/')[2]!;
      if (!languages.some((l) => hasTranslation(collection, l, slug))) continue; // a section sub-page, not an entry
      const response = await page.goto(`/en/${enSlug}/${slug}/`);
      expect(response?.status()).toBe(200);
      const notice = page.getByRole('note').filter({ hasText: ui.en!.untranslatedNotice });
      if (hasTranslation(collection, 'en', slug)) {
        await expect(notice).toHaveCount(0);
        await expect(page.locator('article')).not.toHaveAttribute('lang', 'vi');
      } else {
        await expect(notice).toBeVisible();
        await expect(page.locator('article')).toHaveAttribute('lang', 'vi');
      }
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(3);
});

test('unknown addresses get the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(/Không tìm thấy/);
  await expect(page.locator('[lang="en"] h2')).toHaveText(/Page not found/);
});
