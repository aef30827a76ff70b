// Plans as data: the tables on the pages and the downloadable files must agree.
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../src/lib/build/csv.ts';
import { parseIcsEvents } from '../../src/lib/build/ics.ts';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { root } from './site.ts';

const plans = [
  { vi: '/ke-hoach/ke-hoach-87-2011/', en: '/en/plans/ke-hoach-87-2011/' },
  { vi: '/ke-hoach/ke-hoach-58-2020/', en: '/en/plans/ke-hoach-58-2020/' },
];
const digits = (s: string) => s.replace(/\D/g, '');

async function tableRows(page: Page) {
  // Rows of activities (a group's heading row has no <td>).
  const rows = page.locator('table').first().locator('tbody tr:has(td)');
  const out: { activity: string; lead: string; budget: string }[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator('td');
    const first = cells.nth(0);
    out.push({
      // The cell holds the activity text, which may contain links, then perhaps a note in a <div>.
      activity: await first.evaluate((td) => {
        const copy = td.cloneNode(true) as HTMLElement;
        for (const note of copy.querySelectorAll('div')) note.remove();
        return (copy.textContent ?? '').trim();
      }),
      lead: (await cells.nth(1).locator('a').first().innerText()).trim(),
      budget: (await cells.count()) > 3 ? digits(await cells.nth(3).innerText()) : '',
    });
  }
  return out;
}

async function download(page: Page, format: string) {
  const href = await page.locator(`.downloads li:has-text("(${format},") a`).first().getAttribute('href');
  expect(href, `${format} link`).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  return response.text();
}

test('Plan 87 budget: six activities in vi-VN format, each with its share, and the stated total', async ({ page }) => {
  await page.goto('/ke-hoach/ke-hoach-87-2011/');
  const rows = await tableRows(page);
  expect(rows).toHaveLength(6);
  expect(rows.map((r) => Number(r.budget)).reduce((a, b) => a + b, 0)).toBe(246_050_000);
  await expect(page.locator('tfoot')).toContainText(/246\.050\.000\s*đ/);
  await expect(page.locator('tbody .share-bar svg')).toHaveCount(6);
  await expect(page.locator('tbody tr:has(td)').first()).toContainText(/50\.000\.000\s*đ/);
  await expect(page.locator('.props')).toContainText('07/09/2011');
});

for (const lang of ['vi', 'en'] as const) {
  test(`CSV, JSON and ICS downloads say what the ${lang} plan pages show`, async ({ page }) => {
    for (const p of plans) {
      await page.goto(p[lang]);
      const rows = await tableRows(page);
      // Every download link shows its format and size before anyone taps it.
      for (const item of await page.locator('.downloads li').allInnerTexts()) {
        expect(item).toMatch(/\((CSV|JSON|iCalendar|DOCX), [\d.,]+\s?(byte|kB|MB); (khoảng|about) \d+ \S+/);
      }

      const csv = parseCsv(await download(page, 'CSV'));
      expect(csv.slice(1).map((r) => r[1])).toEqual(rows.map((r) => r.activity));
      expect(csv.slice(1).map((r) => r[2])).toEqual(rows.map((r) => r.lead));
      expect(csv.slice(1).map((r) => r[5] ?? '')).toEqual(rows.map((r) => r.budget));

      const json = JSON.parse(await download(page, 'JSON'));
      expect(json.activities.map((a: { activity: string }) => a.activity)).toEqual(rows.map((r) => r.activity));
      const shownDates = await page.locator('h2:has-text("' + (lang === 'vi' ? 'Chế độ báo cáo' : 'Reporting') + '") + ul time').allInnerTexts();
      const isoToShown = (iso: string) => iso.split('-').reverse().join('/');
      expect(json.deadlines.map((d: { due: string }) => isoToShown(d.due))).toEqual(shownDates);

      const events = parseIcsEvents(await download(page, 'iCalendar'));
      expect(events.map((e) => e.DTSTART!.replace(/(\d{4})(\d{2})(\d{2})/, '$3/$2/$1'))).toEqual(shownDates);
      for (const e of events) expect(e.UID && e.DTSTAMP && e.SUMMARY).toBeTruthy();
    }
  });
}

test('the deadlines page lists every dated duty in dd/mm/yyyy, matching the all-plans calendar', async ({ page }) => {
  await page.goto('/ke-hoach/thoi-han/');
  // Grouped by body on the page, in date order in the calendar: the same dates.
  const shown = await page.locator('.timeline time').allInnerTexts();
  const byDate = (a: string, b: string) => a.split('/').reverse().join('').localeCompare(b.split('/').reverse().join(''));
  for (const date of ['15/12/2011', '10/04/2020', '05/06/2021', '15/06/2021']) expect(shown).toContain(date);
  const all = await page.request.get('/data/thoi-han-ke-hoach-vi.ics');
  const events = parseIcsEvents(await all.text());
  expect(events.map((e) => e.DTSTART!.replace(/(\d{4})(\d{2})(\d{2})/, '$3/$2/$1'))).toEqual([...shown].sort(byDate));
});

test('an agency with tasks in both plans shows both on its page, and the matrix counts them', async ({ page }) => {
  await page.goto('/ke-hoach/co-quan/so-lao-dong-thuong-binh-xa-hoi/');
  await expect(page.locator('main h2 a[href="/ke-hoach/ke-hoach-87-2011/"]')).toHaveCount(1);
  await expect(page.locator('main h2 a[href="/ke-hoach/ke-hoach-58-2020/"]')).toHaveCount(1);
  await page.goto('/ke-hoach/co-quan/');
  const row = page.locator('tbody tr', { has: page.locator('a[href="/ke-hoach/co-quan/so-lao-dong-thuong-binh-xa-hoi/"]') });
  await expect(row.locator('td')).toHaveCount(2);
  for (const cell of await row.locator('td').allInnerTexts()) expect(cell).toMatch(/^\d+ việc$/);
});

test('a plan page prints as a clean A4 document', async ({ page }) => {
  await page.goto('/ke-hoach/ke-hoach-87-2011/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.main-nav')).toBeHidden();
  await expect(page.locator('.site-search')).toBeHidden();
  await expect(page.locator('table').first()).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 is 595.28 × 841.89 pt; Chromium writes a MediaBox for every page.
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, w, h] of boxes) {
    expect(Math.abs(Number(w) - 595.28)).toBeLessThan(1);
    expect(Math.abs(Number(h) - 841.89)).toBeLessThan(1);
  }
});

