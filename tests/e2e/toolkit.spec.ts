// The campaign toolkit as built: the steps of standing for election in order with legal references
// that lead to law pages and their anchors; the campaign calendar's feed read by a real iCalendar
// parser, with yearly rules and a source for every occasion; the report templates opened headless
// by LibreOffice (one soffice call for all of them) and listing every activity of their plan.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { dist, languages, prefix, root, ui } from './site.ts';

const yamlOf = (file: string) => parse(readFileSync(path.join(root, file), 'utf8'));
const frontmatter = (file: string) => parse(readFileSync(path.join(root, file), 'utf8').split(/^---$/m)[1]!);
const slugs = (key: string, sub?: string) => (lang: string) => {
  const raw = yamlOf(`content/ui/${lang}.yaml`);
  return sub ? `${prefix(lang)}${raw[key].slug}/${raw[key][sub].slug}/` : `${prefix(lang)}${raw[key].slug}/`;
};
const stepsPage = slugs('candidacy');
const calendarPage = slugs('campaign', 'calendar');
const reportsPage = slugs('campaign', 'reports');
const plans = readdirSync(path.join(root, 'content/plans/vi')).map((f) => f.replace(/\.mdx?$/, ''));

for (const lang of languages) {
  test(`${lang}: the steps of standing for election, in order, each with legal references that lead to law pages`, async ({ page, request }) => {
    const content = yamlOf(`content/candidacy/${lang}.yaml`);
    await page.goto(stepsPage(lang));
    await expect(page.locator('h1')).toHaveText(ui[lang]!.sections.candidacy!.title);
    // One ordered list, its items in the order of the content file.
    const items = page.locator('ol.steps > li');
    await expect(items).toHaveCount(content.steps.length);
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step')))).toEqual(content.steps.map((s: { id: string }) => s.id));
    const pages = new Map<string, string>();
    for (let i = 0; i < content.steps.length; i++) {
      const step = content.steps[i];
      const item = items.nth(i);
      await expect(item.locator('h3')).toHaveText(step.title);
      if (step.deadline) await expect(item.locator('[data-deadline]')).toContainText(step.deadline);
      const links = item.locator('a[data-basis]');
      await expect(links).toHaveCount(step.basis.length);
      for (let j = 0; j < step.basis.length; j++) {
        const ref = step.basis[j];
        const href = (await links.nth(j).getAttribute('href'))!;
        const [pathPart, fragment] = href.split('#');
        expect(pathPart, `${step.id}: a law page`).toBe(`${prefix(lang)}${ui[lang]!.sections.laws!.slug}/${ref.law}/`);
        if (!pages.has(pathPart!)) {
          const response = await request.get(pathPart!);
          expect(response.status(), pathPart).toBe(200);
          pages.set(pathPart!, await response.text());
        }
        if (ref.article !== undefined) {
          // Where the law page lists the article (and clause), the link lands on its anchor.
          expect(fragment, `${step.id} → ${href}`).toBe(ref.clause === undefined ? `dieu-${ref.article}` : `dieu-${ref.article}-khoan-${ref.clause}`);
          expect(pages.get(pathPart!)!, `${href} has its anchor`).toMatch(new RegExp(`id="${fragment}"`));
        } else {
          expect(fragment, `${step.id} → ${href}`).toBeUndefined();
          // Articles not listed on the law page yet are named in the link's words.
          if (ref.provision) await expect(links.nth(j)).toContainText(ref.provision);
        }
      }
    }
    // The checklist of the candidacy file, with its size, made by the print pipeline.
    const checklist = page.locator('.downloads a[data-kind="checklist"]');
    await expect(checklist).toHaveCount(1);
    expect((await request.get((await checklist.getAttribute('href'))!)).headers()['content-type']).toBe('application/pdf');
  });

  test(`${lang}: the campaign calendar feed parses, repeats every occasion yearly, and every occasion has a source on the page`, async ({ page, request }) => {
    const content = yamlOf(`content/campaign/${lang}.yaml`);
    await page.goto(calendarPage(lang));
    const feed = page.locator('.downloads a[data-kind="calendar"]');
    const response = await request.get((await feed.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const yearly = events.filter((e) => e.isRecurring());
    expect(yearly.map((e) => e.uid.split('@')[0])).toEqual(content.occasions.map((o: { id: string }) => o.id));
    for (const e of yearly) {
      expect(e.component.getFirstPropertyValue('rrule')?.toString(), e.uid).toBe('FREQ=YEARLY');
      const o = content.occasions.find((x: { id: string }) => e.uid.startsWith(`${x.id}@`));
      expect(e.startDate.toString().slice(5), e.uid).toBe(o.date);
      // The next occurrence falls on the same day a year later.
      const it = e.iterator();
      const [first, second] = [it.next()!, it.next()!];
      expect(second.year - first.year, e.uid).toBe(1);
      expect(second.toString().slice(5), e.uid).toBe(o.date);
    }
    // The plans' own dates come too, once each, and say they have passed.
    const deadlines = events.filter((e) => !e.isRecurring());
    const expected = plans.reduce((n, slug) => n + (frontmatter(`content/plans/vi/${slug}.mdx`).reporting?.length ?? 0), 0);
    expect(deadlines).toHaveLength(expected);
    for (const e of deadlines) expect(e.description, e.uid).toContain(yamlOf(`content/ui/${lang}.yaml`).plans.deadlinePast);
    // Every occasion: on the page, with at least one source that links out.
    for (const o of content.occasions) {
      const section = page.locator(`section[data-occasion="${o.id}"]`);
      await expect(section.locator('h2')).toHaveText(o.name);
      const sources = section.locator('[data-sources] li');
      await expect(sources).toHaveCount(o.sources.length);
      expect(o.sources.length, o.id).toBeGreaterThan(0);
      for (let i = 0; i < o.sources.length; i++) if (o.sources[i].url) await expect(sources.nth(i).locator('a')).toHaveAttribute('href', o.sources[i].url);
    }
  });
}

test('each report template opens headless in LibreOffice and lists every activity of its plan', async ({ request }) => {
  test.setTimeout(180_000);
  const out = mkdtempSync(path.join(tmpdir(), 'report-templates-'));
  try {
    const files: { lang: string; plan: string; file: string; href: string }[] = [];
    for (const lang of languages) {
      const html = await (await request.get(reportsPage(lang))).text();
      for (const plan of plans) {
        const href = new RegExp(`href="([^"]*mau-bao-cao-${plan}-${lang}\\.docx)"`).exec(html)?.[1];
        expect(href, `${reportsPage(lang)} offers the ${plan} template`).toBeTruthy();
        const response = await request.get(href!);
        expect(response.status()).toBe(200);
        expect(Object.keys(unzipSync(new Uint8Array(await response.body())))).toContain('word/document.xml');
        files.push({ lang, plan, href: href!, file: path.join(dist, href!) });
      }
    }
    // One soffice run converts them all.
    const run = spawnSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, ...files.map((f) => f.file)],
      { encoding: 'utf8', timeout: 150_000 },
    );
    expect(run.error, 'LibreOffice (soffice) must be installed: scripts/setup.sh --test').toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    // Text as pdftotext reads it back: its line breaks are spaces, and it joins a word broken at a
    // hyphen, so hyphens are left out on both sides.
    const squash = (s: string) =>
      s
        .normalize('NFC')
        .replace(/[-\u00ad]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    for (const f of files) {
      const pdf = path.join(out, path.basename(f.file).replace(/\.docx$/, '.pdf'));
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      expect(text.status, `${pdf}: ${text.stderr}`).toBe(0);
      const body = squash(text.stdout);
      const plan = frontmatter(`content/plans/${f.lang}/${f.plan}.mdx`);
      for (const a of plan.activities) expect(body, `${f.href} lists "${a.what}"`).toContain(squash(a.what));
      expect(body).toContain(squash(plan.number));
      // Where the plan stands as of the content's date: its period has ended.
      expect(body, f.href).toContain(squash(yamlOf(`content/ui/${f.lang}.yaml`).plans.statusEnded.split('{date}')[0]));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the templates are offered on the plan pages and on the pages of the agencies the plan assigns tasks', async ({ request }) => {
  for (const lang of languages) {
    const t = yamlOf(`content/ui/${lang}.yaml`);
    for (const plan of plans) {
      const docx = `mau-bao-cao-${plan}-${lang}.docx`;
      const planPage = await (await request.get(`${prefix(lang)}${t.plans.slug}/${plan}/`)).text();
      expect(planPage, `${plan} page (${lang})`).toContain(docx);
      const data = frontmatter(`content/plans/vi/${plan}.mdx`);
      for (const agency of new Set<string>(data.activities.map((a: { lead: string }) => a.lead))) {
        const agencyPage = await (await request.get(`${prefix(lang)}${t.plans.slug}/${t.plans.agencies.slug}/${agency}/`)).text();
        expect(agencyPage, `${agency} page (${lang})`).toContain(docx);
      }
    }
  }
});

test('the templates and calendars are in downloads.json and in the press kit', () => {
  const manifest: { url: string; format: string; type: string }[] = JSON.parse(readFileSync(path.join(dist, 'downloads.json'), 'utf8')).files;
  for (const lang of languages) {
    const kit = unzipSync(new Uint8Array(readFileSync(path.join(dist, `tai-ve/bo-tai-lieu-bao-chi-${lang}.zip`))));
    for (const plan of plans) {
      const url = `/tai-ve/mau-bao-cao-${plan}-${lang}.docx`;
      expect(
        manifest.find((f) => f.url === url),
        url,
      ).toMatchObject({ format: 'DOCX', type: 'report-template' });
      expect(Buffer.from(kit[`mau-bao-cao/mau-bao-cao-${plan}-${lang}.docx`]!)).toEqual(readFileSync(path.join(dist, url)));
    }
    expect(
      manifest.find((f) => f.url === `/data/lich-truyen-thong-${lang}.ics`),
      lang,
    ).toMatchObject({ format: 'iCalendar', type: 'calendar' });
    expect(Object.keys(kit)).toContain(`du-lieu/lich-truyen-thong-${lang}.ics`);
    expect(Object.keys(kit)).toContain(`ung-cu/ho-so-ung-cu-a4-${lang}.pdf`);
  }
});