test('an agency page gives every task its deadline or time frame and its status, by plan', async ({ page }) => {
  // The body of issue #14: its task in Plan 87 had no date on its page.
  await page.goto('/ke-hoach/co-quan/so-tu-phap/');
  const rows = page.locator('main table.agency-tasks tbody tr');
  expect(await rows.count()).toBeGreaterThan(1);
  for (const row of await rows.all()) {
    const cells = row.locator('td');
    await expect(cells).toHaveCount(4);
    expect((await cells.nth(2).innerText()).trim(), 'deadline or time frame').not.toBe('');
    expect((await cells.nth(3).innerText()).trim(), 'status').not.toBe('');
  }
  await expect(page.locator('main table.agency-tasks')).toContainText('Quý III/2011');
  await expect(page.locator('main table.agency-tasks time')).toContainText(['15/12/2011']);
});

test("tasks given to a group of bodies are on each member's page too, marked as shared", async ({ page }) => {
  const dir = path.join(root, 'content/agencies');
  const members = readdirSync(dir)
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), memberOf: (parse(readFileSync(path.join(dir, f), 'utf8')) as { memberOf?: string[] }).memberOf ?? [] }))
    .filter((a) => a.memberOf.length > 0);
  for (const { id, memberOf } of members) {
    for (const group of memberOf) {
      await page.goto(`/ke-hoach/co-quan/${group}/`);
      const own = await page.locator('main table.agency-tasks tbody tr:not([data-via]):not([data-plan-wide]) td:first-child').allTextContents();
      expect(own.length, group).toBeGreaterThan(0);
      await page.goto(`/ke-hoach/co-quan/${id}/`);
      const shared = page.locator(`main table.agency-tasks tbody tr[data-via="${group}"]`);
      await expect(shared, `${id} lists ${group}'s tasks`).toHaveCount(own.length);
      await expect(shared.first().locator(`a[href="/ke-hoach/co-quan/${group}/"]`)).toBeVisible();
      // The group names its members.
      await page.goto(`/ke-hoach/co-quan/${group}/`);
      await expect(page.locator(`main p a[href="/ke-hoach/co-quan/${id}/"]`)).toHaveCount(1);
    }
  }
});

test("the deadlines page gives each body its section and anchor, and a body's page links there", async ({ page }) => {
  await page.goto('/ke-hoach/thoi-han/');
  const sections = page.locator('main section.deadline-group');
  expect(await sections.count()).toBeGreaterThan(1);
  for (const id of await sections.evaluateAll((els) => els.map((e) => e.id))) {
    await expect(page.locator(`main nav a[href="#${id}"]`)).toHaveCount(1);
  }
  await page.goto('/ke-hoach/co-quan/so-lao-dong-thuong-binh-xa-hoi/');
  await expect(page.locator('main a[href="/ke-hoach/thoi-han/#so-lao-dong-thuong-binh-xa-hoi"]')).toHaveCount(1);
});
